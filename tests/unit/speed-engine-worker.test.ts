/**
 * The engine in the service worker: what the content script sends (blocks
 * without links and images, the memory as counts) gives the very analysis the
 * engine gives in the page, after a trip through serialisation; what arrives
 * malformed is refused. No timings are asserted.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleAnalyze } from '../../src/background/engine';
import { htmlToDocument } from '../../src/cli/analyze-page';
import { analyzeInWorker, analyzeRequest, isAnalysisFor, memoryCounts, slimPage } from '../../src/content/engine-client';
import { segmentDocument } from '../../src/dom/segment';
import { analyze } from '../../src/engine/index';
import { fingerprint } from '../../src/engine/normalize';
import type { Analysis, EngineOptions, MemoryView, PageInput } from '../../src/engine/types';
import { isAnalyzeRequestBody, type AnalyzeRequest } from '../../src/shared/engine-wire';

const ROOT = resolve(import.meta.dirname, '../..');
const now = () => 0;

function samplePage(name: string): PageInput {
  const doc = htmlToDocument(readFileSync(join(ROOT, 'samples', name), 'utf8'));
  return segmentDocument(doc, { url: 'https://www.menafn.com/1110271843/story' }).page;
}

/** Through JSON and back, as a message between contexts. */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x));

function viaWorker(page: PageInput, options: EngineOptions): Analysis {
  const req = wire(analyzeRequest(page, options));
  expect(isAnalyzeRequestBody(req as unknown as Record<string, unknown>)).toBe(true);
  return handleAnalyze({ ...(req as AnalyzeRequest), page: req.page });
}

const withoutTime = (a: Analysis) => ({ ...a, stats: { ...a.stats, ms: 0 } });

describe('speed: the engine in the service worker', () => {
  for (const name of ['menafn-lavrov.html', 'kenyastar-lavrov.html']) {
    it(`gives the in-page analysis of ${name}`, () => {
      const page = samplePage(name);
      const local = analyze(page, { now });
      expect(withoutTime(viaWorker(page, {}))).toEqual(withoutTime(local));
      expect(isAnalysisFor(wire(local), page)).toBe(true);
    });
  }

  it('carries sensitivity, corrections and the memory as counts', () => {
    const page = samplePage('menafn-lavrov.html');
    const texts = page.blocks.map((b) => b.text);
    const counts = new Map([[fingerprint(texts[0]!), 9], [fingerprint(texts[3]!), 4], [fingerprint('never on this page'), 7]]);
    const memory: MemoryView = { site: 'menafn.com', templateThreshold: 3, pagesWithBlock: (fp) => counts.get(fp) ?? 0 };
    const options: EngineOptions = {
      sensitivity: 'thorough',
      corrections: [{ fingerprint: fingerprint(texts[5]!), action: 'flag' }],
      memory,
    };
    expect(memoryCounts(memory, page).blocks).toEqual([
      [fingerprint(texts[0]!), 9],
      [fingerprint(texts[3]!), 4],
    ]);
    expect(withoutTime(viaWorker(page, options))).toEqual(withoutTime(analyze(page, { ...options, now })));
  });

  it('sends no links or images (the engine reads neither)', () => {
    const page = samplePage('kenyastar-lavrov.html');
    expect(page.blocks.some((b) => b.links.length > 0)).toBe(true);
    const slim = slimPage(page);
    expect(slim.blocks.every((b) => b.links.length === 0 && b.images.length === 0)).toBe(true);
    expect(slim.blocks.map((b) => b.text)).toEqual(page.blocks.map((b) => b.text));
  });

  it('refuses malformed requests', () => {
    const page = wire(slimPage(samplePage('menafn-lavrov.html')));
    const ok = { type: 'winnow/analyze', page } as Record<string, unknown>;
    expect(isAnalyzeRequestBody(ok)).toBe(true);
    const broken: ((p: PageInput & Record<string, unknown>) => void)[] = [
      (p) => ((p.blocks[1] as unknown as Record<string, unknown>).id = 7),
      (p) => ((p.blocks[0]!.features as unknown as Record<string, unknown>).container = p.containers.length),
      (p) => ((p.blocks[0] as unknown as Record<string, unknown>).kind = 'banner'),
      (p) => ((p.blocks[0] as unknown as Record<string, unknown>).text = 42),
      (p) => (p.blocks[0]!.features.words = Array.from({ length: 1000 }, () => 'w')),
      (p) => ((p.containers[1] as unknown as Record<string, unknown>).parent = 10_000),
      (p) => ((p.hints as unknown as Record<string, unknown>).dir = 'up'),
      (p) => ((p as Record<string, unknown>).blocks = 'nope'),
    ];
    for (const breakIt of broken) {
      const p = wire(page) as PageInput & Record<string, unknown>;
      breakIt(p);
      expect(isAnalyzeRequestBody({ ...ok, page: p })).toBe(false);
    }
    expect(isAnalyzeRequestBody({ ...ok, sensitivity: 'wild' })).toBe(false);
    expect(isAnalyzeRequestBody({ ...ok, corrections: [{ fingerprint: 'xyz', action: 'keep' }] })).toBe(false);
    expect(isAnalyzeRequestBody({ ...ok, memory: { site: 'a', templateThreshold: 3, blocks: [['fp']] } })).toBe(false);
  });

  it('asks the worker and checks its answer', async () => {
    const page = samplePage('menafn-lavrov.html');
    const good = await analyzeInWorker(async <R>(m: unknown) => wire(handleAnalyze(wire(m) as AnalyzeRequest)) as R, page, {});
    expect(good.blocks).toHaveLength(page.blocks.length);
    await expect(analyzeInWorker(async () => null, page, {})).rejects.toThrow();
    await expect(analyzeInWorker(async <R>() => ({ blocks: [] }) as R, page, {})).rejects.toThrow();
  });
});
