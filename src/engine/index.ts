/**
 * The engine's front door: `analyze(page)` turns ordered blocks into one verdict
 * per block, page metadata and the clean text. Pure: no browser API, no I/O.
 */
import type { Analysis, BlockResult, EngineOptions, PageInput } from './types';

export type * from './types';
export { textToPage } from './text';
export { makeBlock, emptyHints } from './block';

// TEMPORARY stub so the surfaces can be built against the contract; replaced by
// the real pipeline (normalize → repetition → chrome → region → decide).
export function analyze(page: PageInput, options: EngineOptions = {}): Analysis {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const blocks: BlockResult[] = page.blocks.map((b) => ({
    id: b.id,
    kind: b.kind,
    text: b.text,
    verdict: 'content',
    score: 0.5,
    reasons: [],
    duplicateOf: null,
  }));
  return {
    title: page.hints.headline ?? page.hints.documentTitle,
    byline: page.hints.byline,
    publishedTime: page.hints.publishedTime,
    siteName: page.hints.siteName,
    source: null,
    lang: page.hints.lang,
    dir: page.hints.dir ?? 'ltr',
    blocks,
    cleanText: blocks.map((b) => b.text).join('\n\n'),
    stats: { blocks: blocks.length, content: blocks.length, duplicate: 0, boilerplate: 0, meta: 0, ms: now() - t0 },
  };
}
