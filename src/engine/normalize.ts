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
  let folds = foldsOf(text);
  if (folds === 0) return text.toLowerCase();
  let t = text;
  if (folds === FULL) {
    t = t.normalize('NFKC');
    folds = EVERY_FOLD;
  }
  // After NFKC (or where NFKC leaves the text as it is) only the steps whose characters
  // occur run (a typical paragraph needs one, for its apostrophes; each step skipped is a
  // pass over the text saved). Skipping a step is exact: no step makes characters another
  // one folds, and on the NFKC-stable path the only whitespace is U+0020, so with single
  // inner spaces and none at either end (and no zero-width character between two spaces)
  // SPACE and trim change nothing.
  if (folds & F_ZERO_WIDTH) t = t.replace(ZERO_WIDTH, '');
  if (folds & F_QUOTE) t = t.replace(QUOTES, "'");
  if (folds & F_DQUOTE) t = t.replace(DQUOTES, '"');
  if (folds & F_DASH) t = t.replace(DASHES, '-');
  if (folds & F_ELLIPSIS) t = t.replace(ELLIPSIS, '...');
  t = t.toLowerCase();
  if (folds & (F_SPACE | F_ZERO_WIDTH)) t = t.replace(SPACE, ' ').trim();
  return t;
}

/**
 * What canonical() must do to a text, as bits: 0 nothing but case; FULL the whole path
 * (NFKC may change something, or whitespace other than U+0020); else which of the steps
 * after NFKC (which keeps the text as it is) have something to fold.
 */
const F_ZERO_WIDTH = 1;
const F_QUOTE = 2;
const F_DQUOTE = 4;
const F_DASH = 8;
const F_ELLIPSIS = 16;
/** Two spaces in a row, or one at either end. */
const F_SPACE = 32;
const FULL = 64;
/** The full path's steps after NFKC: all of them. */
const EVERY_FOLD = F_ZERO_WIDTH | F_QUOTE | F_DQUOTE | F_DASH | F_ELLIPSIS | F_SPACE;

/**
 * Per code unit below 0x250 (ASCII, Latin-1, Latin Extended-A/B): 0 plain, a fold bit when
 * NFKC keeps it but a step after NFKC folds it, FULL when NFKC or whitespace changes it.
 * Latin letters in their composed form are their own NFKC form and compose with nothing
 * that follows them here (combining marks start at U+0300), so a text of such characters
 * is NFKC-stable.
 */
const LATIN = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  if (c < 0x21 || (c >= 0x7f && c < 0xa1)) LATIN[c] = FULL; // controls, whitespace (a space is handled apart), nbsp
  else if (ch.normalize('NFKC') !== ch) LATIN[c] = FULL;
  else if (c === 0x60) LATIN[c] = F_QUOTE; // `
  else if (c === 0xab || c === 0xbb) LATIN[c] = F_DQUOTE; // « »
  else if (c === 0xad) LATIN[c] = F_ZERO_WIDTH; // soft hyphen
  else LATIN[c] = 0;
}

/**
 * Greek and Cyrillic (U+0370–U+052F): 0 where NFKC keeps the character and it is
 * not a combining mark (marks may be reordered or composed), else FULL.
 */
const GREEK_CYRILLIC = new Uint8Array(0x530 - 0x370);
for (let c = 0x370; c < 0x530; c++) {
  const ch = String.fromCharCode(c);
  GREEK_CYRILLIC[c - 0x370] = ch.normalize('NFKC') === ch && !/\p{M}/u.test(ch) ? 0 : FULL;
}

/** Hangul syllables: precomposed, NFKC keeps them, and nothing in these tables composes with them. */
const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/**
 * Characters above the Latin blocks that NFKC keeps (or maps onto what the folding makes
 * of them anyway): the fold step that handles each, or 0 when it is none of them.
 */
function foldedPunctuation(c: number): number {
  if (c >= 0x2010 && c <= 0x2015) return F_DASH; // dashes (U+2011 → U+2010 under NFKC, then '-' either way)
  if (c >= 0x2018 && c <= 0x201b) return F_QUOTE; // single quotes
  if (c >= 0x201c && c <= 0x201f) return F_DQUOTE; // double quotes
  if (c === 0x2026) return F_ELLIPSIS; // … (NFKC makes it "...", as ELLIPSIS does)
  if (c === 0x2032) return F_QUOTE; // ′
  if (c === 0x2212) return F_DASH; // minus
  if ((c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff) return F_ZERO_WIDTH; // zero-width
  return 0;
}

function foldsOf(text: string): number {
  let result = 0;
  const n = text.length;
  if (n === 0) return 0;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) result = F_SPACE;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) result |= F_SPACE;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x250) {
      const k = LATIN[c] as number;
      if (k === FULL) return FULL;
      result |= k;
    } else if (c < 0x370) return FULL;
    else if (c < 0x530) {
      if (GREEK_CYRILLIC[c - 0x370] !== 0) return FULL;
    } else if (isHangulSyllable(c)) continue;
    else {
      const f = foldedPunctuation(c);
      if (f === 0) return FULL;
      result |= f;
    }
  }
  return result;
}

/** FNV-1a's 32-bit offset basis and prime, for the loops that hash as they scan (repetition.ts, measure.ts). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit over a string's UTF-16 code units: fast, stable, good enough for bucketing. */
export function fnv1a(text: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
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
  const b = fnv1a(c, FNV_PRIME ^ 0x9e3779b9).toString(16).padStart(8, '0');
  return a + b;
}
