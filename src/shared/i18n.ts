/**
 * Every user-facing string goes through here: the browser's i18n
 * (`public/_locales/<lang>/messages.json`, the reader's UI language), with the
 * English messages bundled as the fallback for contexts without the API (unit
 * tests, the CLI) and for a key a translation lacks.
 *
 * - `t(key, ...subs)`: a message; `$1`… in its placeholders take `subs`.
 * - `reasonText(reason)`: an engine reason in the reader's language, from its
 *   code and params (`reason_<code>` messages, generated from the engine's
 *   REASON_TEMPLATES by `npm run locales`; a test keeps them identical).
 * - `localizeDocument(root)`: static HTML marked `data-i18n="key"` (text) and
 *   `data-i18n-attr="attr:key;attr:key"` (attributes); the English stays in the
 *   markup, so the page reads right even before this runs.
 */
import en from '../../public/_locales/en/messages.json';
import type { Reason } from '../engine/types';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const EN_MESSAGES = en as Record<string, MessageEntry>;

type I18nApi = { getMessage(name: string, substitutions?: string | string[]): string };

function api(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const i18n = g.browser?.i18n ?? g.chrome?.i18n;
  return i18n && typeof i18n.getMessage === 'function' ? i18n : null;
}

/**
 * The browser's substitution rules, for the bundled fallback: `$name$` is the
 * placeholder's content, then `$1`…`$9` the substitutions, `$$` a dollar sign.
 */
export function formatMessage(entry: MessageEntry | undefined, subs: readonly string[]): string | undefined {
  if (!entry) return undefined;
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => placeholders.get(name.toLowerCase()) ?? m);
  return named.replace(/\$(\$|[1-9])/g, (_m, x: string) => (x === '$' ? '$' : (subs[Number(x) - 1] ?? '')));
}

/** A message in the reader's language (English when the browser has none for the key). */
export function t(key: string, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  try {
    const m = api()?.getMessage(key, strings);
    if (m) return m;
  } catch {
    // an invalid key or a context without i18n: the bundled English follows
  }
  return formatMessage(EN_MESSAGES[key], strings) ?? key;
}

/** The message name of a reason code ('exact-repeat' → 'reason_exact_repeat'). */
export function reasonKey(code: string): string {
  return `reason_${code.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The message name of a reason's short label, for grouping ('exact-repeat' → 'reasonLabel_exact_repeat'). */
export function reasonLabelKey(code: string): string {
  return `reasonLabel_${code.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** A reason message's param names in substitution order ($1, $2, …), read from its placeholders. */
export function reasonParamOrder(entry: MessageEntry): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => [name, Number(/^\$(\d)$/.exec(p.content)?.[1] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
}

/** An engine reason in the reader's language; its English message when the code is unknown. */
export function reasonText(reason: Pick<Reason, 'code' | 'params' | 'message'>): string {
  const key = reasonKey(reason.code);
  const entry = EN_MESSAGES[key];
  if (!entry) return reason.message;
  const subs = reasonParamOrder(entry).map((name) => String(reason.params?.[name] ?? ''));
  try {
    const m = api()?.getMessage(key, subs);
    if (m) return m;
  } catch {
    // fall through
  }
  return reason.message || formatMessage(entry, subs) || reason.code;
}

/** Replace the text and attributes of elements marked data-i18n / data-i18n-attr. */
export function localizeDocument(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const key = el.dataset.i18n;
    if (key && EN_MESSAGES[key]) el.textContent = t(key);
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-attr]'))) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key && EN_MESSAGES[key]) el.setAttribute(attr, t(key));
    }
  }
}
