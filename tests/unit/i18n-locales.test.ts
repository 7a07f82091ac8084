/**
 * Localisation: public/_locales/en/messages.json is complete and can never
 * drift from the code.
 *  - The engine's reasons: one `reason_<code>` message per REASON_TEMPLATES
 *    entry whose English is the template itself ({name} ↔ $NAME$, in order),
 *    so a reason rendered from its code and params in the browser reads exactly
 *    as the engine's own message (`npm run locales` regenerates them).
 *  - Every `t('key')` in the source and every `data-i18n` key in the extension's
 *    pages has a message; a page's English text is the message itself.
 *  - The manifest's __MSG_…__ names exist; names, placeholders and lengths obey
 *    the browsers' rules; other locales (when added) use the same placeholders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { reason, REASON_TEMPLATES } from '../../src/engine/reasons';
import { EN_MESSAGES, formatMessage, localizeDocument, reasonKey, reasonText, t, type MessageEntry } from '../../src/shared/i18n';
import { EN_FILE, reasonEntries, ROOT, syncedMessages } from '../../scripts/locales';
import source from '../../manifest.json' with { type: 'json' };

const LOCALES = join(ROOT, 'public/_locales');
const onDisk = JSON.parse(readFileSync(EN_FILE, 'utf8')) as Record<string, MessageEntry>;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

/** A faithful stand-in for chrome.i18n.getMessage over one locale's messages. */
function fakeI18n(messages: Record<string, MessageEntry>) {
  return { getMessage: (name: string, subs?: string | string[]) => formatMessage(messages[name], typeof subs === 'string' ? [subs] : (subs ?? [])) ?? '' };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('reasons in _locales', () => {
  it('messages.json is what `npm run locales` writes (run it after changing REASON_TEMPLATES)', () => {
    expect(onDisk).toEqual(syncedMessages(onDisk));
  });

  it('every reason template has its message, and the message is the template', () => {
    for (const [code, template] of Object.entries(REASON_TEMPLATES)) {
      const entry = EN_MESSAGES[reasonKey(code)];
      expect(entry, code).toBeDefined();
      const back = entry!.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, n: string) => `{${n.toLowerCase()}}`).replace(/\$\$/g, '$');
      expect(back, code).toBe(template);
    }
    const stale = Object.keys(EN_MESSAGES).filter((k) => k.startsWith('reason_') && !Object.keys(REASON_TEMPLATES).some((c) => reasonKey(c) === k));
    expect(stale).toEqual([]);
  });

  it('a reason rendered from code and params through the browser API reads as the engine wrote it', () => {
    (globalThis as { chrome?: unknown }).chrome = { i18n: fakeI18n(EN_MESSAGES) };
    const params = { of: 7, excerpt: 'His remarks came as $1 and $$ “quoted”', similarity: 87, site: 'kenyastar.com', value: 'Jane Doe', phrase: 'subscribe', share: 80, clue: 'footer', heading: 'Most popular', pages: 5 };
    for (const code of Object.keys(REASON_TEMPLATES)) {
      const r = reason(code, params);
      expect(reasonText(r), code).toBe(r.message);
    }
  });

  it('a translation is used when the browser has one; the engine English when it has none', () => {
    const fr: Record<string, MessageEntry> = {
      [reasonKey('exact-repeat')]: { message: 'Répète le bloc $OF$ mot pour mot (« $EXCERPT$ »)', placeholders: { of: { content: '$1' }, excerpt: { content: '$2' } } },
    };
    (globalThis as { chrome?: unknown }).chrome = { i18n: fakeI18n(fr) };
    expect(reasonText(reason('exact-repeat', { of: 3, excerpt: 'Le ministre…' }))).toBe('Répète le bloc 3 mot pour mot (« Le ministre… »)');
    expect(reasonText(reason('newsletter-pitch', { phrase: 'subscribe' }))).toBe('Newsletter pitch (“subscribe”)');
    expect(reasonText({ code: 'some-future-code', params: {}, message: 'As the engine said' })).toBe('As the engine said');
  });

  it('reason entries carry their placeholders in template order', () => {
    const e = reasonEntries({ x: 'A {b} then {a}, {b} again' })[reasonKey('x')]!;
    expect(e.message).toBe('A $B$ then $A$, $B$ again');
    expect(e.placeholders).toEqual({ b: { content: '$1' }, a: { content: '$2' } });
    expect(reasonText({ code: 'exact-repeat', params: { of: 1, excerpt: 'x' }, message: '' })).toBe('Repeats block 1 word for word (“x”)');
  });
});

