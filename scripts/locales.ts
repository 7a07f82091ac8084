/**
 * `npm run locales`: writes the engine's reasons into
 * public/_locales/en/messages.json, one `reason_<code>` message per entry of
 * REASON_TEMPLATES ({name} → a $NAME$ placeholder, in order of appearance) and
 * one `reasonLabel_<code>` short label each, keeping every other message as it
 * is. tests/unit/i18n-locales.test.ts fails when the file and the templates
 * disagree, so the English can never drift from the engine's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REASON_TEMPLATES } from '../src/engine/reasons';
import { reasonKey, reasonLabelKey, type MessageEntry } from '../src/shared/i18n';

export const ROOT = resolve(import.meta.dirname, '..');
export const EN_FILE = join(ROOT, 'public/_locales/en/messages.json');

/** The short label a group of removed blocks gets in the reading view: the code, humanised. */
export function humanise(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : code;
}

/** Example values for the placeholders, so translators see what goes there. */
const EXAMPLES: Record<string, string> = {
  of: '3',
  excerpt: 'His remarks came as…',
  similarity: '87',
  site: 'kenyastar.com',
  value: 'Jane Doe',
  phrase: 'subscribe to our newsletter',
  share: '80',
  clue: 'footer',
  heading: 'Most popular',
  pages: '5',
};

export function reasonEntries(templates: Readonly<Record<string, string>> = REASON_TEMPLATES): Record<string, MessageEntry> {
  const out: Record<string, MessageEntry> = {};
  for (const [code, template] of Object.entries(templates)) {
    const names: string[] = [];
    for (const m of template.matchAll(/\{(\w+)\}/g)) if (!names.includes(m[1]!)) names.push(m[1]!);
    const message = template.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_m, n: string) => `$${n.toUpperCase()}$`);
    const entry: MessageEntry = { message, description: `Why Winnow flagged or kept a block (engine reason “${code}”).` };
    if (names.length) {
      entry.placeholders = Object.fromEntries(
        names.map((n, i) => [n, { content: `$${i + 1}`, ...(EXAMPLES[n] ? { example: EXAMPLES[n] } : {}) }]),
      );
    }
    out[reasonKey(code)] = entry;
    out[reasonLabelKey(code)] = { message: humanise(code), description: `Heading for blocks removed for the reason “${code}”.` };
  }
  return out;
}

/** The English messages with the reason entries brought up to date (others kept, in order). */
export function syncedMessages(current: Record<string, MessageEntry>): Record<string, MessageEntry> {
  const reasons = reasonEntries();
  const out: Record<string, MessageEntry> = {};
  for (const [k, v] of Object.entries(current)) if (!/^reason(Label)?_/.test(k)) out[k] = v;
  return { ...out, ...reasons };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const current = JSON.parse(readFileSync(EN_FILE, 'utf8')) as Record<string, MessageEntry>;
  writeFileSync(EN_FILE, `${JSON.stringify(syncedMessages(current), null, 2)}\n`);
  console.log(`wrote ${EN_FILE}`);
}
