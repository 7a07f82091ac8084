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