describe('the rest of the UI', () => {
  it('every t(…) key in the source has an English message', () => {
    const missing: string[] = [];
    for (const f of files(join(ROOT, 'src'), /\.ts$/)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) if (!EN_MESSAGES[m[1]!]) missing.push(`${relative(ROOT, f)}: ${m[1]}`);
      for (const m of text.matchAll(/notice\('([A-Za-z]+)'\)/g)) {
        for (const k of [`notice${m[1]}Title`, `notice${m[1]}Body`]) if (!EN_MESSAGES[k]) missing.push(`${relative(ROOT, f)}: ${k}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every data-i18n key in the extension pages exists, and the page\'s English is the message', () => {
    const problems: string[] = [];
    for (const f of files(join(ROOT, 'src'), /\.html$/)) {
      const doc = new JSDOM(readFileSync(f, 'utf8')).window.document;
      for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
        const key = el.dataset.i18n!;
        const entry = EN_MESSAGES[key];
        if (!entry) problems.push(`${relative(ROOT, f)}: no message ${key}`);
        else if (el.textContent !== entry.message) problems.push(`${relative(ROOT, f)}: ${key} reads ${JSON.stringify(el.textContent)}, message ${JSON.stringify(entry.message)}`);
        if (el.children.length) problems.push(`${relative(ROOT, f)}: ${key} holds elements (they would be lost)`);
      }
      for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
        for (const pair of el.dataset.i18nAttr!.split(';')) {
          const [attr, key] = pair.split(':').map((s) => s.trim());
          const entry = EN_MESSAGES[key!];
          if (!entry) problems.push(`${relative(ROOT, f)}: no message ${key}`);
          else if (el.getAttribute(attr!) !== entry.message) problems.push(`${relative(ROOT, f)}: ${attr}=${key} differs from its message`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('localizeDocument puts the browser\'s messages in and leaves the rest alone', () => {
    const doc = new JSDOM('<button data-i18n="copyText">Copy text</button><div aria-label="Reader actions" data-i18n-attr="aria-label:readerActions"></div><span data-i18n="noSuchKey">kept</span>').window.document;
    (globalThis as { chrome?: unknown }).chrome = { i18n: fakeI18n({ copyText: { message: 'Copier le texte' }, readerActions: { message: 'Actions' } }) };
    localizeDocument(doc);
    expect(doc.querySelector('button')!.textContent).toBe('Copier le texte');
    expect(doc.querySelector('div')!.getAttribute('aria-label')).toBe('Actions');
    expect(doc.querySelector('span')!.textContent).toBe('kept');
  });

  it('t() substitutes like the browser and falls back to English', () => {
    expect(t('chipHiddenCounts', 12, 3, 9)).toBe('12 hidden: 3 repeated, 9 chrome');
    expect(t('noteKept', 'kenyastar.com')).toBe('Saved: Winnow will not flag this on kenyastar.com again.');
    expect(t('no-such-key')).toBe('no-such-key');
  });
});

describe('messages.json follows the browsers\' rules', () => {
  it('names, placeholders, descriptions', () => {
    const problems: string[] = [];
    for (const [name, e] of Object.entries(EN_MESSAGES)) {
      if (!/^[A-Za-z0-9_@]+$/.test(name) || name.startsWith('@@')) problems.push(`bad name ${name}`);
      if (typeof e.message !== 'string' || !e.message) problems.push(`${name}: empty message`);
      if (!e.description) problems.push(`${name}: no description for translators`);
      const used = new Set([...e.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
      const declared = new Set(Object.keys(e.placeholders ?? {}).map((k) => k.toLowerCase()));
      for (const u of used) if (!declared.has(u)) problems.push(`${name}: $${u}$ has no placeholder`);
      for (const d of declared) if (!used.has(d)) problems.push(`${name}: placeholder ${d} unused`);
      for (const [k, p] of Object.entries(e.placeholders ?? {})) if (!/^\$[1-9]$/.test(p.content)) problems.push(`${name}: ${k} content ${p.content}`);
      if (/\$(?![A-Za-z0-9_@]+\$|\$|[1-9])/.test(e.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''))) problems.push(`${name}: stray $`);
    }
    expect(problems).toEqual([]);
  });

  it('the manifest is localised, within the stores\' limits', () => {
    expect(source.default_locale).toBe('en');
    const keys = [...JSON.stringify(source).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const k of keys) expect(EN_MESSAGES[k], k).toBeDefined();
    expect(EN_MESSAGES.extName!.message.length).toBeLessThanOrEqual(45);
    expect(EN_MESSAGES.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('every other locale (when there is one) uses known names with the same placeholders', () => {
    for (const lang of readdirSync(LOCALES).filter((l) => l !== 'en')) {
      const messages = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, MessageEntry>;
      for (const [name, e] of Object.entries(messages)) {
        expect(EN_MESSAGES[name], `${lang}: ${name}`).toBeDefined();
        const en = EN_MESSAGES[name]!;
        const ph = (x: MessageEntry) => Object.fromEntries(Object.entries(x.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
        expect(ph(e), `${lang}: ${name}`).toEqual(ph(en));
      }
    }
  });
});
