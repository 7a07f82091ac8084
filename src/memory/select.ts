/**
 * Which blocks of an analysed page the memory records, and which count as the
 * article's paragraphs for syndication. Small and pure (the content script
 * runs it): content and boilerplate blocks of a reasonable length; never meta
 * (headlines, bylines, datelines differ on every page anyway) nor duplicates
 * (the first copy stands for them).
 */
import { fingerprint } from '../engine/normalize';
import type { BlockKind, BlockResult } from '../engine/types';
import type { RecordedBlock } from './types';

/** Shorter blocks ("Share", "Comments") are judged well enough on the page itself. */
export const MIN_CHARS = 24;
export const MIN_WORDS = 4;
/** An article paragraph, for syndication, has at least this many words. */
export const ARTICLE_MIN_WORDS = 8;
/** At most this many blocks a page (a page with more is mostly a list; the first ones are enough). */
export const MAX_BLOCKS = 1500;

const ARTICLE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'quote', 'list-item', 'other', 'preformatted']);

function words(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

export function recordableBlocks(blocks: readonly BlockResult[], withText = false): RecordedBlock[] {
  const out: RecordedBlock[] = [];
  for (const b of blocks) {
    if (out.length >= MAX_BLOCKS) break;
    if (b.verdict !== 'content' && b.verdict !== 'boilerplate') continue;
    if (b.text.length < MIN_CHARS) continue;
    const n = words(b.text);
    if (n < MIN_WORDS) continue;
    const rec: RecordedBlock = { fp: fingerprint(b.text), article: b.verdict === 'content' && ARTICLE_KINDS.has(b.kind) && n >= ARTICLE_MIN_WORDS };
    if (withText) rec.text = b.text;
    out.push(rec);
  }
  return out;
}

/** Fingerprints of the article's paragraphs (what `seenElsewhere` compares). */
export function articleFingerprints(blocks: readonly RecordedBlock[]): string[] {
  return blocks.filter((b) => b.article).map((b) => b.fp);
}
