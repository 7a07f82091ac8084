/**
 * Memory benchmark: how big the cross-page memory is per 1,000 pages, and
 * what a lookup costs with 50,000 pages remembered.
 *
 *   npx tsx bench/memory.ts [--pages 50000] [--sites 250,2500] [--calibrate 60] [--json]
 *
 * Pages are synthetic but shaped like real ones: the number of recorded blocks
 * per page and how many of them are article paragraphs are measured on the
 * first AEB pages (../shared/datasets/scrapinghub-aeb) through the real
 * segmenter and engine when the dataset is there (else 22 and 11); each site
 * has its own template (the recorded blocks that are not article text), the
 * same on all its pages; addresses look like news URLs (~85 characters).
 *
 * Costs are per page, median and 95th percentile over 1,000 new pages:
 *   snapshot      what the service worker answers a content script before analysis (the site's template)
 *   view          the engine's pagesWithBlock for every block of the page (CLI path, straight on the store)
 *   seenElsewhere the page's article paragraphs looked up on every other site
 *   record        remembering the page (incl. eviction checks)
 *   cold start    a restarted service worker: index + the page's site from the key-value store, then the snapshot
 *   cold report   a restarted service worker's first report: every site loaded and the article index built (once per worker)
 * Heap is measured after a forced GC when run with `node --expose-gc --import tsx bench/memory.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/dom/analyze-document';
import { MapKV } from '../src/memory/kv';
import { PersistedMemory } from '../src/memory/persisted';
import { articleFingerprints, recordableBlocks } from '../src/memory/select';
import { MemoryStore } from '../src/memory/store';
import type { RecordedBlock } from '../src/memory/types';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : def;
};
const PAGES = Number(opt('pages', '50000'));
const SITE_COUNTS = opt('sites', '250,2500').split(',').map(Number);
const CALIBRATE = Number(opt('calibrate', '60'));
const JSON_OUT = args.includes('--json');

// --- calibration on real pages ----------------------------------------------------------------

function calibrate(): { blocks: number; article: number; source: string } {
  const dir = join(import.meta.dirname, '../../shared/datasets/scrapinghub-aeb/html');
  if (!existsSync(dir) || CALIBRATE <= 0) return { blocks: 22, article: 11, source: 'defaults (no AEB dataset)' };
  const files = readdirSync(dir).sort().slice(0, CALIBRATE);
  let blocks = 0;
  let article = 0;
  for (const f of files) {
    const raw = readFileSync(join(dir, f));
    const html = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    const { document } = parseHTML(html);
    const rec = recordableBlocks(analyzeDocument(document as unknown as Document).blocks);
    blocks += rec.length;
    article += rec.filter((b) => b.article).length;
  }
  return { blocks: Math.round(blocks / files.length), article: Math.round(article / files.length), source: `${files.length} AEB pages` };
}

// --- synthetic pages -----------------------------------------------------------------------------

let state = 0x9e3779b9;
const rnd = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state >>> 0;
};
const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
const randomFp = () => hex(rnd()) + hex(rnd());
const WORDS = ['minister', 'harbour', 'budget', 'election', 'talks', 'market', 'council', 'storm', 'court', 'trade'];

interface Shape {
  blocks: number;
  article: number;
}

function page(i: number, siteId: number, shape: Shape, templates: Map<number, string[]>) {
  const site = `site-${siteId}-news.com`;
  let t = templates.get(siteId);
  if (!t) templates.set(siteId, (t = Array.from({ length: shape.blocks - shape.article }, randomFp)));
  const slug = Array.from({ length: 6 }, () => WORDS[rnd() % WORDS.length]).join('-');
  const url = `https://www.${site}/news/2025/03/${slug}-${100000 + i}`;
  const blocks: RecordedBlock[] = [];
  for (let k = 0; k < shape.article; k++) blocks.push({ fp: randomFp(), article: true });
  for (const fp of t) blocks.push({ fp, article: false });
  return { url, site, blocks };
}

function build(pages: number, sites: number, shape: Shape, capBytes: number): { store: MemoryStore; templates: Map<number, string[]>; ms: number } {
  const store = new MemoryStore({ capBytes });
  const templates = new Map<number, string[]>();
  const t0 = performance.now();
  for (let i = 0; i < pages; i++) {
    const p = page(i, i % sites, shape, templates);
    store.record({ ...p, time: Date.UTC(2025, 0, 1) + i * 60_000 });
  }
  return { store, templates, ms: performance.now() - t0 };
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}
const round = (ms: number) => Math.round(ms * 1000) / 1000;
const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const shape = calibrate();
  const out: Record<string, unknown> = { shape };
  if (!JSON_OUT) console.log(`Page shape: ${shape.blocks} recorded blocks, ${shape.article} of them article paragraphs (${shape.source}).\n`);

  // Size per 1,000 pages: the first 1,000 (templates not yet amortised) and the steady state.
  const sizeRows: { sites: number; pages: number; bytes: number; per1000: number }[] = [];
  for (const sites of [20, 200]) {
    for (const pages of [1_000, 10_000]) {
      const { store } = build(pages, sites, shape, 1 << 30);
      const bytes = store.toJson().length;
      sizeRows.push({ sites, pages, bytes, per1000: Math.round((bytes / pages) * 1000) });
    }
  }
  out.size = sizeRows;
  if (!JSON_OUT) {
    console.log('Store size (JSON document, the CLI file and the export; IndexedDB holds the same payloads as bytes, 3/4 of this)');
    console.log('| sites | pages | size | per 1,000 pages |');
    console.log('|---:|---:|---:|---:|');
    for (const r of sizeRows) console.log(`| ${r.sites} | ${r.pages.toLocaleString('en-US')} | ${mb(r.bytes)} | ${kb(r.per1000)} |`);
    console.log('');
  }

  const lookupRows: Record<string, unknown>[] = [];
  for (const sites of SITE_COUNTS) {
    // Uncapped, so all 50,000 pages are remembered; the 25 MB default is reported beside it.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const { store, templates, ms } = build(PAGES, sites, shape, 1 << 30);
    store.seenElsewhere([], null);
    gc?.();
    const heap = gc ? process.memoryUsage().heapUsed - heap0 : NaN;
    const json = store.toJson();
    const snapshot: number[] = [];
    const view: number[] = [];
    const elsewhere: number[] = [];
    const record: number[] = [];
    let found = 0;
    for (let i = 0; i < 1_000; i++) {
      const p = page(PAGES + i, (i * 7919) % sites, shape, templates);
      // A tenth of the new pages carry a story already seen on another site.
      if (i % 10 === 0) {
        const other = store.blocksOf(`site-${(i * 7919 + 1) % sites}-news.com`).filter(([, b]) => b.article && b.pages.length === 1).slice(0, shape.article);
        p.blocks.splice(0, other.length, ...other.map(([fp]) => ({ fp, article: true })));
      }
      let t = performance.now();
      store.snapshot(p.url, p.site);
      snapshot.push(performance.now() - t);
      t = performance.now();
      const v = store.view(p.url, p.site)!;
      for (const b of p.blocks) v.pagesWithBlock(b.fp);
      view.push(performance.now() - t);
      t = performance.now();
      if (store.seenElsewhere(articleFingerprints(p.blocks), p.site).length) found++;
      elsewhere.push(performance.now() - t);
      t = performance.now();
      store.record({ ...p, time: Date.now() });
      record.push(performance.now() - t);
    }
    // A restarted service worker: the index, then one site, then the snapshot.
    const kv = new MapKV();
    const warm = new PersistedMemory(kv);
    await warm.importJson(json);
    const cold: number[] = [];
    for (let i = 0; i < 50; i++) {
      const m = new PersistedMemory(kv);
      const p = page(PAGES + 5000 + i, (i * 31) % sites, shape, templates);
      const t = performance.now();
      await m.snapshot(p.url);
      cold.push(performance.now() - t);
    }
    const coldReport: number[] = [];
    for (let i = 0; i < 5; i++) {
      const m = new PersistedMemory(kv);
      const p = page(PAGES + 6000 + i, (i * 31) % sites, shape, templates);
      const t = performance.now();
      await m.recordPage(p.url, p.blocks, false);
      coldReport.push(performance.now() - t);
    }
    let t = performance.now();
    MemoryStore.fromJson(json);
    const loadMs = performance.now() - t;
    const capped = build(PAGES, sites, shape, 25 * 1024 * 1024).store;
    t = performance.now();
    const row = {
      sites,
      pages: PAGES,
      buildMs: Math.round(ms),
      bytes: json.length,
      heapBytes: heap,
      loadWholeFileMs: round(loadMs),
      snapshot: stats(snapshot),
      view: stats(view),
      seenElsewhere: stats(elsewhere),
      seenElsewhereFound: found,
      record: stats(record),
      coldStartSnapshot: stats(cold),
      coldStartReport: stats(coldReport),
      pagesKeptUnder25MB: capped.stats().pages,
    };
    lookupRows.push(row);
    if (!JSON_OUT) {
      const heapText = Number.isFinite(heap) ? `${mb(heap)} of heap` : 'heap not measured (run with --expose-gc)';
      console.log(`${PAGES.toLocaleString('en-US')} pages remembered on ${sites} sites: ${mb(json.length)} on disk, ${heapText}, built in ${(ms / 1000).toFixed(1)} s; whole file loads in ${loadMs.toFixed(0)} ms`);
      console.log('| per page | median ms | p95 ms |');
      console.log('|---|---:|---:|');
      for (const k of ['snapshot', 'view', 'seenElsewhere', 'record', 'coldStartSnapshot', 'coldStartReport'] as const) {
        const s = row[k] as { median: number; p95: number };
        console.log(`| ${k} | ${s.median} | ${s.p95} |`);
      }
      console.log(`(stories recognised on another site: ${found} of 100 planted; under the default 25 MB cap ${row.pagesKeptUnder25MB.toLocaleString('en-US')} of the ${PAGES.toLocaleString('en-US')} pages are kept)\n`);
    }
  }
  out.lookups = lookupRows;
  if (JSON_OUT) console.log(JSON.stringify(out, null, 2));
}

void main();
