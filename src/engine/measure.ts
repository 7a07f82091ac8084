/**
 * Per-block text measurements, computed once: canonical text, word tokens,
 * and the features a reader's eye uses (length, stopwords, links, how it ends).
 */
import { canonical, fnv1a, FNV_OFFSET, FNV_PRIME } from './normalize';
import { STOPWORDS, stopwordLang } from './lexicon/stopwords';
import type { Block } from './types';

export interface Measured {
  block: Block;
  /** Canonical text (normalize.ts). */
  canon: string;
  /**
   * How many word tokens the canonical text has (tokenize()). The tokens themselves are not
   * kept: they are the page's largest allocation and would outlive every young-generation
   * collection of the run; whoever needs them again reads them from `canon` (tokensOf(),
   * or scanWordChar() for a one-pass copy).
   */
  tokenCount: number;
  /** Word count (for unsegmented scripts, characters / 2). */
  words: number;
  chars: number;
  /** Share of tokens that are stopwords of the page language (0 when no list applies). */
  stopwordRatio: number;
  /** Share of characters inside links. */
  linkDensity: number;
  /** Ends in "..." or "…" (a cut-off teaser). */
  truncated: boolean;
  /** Ends like a sentence (., !, ?, closing quote, 。…). */
  endsSentence: boolean;
  commas: number;
}

// A word's marks are its own: Bengali, Devanagari and Thai write vowels and nuktas as combining
// marks ("পড়ুন" is one word, not three).
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
// Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;

// How a block ends, read from its last characters (plain scans instead of $-anchored
// regular expressions, which try every position of the text):
//   sentence end  /[.!?。！？؟।]["'”’»)\]]*$/u
//   truncated     /(\.\.\.|…)["'”’»)\]]*$/u
// Closing marks and sentence ends are disjoint, so stripping the closing marks first is exact.
const isClosing = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x2019 || c === 0x201d;
const isSentenceEnd = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f || c === 0x964;

function beforeClosing(text: string): number {
  let k = text.length;
  while (k > 0 && isClosing(text.charCodeAt(k - 1))) k--;
  return k;
}

export function endsLikeSentence(text: string): boolean {
  const k = beforeClosing(text);
  return k > 0 && isSentenceEnd(text.charCodeAt(k - 1));
}

export function endsTruncated(text: string): boolean {
  const k = beforeClosing(text);
  if (k > 0 && text.charCodeAt(k - 1) === 0x2026) return true;
  return k >= 3 && text.charCodeAt(k - 1) === 0x2e && text.charCodeAt(k - 2) === 0x2e && text.charCodeAt(k - 3) === 0x2e;
}

/** Commas of any script (, ، 、 ，). */
export function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || (c > 0x7f && (c === 0x60c || c === 0x3001 || c === 0xff0c))) n++;
  }
  return n;
}

/**
 * Word characters ([\p{L}\p{M}\p{N}_]) below U+0530 (Latin, Greek, Cyrillic …), so that
 * text in those scripts and in Hangul is tokenised with a plain scan; anything
 * else goes through WORD.
 */
const SCAN_LIMIT = 0x530;
const WORD_CHAR = new Uint8Array(SCAN_LIMIT);
for (let c = 0; c < SCAN_LIMIT; c++) WORD_CHAR[c] = /[\p{L}\p{M}\p{N}_]/u.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * How the plain scan reads one code unit: 1 a word character, 0 a separator, -1 a character
 * it cannot judge (the text then needs tokenize()'s regular expression or Intl.Segmenter).
 * Word characters are [\p{L}\p{M}\p{N}_] below U+0530, and Hangul syllables.
 */
export function scanWordChar(c: number): number {
  if (c < SCAN_LIMIT) return WORD_CHAR[c] as number;
  return c >= 0xac00 && c <= 0xd7a3 ? 1 : -1;
}

/** Tokens by a plain scan when every character is below U+0530 or a Hangul syllable; null otherwise. */
function latinTokens(text: string): string[] | null {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const word = scanWordChar(text.charCodeAt(i));
    if (word < 0) return null;
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) tokens.push(start === 0 ? text : text.slice(start));
  return tokens;
}

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** The word tokens of a measured block, read again from its canonical text. */
export function tokensOf(m: Measured): string[] {
  return tokenize(m.canon).tokens;
}

/** Shared words over the larger set's size (sets of canonical words). */
export function tokenOverlap(ta: ReadonlySet<string>, tb: ReadonlySet<string>): number {
  if (!ta.size || !tb.size) return 0;
  let inter = 0;
  for (const t of ta) if (tb.has(t)) inter++;
  return inter / Math.max(ta.size, tb.size);
}

/** Tokens of canonical text. Plain scan for Latin script; regex scan elsewhere; Intl.Segmenter only where needed. */
export function tokenize(canon: string): { tokens: string[]; unspacedChars: number } {
  const latin = latinTokens(canon);
  if (latin) return { tokens: latin, unspacedChars: 0 };
  const raw = canon.match(WORD) ?? [];
  if (!UNSPACED.test(canon)) return { tokens: raw, unspacedChars: 0 };
  const tokens: string[] = [];
  let unspacedChars = 0;
  for (const t of raw) {
    if (!UNSPACED.test(t)) {
      tokens.push(t);
      continue;
    }
    unspacedChars += t.length;
    const seg = wordSegmenter();
    if (seg) {
      for (const s of seg.segment(t)) if (s.isWordLike) tokens.push(s.segment);
    } else {
      for (const ch of t) tokens.push(ch);
    }
  }
  return { tokens, unspacedChars };
}

