/**
 * Class/id words: how a page's authors name their boxes ("RelatedPosts_widget",
 * "article-body", "sidebarRight2"). Split on anything that is not a letter or a
 * digit, on camelCase humps and between letters and digits; lower-case; keep
 * words of two or more characters, not all digits; first occurrence order, no repeats.
 *
 *   "RelatedPosts_widget"  → related, posts, widget
 *   "HTMLParser col-md-8"  → html, parser, col, md
 *   "post-48213 top10"     → post, top
 *   "sidebarRight2"        → sidebar, right
 *   "elementor-element-ad3f21c" → elementor, element   (a hex hash is no word: not "ad")
 *   "block-a3176285-d6c8-4ea8-ad6d-29ea116ead84" → block   (a UUID is no word: not "ad")
 *   "sc-bdVaJa Article_share__3kYQm" → sc, article, share   (generated hashes are no words)
 *   "css-heading-how-popular-are-meditation" → css, heading   (a slug of the page's text)
 */

import { memoByString } from '../shared/memo';
import { A_ANY, A_CLASS, A_ID } from './attrs';

const RUN = /[\p{L}\p{N}]+/gu;
// Five or more hex digits mixing letters and digits: a hash, not a name.
const HEX_HASH = /^(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{5,}$/;
// A UUID (editor block ids, React keys): its short groups ("ad6d", "4ea8") would pass for words.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// Letters and digits alternating three times or more ("1n3q8l9", "a8Df2"): a generated suffix.
const ALTERNATING = /(?:\p{L}+\p{N}+|\p{N}+\p{L}+){2}\p{L}|(?:\p{N}+\p{L}+){2}\p{N}/u;
const VOWEL = /[aeiouyäöüéèàâêîôûåæøœ]/i;
// A boundary inside an alphanumeric run: lower|Upper, Upper|UpperLower, letter|digit, digit|letter.
const HUMP = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

// A class made from a heading's text ("css-heading-how-popular-are-meditation-and-mindfulness"):
// six or more parts, two of them function words. Its words are the page's text, not names
// for a box ("popular" here is no "most popular" box): only its first two parts count.
const TOKEN = /\S+/g;
const SLUG_PART = /[-_]+/;
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'can', 'do', 'does', 'for', 'how', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'what', 'when', 'why', 'with', 'you', 'your']);

function unslug(token: string): string {
  const parts = token.split(SLUG_PART);
  if (parts.length < 6) return token;
  let function_ = 0;
  for (const part of parts) if (FUNCTION_WORDS.has(part.toLowerCase())) function_++;
  return function_ >= 2 ? parts.slice(0, 2).join('-') : token;
}

export function splitWords(value: string | null | undefined, into: string[] = []): string[] {
  if (!value) return into;
  if (value.includes('-')) value = value.replace(UUID, ' ');
  if (value.length >= 24 && /[-_].*[-_].*[-_].*[-_].*[-_]/.test(value)) value = value.replace(TOKEN, unslug);
  const runs = value.match(RUN);
  if (!runs) return into;
  for (const run of runs) {
    // Generated ids and hashes ("ad3f21c", "4bf0e9a1") would split into false words.
    if (HEX_HASH.test(run) || ALTERNATING.test(run)) continue;
    // Fast path: an all-lower-case alphabetic run has no humps.
    const parts = /^\p{Ll}+$/u.test(run) ? [run] : run.split(HUMP);
    if (parts.length >= 3 && isMixedCaseHash(parts)) continue;
    for (const part of parts) {
      // Single characters and bare numbers ("col-md-8", "post-48213") say nothing about a box.
      if (part.length < 2 || /^\p{N}+$/u.test(part)) continue;
      const word = part.toLowerCase();
      if (!into.includes(word)) into.push(word);
    }
  }
  return into;
}

/**
 * styled-components / CSS-modules hashes ("bdVaJa", "kVQxvE", "3kYQm") split into many
 * tiny humps, one of them without a vowel; named words ("sidebarRight", "MyAdBox") don't.
 * A hash like "eAdXyz" would otherwise be read as an "ad" box.
 */
function isMixedCaseHash(parts: readonly string[]): boolean {
  let vowelless = false;
  for (const part of parts) {
    if (part.length > 3) return false;
    if (!/^\p{N}+$/u.test(part) && !VOWEL.test(part)) vowelless = true;
  }
  return vowelless;
}

/**
 * The class attribute's text. Both calls give the same string; which is cheaper depends on
 * the DOM. linkedom answers getAttribute('class') by building a DOMTokenList (a Set) per
 * element, so there it goes through getAttributeNode; a browser's getAttributeNode makes
 * (and keeps) an Attr node per element, several times the cost of getAttribute, so on a
 * native DOM it goes through getAttribute.
 */
export function classOf(el: Element): string | null {
  const get = el.getAttribute;
  if (get !== lastGetAttribute) {
    lastGetAttribute = get;
    lastNative = isNativeFunction(get);
  }
  return lastNative ? el.getAttribute('class') : (el.getAttributeNode('class')?.value ?? null);
}
// The DOM implementation seen last (one per realm): decided once, not per element.
let lastGetAttribute: unknown = null;
let lastNative = false;

function isNativeFunction(f: unknown): boolean {
  try {
    return typeof f === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(f));
  } catch {
    return false;
  }
}

// Pages repeat the same class strings thousands of times: split each one once.
const cachedWords = memoByString((value: string) => splitWords(value), 20_000);

/**
 * Words of an element's class and id attributes (a fresh array each call); `attrs`, when
 * the caller knows it, says which of the two are there (see attrs.ts).
 */
export function elementWords(el: Element, attrs: number = A_ANY): string[] {
  const cls = attrs & A_CLASS ? classOf(el) : null;
  const id = attrs & A_ID ? el.getAttribute('id') : null;
  const words = cls ? cachedWords(cls).slice() : [];
  if (id) for (const w of splitWords(id)) if (!words.includes(w)) words.push(w);
  return words;
}
