/**
 * Per-block text measurements, computed once: canonical text, word tokens,
 * and the features a reader's eye uses (length, stopwords, links, how it ends).
 */
import { canonical } from './normalize';
import { STOPWORDS, stopwordLang } from './lexicon/stopwords';
import type { Block } from './types';

export interface Measured {
  block: Block;
  /** Canonical text (normalize.ts). */
  canon: string;
  /** Lower-case word tokens of the canonical text; unsegmented scripts are split per character. */
  tokens: string[];
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

const WORD = /[\p{L}\p{N}_]+/gu;
// Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;
const SENTENCE_END = /[.!?。！？؟।]["'”’»)\]]*$/u;
const TRUNCATED = /(\.\.\.|…)["'”’»)\]]*$/u;
const COMMAS = /[,،、，]/g;

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Tokens of canonical text. Plain regex scan for space-separated scripts; Intl.Segmenter only where needed. */
export function tokenize(canon: string): { tokens: string[]; unspacedChars: number } {
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

export function measure(block: Block, stopwords: ReadonlySet<string> | null): Measured {
  const canon = canonical(block.text);
  const { tokens, unspacedChars } = tokenize(canon);
  let stops = 0;
  if (stopwords) for (const t of tokens) if (stopwords.has(t)) stops++;
  const chars = block.text.length;
  const words = unspacedChars > 0 ? Math.max(tokens.length, Math.round(unspacedChars / 2)) : tokens.length;
  return {
    block,
    canon,
    tokens,
    words,
    chars,
    stopwordRatio: tokens.length ? stops / tokens.length : 0,
    linkDensity: chars ? Math.min(1, block.features.linkChars / chars) : 0,
    truncated: TRUNCATED.test(block.text),
    endsSentence: SENTENCE_END.test(block.text),
    commas: (block.text.match(COMMAS) ?? []).length,
  };
}

/**
 * The page's stopword language: the declared one when we have a list for it,
 * else the list that matches most of the first few thousand words.
 */
export function detectStopwordLang(declared: string | null, blocks: readonly Block[]): string | null {
  const fromTag = stopwordLang(declared);
  if (fromTag) return fromTag;
  const counts = new Map<string, number>();
  let total = 0;
  outer: for (const b of blocks) {
    for (const t of canonical(b.text).match(WORD) ?? []) {
      total++;
      for (const [lang, set] of STOPWORDS) if (set.has(t)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      if (total >= 3000) break outer;
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, n] of counts) if (n > bestCount) [best, bestCount] = [lang, n];
  return best && bestCount >= Math.max(5, total * 0.08) ? best : null;
}
