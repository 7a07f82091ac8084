/**
 * The engine, off the page's main thread: the content script reads the page
 * (segmentation, in slices) and sends the blocks to the service worker, which
 * runs `analyze()` (src/background/engine.ts) and answers with the Analysis.
 *
 * So the content script never carries the engine: pages where Winnow runs pay
 * for reading the DOM, one message each way and the marks; pages where it does
 * not run pay nothing for the engine at all. What crosses is plain data:
 * blocks without their links and images (the engine reads neither; the
 * reading view takes them from the content script's own copy), and the
 * memory's view of the site as the counts of this page's fingerprints.
 */
import { fingerprint } from '../engine/normalize';
import type { Analysis, Block, EngineOptions, MemoryView, PageInput } from '../engine/types';
import type { Message } from '../shared/messages';
import type { AnalyzeRequest, MemoryCounts } from '../shared/engine-wire';

export type Send = <R = unknown>(message: Message) => Promise<R | null>;

/** The engine's input without what it never reads (links, images). */
export function slimPage(page: PageInput): PageInput {
  return {
    blocks: page.blocks.map(
      (b): Block => ({ id: b.id, kind: b.kind, text: b.text, features: b.features, links: [], images: [] }),
    ),
    containers: page.containers,
    hints: page.hints,
  };
}

/** The counts a memory view gives this page's blocks (only blocks it has seen). */
export function memoryCounts(view: MemoryView, page: PageInput): MemoryCounts {
  const blocks: [string, number][] = [];
  const seen = new Set<string>();
  for (const b of page.blocks) {
    const fp = fingerprint(b.text);
    if (seen.has(fp)) continue;
    seen.add(fp);
    const n = view.pagesWithBlock(fp);
    if (n > 0) blocks.push([fp, n]);
  }
  return { site: view.site, templateThreshold: view.templateThreshold, blocks };
}

export function analyzeRequest(page: PageInput, options: EngineOptions): AnalyzeRequest {
  const req: AnalyzeRequest = { type: 'winnow/analyze', page: slimPage(page) };
  if (options.sensitivity) req.sensitivity = options.sensitivity;
  if (options.corrections?.length) req.corrections = options.corrections;
  if (options.memory) req.memory = memoryCounts(options.memory, page);
  return req;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Enough of an Analysis to act on: one result per block, in order, with a verdict. */
export function isAnalysisFor(v: unknown, page: PageInput): v is Analysis {
  if (!isObj(v) || !Array.isArray(v.blocks) || v.blocks.length !== page.blocks.length || typeof v.cleanText !== 'string' || !isObj(v.stats)) return false;
  return v.blocks.every(
    (b: unknown, i: number) =>
      isObj(b) &&
      b.id === page.blocks[i]!.id &&
      (b.verdict === 'content' || b.verdict === 'duplicate' || b.verdict === 'boilerplate' || b.verdict === 'meta') &&
      Array.isArray(b.reasons) &&
      (b.duplicateOf === null || typeof b.duplicateOf === 'number'),
  );
}

/** Runs the engine in the service worker; throws when it cannot (no worker, a malformed answer). */
export async function analyzeInWorker(send: Send, page: PageInput, options: EngineOptions): Promise<Analysis> {
  const reply = await send<unknown>(analyzeRequest(page, options));
  if (!isAnalysisFor(reply, page)) throw new Error('the engine did not answer');
  return reply;
}
