/**
 * Canonical text: what "the same paragraph" means. Case, Unicode form,
 * whitespace, quote and dash styles, and zero-width characters are folded so
 * that a repeat printed with curly quotes or a different dash still matches.
 * Everything downstream (exact keys, shingles, fingerprints for corrections and
 * memory) is computed from this one function.
 */

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DQUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const ELLIPSIS = /\u2026/g;
const SPACE = /\s+/g;

export function canonical(text: string): string {
  switch (plainness(text)) {
    case PLAIN:
      return text.toLowerCase();
    case NFKC_STABLE:
      // NFKC leaves this text as it is: the same steps without it.
      return text
        .replace(ZERO_WIDTH, '')
        .replace(QUOTES, "'")
        .replace(DQUOTES, '"')
        .replace(DASHES, '-')
        .replace(ELLIPSIS, '...')
        .toLowerCase()
        .replace(SPACE, ' ')
        .trim();
    default:
      return text
        .normalize('NFKC')
        .replace(ZERO_WIDTH, '')
        .replace(QUOTES, "'")
        .replace(DQUOTES, '"')
        .replace(DASHES, '-')
        .replace(ELLIPSIS, '...')
        .toLowerCase()
        .replace(SPACE, ' ')
        .trim();
  }
}

/** Nothing to fold but case: characters NFKC keeps (Latin, Greek, Cyrillic, Hangul), single spaces, none at either end. */
const PLAIN = 0;
/** NFKC keeps every character (or maps it where the later steps fold it the same way): skip it. */
const NFKC_STABLE = 1;
/** Anything else: the full path. */
const FULL = 2;

/**
 * Per code unit below 0x250 (ASCII, Latin-1, Latin Extended-A/B): 0 plain, 1 folded by a
 * step after NFKC but kept by NFKC, 2 changed by NFKC or whitespace. Latin letters in
 * their composed form are their own NFKC form and compose with nothing that follows
 * them here (combining marks start at U+0300), so a text of such characters is NFKC-stable.
 */
const LATIN = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  if (c < 0x21 || (c >= 0x7f && c < 0xa1)) LATIN[c] = 2; // controls, whitespace (a space is handled apart), nbsp
  else if (ch.normalize('NFKC') !== ch) LATIN[c] = 2;
  else if (c === 0x60 || c === 0xab || c === 0xbb || c === 0xad) LATIN[c] = 1; // ` « » soft hyphen
  else LATIN[c] = 0;
}

/**
 * Greek and Cyrillic (U+0370–U+052F): 0 where NFKC keeps the character and it is
 * not a combining mark (marks may be reordered or composed), else 2.
 */
const GREEK_CYRILLIC = new Uint8Array(0x530 - 0x370);
for (let c = 0x370; c < 0x530; c++) {
  const ch = String.fromCharCode(c);
  GREEK_CYRILLIC[c - 0x370] = ch.normalize('NFKC') === ch && !/\p{M}/u.test(ch) ? 0 : 2;
}

/** Hangul syllables: precomposed, NFKC keeps them, and nothing in these tables composes with them. */
const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** Characters above the Latin blocks that NFKC keeps (or maps onto what the folding makes of them anyway). */
function foldedPunctuation(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2015) || // dashes (U+2011 → U+2010 under NFKC, then '-' either way)
    (c >= 0x2018 && c <= 0x201f) || // quotes
    c === 0x2026 || // … (NFKC makes it "...", as ELLIPSIS does)
    c === 0x2032 || // ′
    c === 0x2212 || // minus
    (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff // zero-width
  );
}

function plainness(text: string): number {
  let result = PLAIN;
  const n = text.length;
  if (n === 0) return PLAIN;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) result = NFKC_STABLE;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) result = NFKC_STABLE;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x250) {
      const k = LATIN[c] as number;
      if (k === 2) return FULL;
      if (k === 1) result = NFKC_STABLE;
    } else if (c < 0x370) return FULL;
    else if (c < 0x530) {
      if (GREEK_CYRILLIC[c - 0x370] !== 0) return FULL;
    } else if (isHangulSyllable(c)) continue;
    else if (foldedPunctuation(c)) result = NFKC_STABLE;
    else return FULL;
  }
  return result;
}

/** FNV-1a 32-bit over a string's UTF-16 code units: fast, stable, good enough for bucketing. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A block's stable fingerprint: 16 hex digits from two independent hashes of
 * its canonical text. Used for reader corrections and the cross-page memory,
 * so it never stores the text itself.
 */
export function fingerprint(text: string): string {
  const c = canonical(text);
  const a = fnv1a(c).toString(16).padStart(8, '0');
  const b = fnv1a(c, 0x01000193 ^ 0x9e3779b9).toString(16).padStart(8, '0');
  return a + b;
}
