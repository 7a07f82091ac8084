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
 */

const RUN = /[\p{L}\p{N}]+/gu;
// Five or more hex digits mixing letters and digits: a hash, not a name.
const HEX_HASH = /^(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{5,}$/;
// A boundary inside an alphanumeric run: lower|Upper, Upper|UpperLower, letter|digit, digit|letter.
const HUMP = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

export function splitWords(value: string | null | undefined, into: string[] = []): string[] {
  if (!value) return into;
  const runs = value.match(RUN);
  if (!runs) return into;
  for (const run of runs) {
    // Generated ids and hashes ("ad3f21c", "4bf0e9a1") would split into false words.
    if (HEX_HASH.test(run)) continue;
    // Fast path: an all-lower-case alphabetic run has no humps.
    const parts = /^\p{Ll}+$/u.test(run) ? [run] : run.split(HUMP);
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
 * The class attribute's text. Through getAttributeNode: linkedom answers
 * getAttribute('class') by building a DOMTokenList (a Set) per element.
 */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}

// Pages repeat the same class strings thousands of times: split each one once.
const cache = new Map<string, string[]>();
const CACHE_MAX = 20_000;

function cachedWords(value: string): string[] {
  let words = cache.get(value);
  if (words === undefined) {
    words = splitWords(value);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(value, words);
  }
  return words;
}

/** Words of an element's class and id attributes (a fresh array each call). */
export function elementWords(el: Element): string[] {
  const cls = classOf(el);
  const id = el.getAttribute('id');
  const words = cls ? cachedWords(cls).slice() : [];
  if (id) for (const w of splitWords(id)) if (!words.includes(w)) words.push(w);
  return words;
}
