/** Hand-made analyses for the reader tests (the engine is not needed to test rendering). */
import { makeBlock, type BlockInit } from '../../src/engine/block';
import type { Analysis, Block, BlockResult, Reason, Verdict } from '../../src/engine/types';

export interface Spec extends BlockInit {
  text: string;
  verdict?: Verdict;
  reasons?: Reason[];
  duplicateOf?: number | null;
}

export function makeAnalysis(specs: Spec[], meta: Partial<Analysis> = {}): { analysis: Analysis; blocks: Block[] } {
  const blocks = specs.map(({ text, verdict: _v, reasons: _r, duplicateOf: _d, ...init }, i) => makeBlock(i, text, init));
  const results: BlockResult[] = specs.map((s, i) => ({
    id: i,
    kind: blocks[i].kind,
    text: s.text,
    verdict: s.verdict ?? 'content',
    score: 0.9,
    reasons: s.reasons ?? [],
    duplicateOf: s.duplicateOf ?? null,
  }));
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const analysis: Analysis = {
    title: null,
    byline: null,
    publishedTime: null,
    siteName: null,
    source: null,
    lang: 'en',
    dir: 'ltr',
    blocks: results,
    cleanText: results.filter((r) => r.verdict === 'content').map((r) => r.text).join('\n\n'),
    stats: { blocks: results.length, content: count('content'), duplicate: count('duplicate'), boilerplate: count('boilerplate'), meta: count('meta'), ms: 1 },
    ...meta,
  };
  return { analysis, blocks };
}

export const reason = (code: string, message: string): Reason => ({ code, params: {}, message });