/**
 * A stopword list as an open-addressing table of FNV-1a hashes, so that a plain scan can
 * ask whether the word between two positions of a text is a stopword without cutting it
 * out as a string (measure() would otherwise make, hash and drop a string per word).
 */
class StopwordTable {
  readonly longest: number;
  private readonly hashes: Int32Array;
  private readonly words: (string | undefined)[];
  private readonly mask: number;

  constructor(set: ReadonlySet<string>) {
    let size = 16;
    while (size < set.size * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size);
    let longest = 0;
    for (const w of set) {
      longest = Math.max(longest, w.length);
      const h = fnv1a(w) | 0;
      let slot = h & this.mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.hashes[slot] = h;
      this.words[slot] = w;
    }
    this.longest = longest;
  }

  /** Whether text[start, end), whose FNV-1a hash is `hash`, is in the list. */
  has(text: string, start: number, end: number, hash: number): boolean {
    const len = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const w = this.words[slot];
      if (w === undefined) return false;
      if (this.hashes[slot] !== hash || w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return true;
    }
  }
}

const tables = new WeakMap<ReadonlySet<string>, StopwordTable>();
function stopwordTable(set: ReadonlySet<string>): StopwordTable {
  let table = tables.get(set);
  if (!table) tables.set(set, (table = new StopwordTable(set)));
  return table;
}

/**
 * Tokens and stopwords of a text by the plain scan (as latinTokens() cuts them), without
 * making the tokens; null when a character needs tokenize()'s other paths.
 */
function latinCounts(text: string, stopwords: StopwordTable | null): { tokens: number; stops: number } | null {
  let tokens = 0;
  let stops = 0;
  let start = -1;
  let hash = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    const word = scanWordChar(c);
    if (word < 0) return null;
    if (word) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET | 0;
      }
      hash = Math.imul(hash ^ c, FNV_PRIME);
    } else if (start >= 0) {
      tokens++;
      if (stopwords && i - start <= stopwords.longest && stopwords.has(text, start, i, hash)) stops++;
      start = -1;
    }
  }
  return { tokens, stops };
}

/** Canonical texts already made for the stopword-language guess, so measure() need not make them again. */
const canonMemo = new WeakMap<Block, { text: string; canon: string }>();

export function measure(block: Block, stopwords: ReadonlySet<string> | null): Measured {
  const memo = canonMemo.get(block);
  const canon = memo && memo.text === block.text ? memo.canon : canonical(block.text);
  const table = stopwords ? stopwordTable(stopwords) : null;
  let tokenCount: number;
  let stops = 0;
  let unspacedChars = 0;
  const latin = latinCounts(canon, table);
  if (latin) {
    tokenCount = latin.tokens;
    stops = latin.stops;
  } else {
    const t = tokenize(canon);
    tokenCount = t.tokens.length;
    unspacedChars = t.unspacedChars;
    if (stopwords) for (const w of t.tokens) if (stopwords.has(w)) stops++;
  }
  const chars = block.text.length;
  const words = unspacedChars > 0 ? Math.max(tokenCount, Math.round(unspacedChars / 2)) : tokenCount;
  return {
    block,
    canon,
    tokenCount,
    words,
    chars,
    stopwordRatio: tokenCount ? stops / tokenCount : 0,
    linkDensity: chars ? Math.min(1, block.features.linkChars / chars) : 0,
    truncated: endsTruncated(block.text),
    endsSentence: endsLikeSentence(block.text),
    commas: countCommas(block.text),
  };
}

/** Each stopword → the languages whose list holds it, in the order of STOPWORDS. */
let stopwordIndex: Map<string, string[]> | null = null;
function stopwordLanguages(): Map<string, string[]> {
  if (stopwordIndex) return stopwordIndex;
  const index = new Map<string, string[]>();
  for (const [lang, set] of STOPWORDS) {
    for (const w of set) {
      let langs = index.get(w);
      if (!langs) index.set(w, (langs = []));
      langs.push(lang);
    }
  }
  return (stopwordIndex = index);
}

/**
 * The page's stopword language: the declared one when we have a list for it,
 * else the list that matches most of the first few thousand words.
 */
export function detectStopwordLang(declared: string | null, blocks: readonly Block[]): string | null {
  const fromTag = stopwordLang(declared);
  if (fromTag) return fromTag;
  const counts = new Map<string, number>();
  const index = stopwordLanguages();
  let total = 0;
  outer: for (const b of blocks) {
    const canon = canonical(b.text);
    canonMemo.set(b, { text: b.text, canon });
    for (const t of latinTokens(canon) ?? canon.match(WORD) ?? []) {
      total++;
      const langs = index.get(t);
      if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      if (total >= 3000) break outer;
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, n] of counts) if (n > bestCount) [best, bestCount] = [lang, n];
  return best && bestCount >= Math.max(5, total * 0.08) ? best : null;
}
