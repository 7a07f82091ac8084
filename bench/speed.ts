/**
 * `npm run bench:speed`: Winnow's cost where it runs, in headless Chromium.
 *
 * 1. Pages (every Scrapinghub AEB page + every third WCXB dev page), served
 *    from 127.0.0.1 with page scripts blocked (CSP), per page, median of
 *    several rounds, each timed over enough repetitions to sit well above the
 *    browser's 0.1 ms timer resolution:
 *      engine       Winnow.analyzeDocument(document) from dist-engine/winnow.iife.js
 *                   (segmentation + scoring on the live DOM)
 *      readability  new Readability(clone).parse() on a fresh clone
 *      walk         one TreeWalker pass over every text node, hashing every character
 *      read         the same over elements too, reading each one's tag, class, id and role:
 *                   the floor of any engine that reads the DOM features a reader's eye uses
 * 2. Slices: the test build of the extension (dist-test/) loaded into Chromium,
 *    every page opened under a listed news host; the content script times each
 *    chunk of its own main-thread work (timings.longestSliceMs), and the page's
 *    long tasks are read from a PerformanceObserver.
 * 3. Scaling: synthetic pages of about 10 KB … 10 MB (bench/lib/speed-synth.ts), taking
 *    turns round after round, median per size.
 * 4. Size: the shipped content scripts (dist/), each with everything it imports, gzipped.
 *
 * Options: --json (print the summary JSON) · --limit N (first N pages of each dataset)
 * · --rounds R (default 5) · --min-ms M (per measurement, default 25)
 * · --skip pages,slices,scaling · --max-bytes B (largest synthetic page)
 * · --no-build · --pages-out FILE (per-page rows as JSON).
 * Always writes bench/results/speed.json. Timings are never asserted in tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { contentScriptEntries, ensureEngineBundle, ensureShippedBuild, scriptSize, type ScriptSize } from './lib/speed-build';
import { pageBytes, REPO_ROOT, speedPages, type SpeedPage } from './lib/speed-pages';
import { HARNESS_HTML, PROBE_SOURCE } from './lib/speed-probe';
import { loadCorpus, SCALING_SIZES, synthPage } from './lib/speed-synth';
import { median, percentile } from './lib/speed-stats';

interface Options {
  json: boolean;
  limit: number;
  rounds: number;
  minMs: number;
  skip: Set<string>;
  maxBytes: number;
  build: boolean;
  pagesOut: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, limit: 0, rounds: 5, minMs: 25, skip: new Set(), maxBytes: Infinity, build: true, pagesOut: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = (): string => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${k} needs a value`);
      return x;
    };
    if (k === '--json') o.json = true;
    else if (k === '--limit') o.limit = Number(v());
    else if (k === '--rounds') o.rounds = Math.max(1, Number(v()));
    else if (k === '--min-ms') o.minMs = Number(v());
    else if (k === '--skip') for (const s of v().split(',')) o.skip.add(s.trim());
    else if (k === '--max-bytes') o.maxBytes = Number(v());
    else if (k === '--no-build') o.build = false;
    else if (k === '--pages-out') o.pagesOut = v();
    else if (k === '--help' || k === '-h') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${k}`);
  }
  return o;
}

const log = (s: string): void => void process.stderr.write(`${s}\n`);

/** Warm-up per page and measurement kind: this long, or this many runs, whichever comes first. */
const WARM_MS = 30;
const WARM_REPS = 5;
/** Warm-up of the code at the start of a run, per kind, spread over the first pages. */
const GLOBAL_WARM_MS = 1500;

// --- a local server --------------------------------------------------------------------

class Pages {
  private readonly map = new Map<string, Buffer | string>();
  private server: Server | null = null;
  port = 0;
  set(path: string, body: Buffer | string): void {
    this.map.set(path, body);
  }
  delete(path: string): void {
    this.map.delete(path);
  }
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const body = this.map.get((req.url ?? '/').split('?')[0] as string);
      if (body === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      // Saved pages, measured as the DOM the page was saved with: the page's own scripts are blocked.
      // Bytes go out as saved, without a charset: the browser reads the page's own <meta charset>.
      res.writeHead(200, {
        'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'text/html',
        'content-security-policy': "script-src 'none'",
        'cache-control': 'no-store',
      });
      res.end(body);
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.port = (this.server.address() as AddressInfo).port;
  }
  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }
  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

async function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Everything but the local server is answered empty (saved pages link live stylesheets, images, fonts). */
async function isolate(page: Page, port: number): Promise<void> {
  await page.route(
    (url) => !(url.hostname === '127.0.0.1' && url.port === String(port)),
    (route) => route.abort(),
  );
}

// --- 1. pages ----------------------------------------------------------------------------

interface PageRow {
  name: string;
  bytes: number;
  elements: number;
  textNodes: number;
  blocks: number;
  engineMs: number;
  readabilityMs: number;
  walkMs: number;
  readMs: number;
  error?: string;
}

type RoundResult = Record<'walk' | 'read' | 'engine' | 'readability', { ms: number; reps: number }>;

/** A harness page with the probe, the engine bundle and Readability loaded: the code stays warm across pages. */
async function openHarness(browser: Browser, server: Pages, scripts: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await isolate(page, server.port);
  await page.goto(server.url('/harness'), { waitUntil: 'load' });
  for (const src of scripts) await page.evaluate(src);
  await page.evaluate(PROBE_SOURCE);
  return page;
}

async function loadTarget(page: Page, path: string): Promise<void> {
  await page.evaluate(`__winnowSpeed.load(${JSON.stringify(path)})`);
}

async function measurePages(pages: SpeedPage[], server: Pages, engineSrc: string, readabilitySrc: string, o: Options): Promise<PageRow[]> {
  let browser = await launchPlain();
  const scripts = [engineSrc, readabilitySrc];
  let page = await openHarness(browser, server, scripts);
  const kinds = ['walk', 'read', 'engine', 'readability'];
  // Warm the code up once for the run (its first runs are interpreted, then compiled and
  // optimised): every kind on the first few pages, about GLOBAL_WARM_MS each, not recorded.
  for (const p of pages.slice(0, 4)) {
    server.set('/warm', pageBytes(p));
    await loadTarget(page, '/warm');
    await page.evaluate(`__winnowSpeed.round(${JSON.stringify(kinds)}, ${GLOBAL_WARM_MS / 4}, 1000)`);
  }
  server.delete('/warm');
  const rows: PageRow[] = [];
  let k = 0;
  for (const p of pages) {
    k++;
    const bytes = pageBytes(p);
    const path = `/page/${k}`;
    server.set(path, bytes);
    const row: PageRow = { name: p.name, bytes: bytes.length, elements: 0, textNodes: 0, blocks: 0, engineMs: NaN, readabilityMs: NaN, walkMs: NaN, readMs: NaN };
    try {
      try {
        await loadTarget(page, path);
      } catch {
        // The browser went away (killed, crashed): start another and go on.
        await browser.close().catch(() => undefined);
        browser = await launchPlain();
        page = await openHarness(browser, server, scripts);
        await loadTarget(page, path);
      }
      const info = (await page.evaluate('__winnowSpeed.info()')) as { blocks: number; textNodes: number; elements: number };
      Object.assign(row, info);
      // A short warm-up on this page (its own shapes for the inline caches), then the measured
      // rounds; the order rotates so no measurement always follows the same one.
      await page.evaluate(`__winnowSpeed.round(${JSON.stringify(kinds)}, ${WARM_MS}, ${WARM_REPS})`);
      const per: Record<string, number[]> = { walk: [], read: [], engine: [], readability: [] };
      for (let r = 0; r < o.rounds; r++) {
        const order = kinds.slice(r % kinds.length).concat(kinds.slice(0, r % kinds.length));
        const res = (await page.evaluate(`__winnowSpeed.round(${JSON.stringify(order)}, ${o.minMs}, 5000)`)) as RoundResult;
        for (const kind of kinds) per[kind]!.push(res[kind as keyof RoundResult].ms);
      }
      row.walkMs = median(per.walk!);
      row.readMs = median(per.read!);
      row.engineMs = median(per.engine!);
      row.readabilityMs = median(per.readability!);
    } catch (e) {
      row.error = (e as Error).message.split('\n')[0];
    }
    rows.push(row);
    server.delete(path);
    if (!o.json || process.stderr.isTTY) {
      log(
        `${String(k).padStart(3)}/${pages.length} ${p.name.slice(0, 40).padEnd(40)} ${(row.bytes / 1024).toFixed(0).padStart(5)} KB  ` +
          `engine ${fmt(row.engineMs)}  readability ${fmt(row.readabilityMs)}  walk ${fmt(row.walkMs)}  read ${fmt(row.readMs)}${row.error ? `  ERROR ${row.error}` : ''}`,
      );
    }
  }
  await browser.close();
  return rows;
}

// --- 2. slices in the extension ------------------------------------------------------------

interface SliceRow {
  name: string;
  longestSliceMs: number;
  slices: number;
  segmentMs: number;
  engineMs: number;
  markMs: number;
  longTasks: number;
  longestTaskMs: number;
  error?: string;
}

const LONG_TASKS = `(() => {
  const seen = [];
  globalThis.__winnowLongTasks = seen;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

async function measureSlices(pages: SpeedPage[], o: Options): Promise<SliceRow[]> {
  // The browser tests' harness: dist-test/ (built when stale), listed hosts mapped to 127.0.0.1.
  const { FixtureServer, launch, hook, tabIdOf } = await import('../tests/browser/harness');
  const server = new FixtureServer();
  await server.start();
  const start = async () => {
    const harness = await launch(server);
    await harness.context.addInitScript(LONG_TASKS);
    return harness;
  };
  let h = await start();
  const host = 'www.menafn.com'; // a listed site: the content script starts by itself
  const rows: SliceRow[] = [];
  let k = 0;
  for (const p of pages) {
    k++;
    const path = `/speed/${k}`;
    server.page(path, pageBytes(p));
    const row: SliceRow = { name: p.name, longestSliceMs: NaN, slices: 0, segmentMs: NaN, engineMs: NaN, markMs: NaN, longTasks: 0, longestTaskMs: 0 };
    let page: Page;
    try {
      page = await h.context.newPage();
    } catch {
      // The browser went away (killed, crashed): start another and go on.
      await h.close().catch(() => undefined);
      h = await start();
      page = await h.context.newPage();
    }
    try {
      await page.goto(server.url(host, path), { waitUntil: 'load', timeout: 60_000 });
      const tab = await tabIdOf(h, page);
      const end = Date.now() + 30_000;
      let s: Awaited<ReturnType<typeof hook<'ping'>>> = null;
      while (Date.now() < end) {
        s = await hook(h, 'ping', tab).catch(() => null);
        if (s?.on && s.timings?.readyAt !== undefined) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      const t = s?.timings ?? {};
      if (t.readyAt === undefined) throw new Error(`not ready: ${JSON.stringify(s)}`);
      row.longestSliceMs = t.longestSliceMs ?? NaN;
      row.slices = t.slices ?? 0;
      row.segmentMs = t.segmentMs ?? NaN;
      row.engineMs = t.engineMs ?? NaN;
      row.markMs = t.markMs ?? NaN;
      const tasks = (await page.evaluate('globalThis.__winnowLongTasks || []')) as number[];
      row.longTasks = tasks.length;
      row.longestTaskMs = tasks.length ? Math.max(...tasks) : 0;
    } catch (e) {
      row.error = (e as Error).message.split('\n')[0];
    }
    rows.push(row);
    await page.close().catch(() => undefined);
    if (!o.json || process.stderr.isTTY) {
      log(
        `${String(k).padStart(3)}/${pages.length} ${p.name.slice(0, 40).padEnd(40)} longest slice ${fmt(row.longestSliceMs)} in ${row.slices} ` +
          `(segment ${fmt(row.segmentMs)}, engine ${fmt(row.engineMs)})  long tasks ${row.longTasks}${row.error ? `  ERROR ${row.error}` : ''}`,
      );
    }
  }
  await h.close();
  await server.stop();
  return rows;
}

// --- 3. scaling ----------------------------------------------------------------------------

interface ScaleRow {
  bytes: number;
  blocks: number;
  ms: number;
  msPerMb: number;
  walkMs: number;
}

async function measureScaling(server: Pages, engineSrc: string, o: Options): Promise<ScaleRow[]> {
  const corpus = loadCorpus();
  const browser = await launchPlain();
  const page = await openHarness(browser, server, [engineSrc]);
  const sizes = SCALING_SIZES.filter((s) => s <= o.maxBytes);
  // Warm the code on a mid-sized page first (not recorded).
  server.set('/synth', synthPage(300_000, corpus, 2));
  await loadTarget(page, '/synth');
  await page.evaluate(`__winnowSpeed.round(['walk', 'engine'], ${GLOBAL_WARM_MS}, 1000)`);
  const pagesHtml = sizes.map((size) => synthPage(size, corpus));
  const rounds = Math.max(3, o.rounds);
  const eng: number[][] = sizes.map(() => []);
  const walk: number[][] = sizes.map(() => []);
  const blocks: number[] = sizes.map(() => 0);
  // The sizes take turns, round after round (each time loaded afresh and warmed), so that a
  // slow spell of the machine falls on every size alike instead of on whichever size was
  // being measured then: the ratios between sizes are what this part reports.
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < sizes.length; k++) {
      server.set('/synth', pagesHtml[k] as string);
      await loadTarget(page, '/synth');
      if (r === 0) blocks[k] = ((await page.evaluate('__winnowSpeed.info()')) as { blocks: number }).blocks;
      await page.evaluate(`__winnowSpeed.round(['walk', 'engine'], ${WARM_MS}, ${WARM_REPS})`);
      const res = (await page.evaluate(`__winnowSpeed.round(['walk', 'engine'], ${Math.max(o.minMs, 100)}, 5000)`)) as RoundResult;
      (eng[k] as number[]).push(res.engine.ms);
      (walk[k] as number[]).push(res.walk.ms);
    }
  }
  const rows: ScaleRow[] = sizes.map((_, k) => {
    const bytes = Buffer.byteLength(pagesHtml[k] as string);
    const ms = median(eng[k] as number[]);
    return { bytes, blocks: blocks[k] as number, ms, msPerMb: ms / (bytes / 1e6), walkMs: median(walk[k] as number[]) };
  });
  for (const row of rows) {
    log(`scaling ${(row.bytes / 1e6).toFixed(3).padStart(7)} MB  ${String(row.blocks).padStart(6)} blocks  engine ${fmt(row.ms)}  ${row.msPerMb.toFixed(1)} ms/MB  walk ${fmt(row.walkMs)}`);
  }
  server.delete('/synth');
  await browser.close();
  return rows;
}

// --- report ---------------------------------------------------------------------------------

function fmt(ms: number): string {
  if (!Number.isFinite(ms)) return '    —   ';
  return `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms`.padStart(8);
}

const round3 = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const engineSrc = ensureEngineBundle(o.build);
  const readabilitySrc = readFileSync(join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const pages = speedPages({ limit: o.limit || undefined });
  const server = new Pages();
  server.set('/harness', HARNESS_HTML);
  await server.start();

  let rows: PageRow[] = [];
  if (!o.skip.has('pages')) rows = await measurePages(pages, server, engineSrc, readabilitySrc, o);
  let slices: SliceRow[] = [];
  if (!o.skip.has('slices')) slices = await measureSlices(pages, o);
  let scaling: ScaleRow[] = [];
  if (!o.skip.has('scaling')) scaling = await measureScaling(server, engineSrc, o);
  await server.stop();

  let sizes: ScriptSize[] = [];
  if (!o.skip.has('size')) {
    const dist = ensureShippedBuild(o.build);
    sizes = contentScriptEntries(dist).map((e) => scriptSize(dist, e));
  }

  const ok = rows.filter((r) => !r.error && Number.isFinite(r.engineMs) && Number.isFinite(r.readabilityMs));
  const engineMedianMs = median(ok.map((r) => r.engineMs));
  const readabilityMedianMs = median(ok.map((r) => r.readabilityMs));
  const walkMedianMs = median(ok.map((r) => r.walkMs));
  const readMedianMs = median(ok.map((r) => r.readMs));
  const okSlices = slices.filter((r) => !r.error && Number.isFinite(r.longestSliceMs));
  const sliceValues = okSlices.map((r) => r.longestSliceMs);
  const at = (b: number): ScaleRow | undefined => scaling.reduce<ScaleRow | undefined>((best, r) => (!best || Math.abs(Math.log(r.bytes / b)) < Math.abs(Math.log(best.bytes / b)) ? r : best), undefined);
  const s100k = at(100_000);
  const s10m = at(10_000_000);
  const contentScriptGzipBytes = sizes.length ? Math.max(...sizes.map((s) => s.gzipBytes)) : NaN;

  const summary = {
    pages: ok.length,
    engineMedianMs: round3(engineMedianMs),
    readabilityMedianMs: round3(readabilityMedianMs),
    walkMedianMs: round3(walkMedianMs),
    ratioVsReadability: round3(readabilityMedianMs / engineMedianMs),
    ratioVsWalk: round3(engineMedianMs / walkMedianMs),
    longestSliceP95Ms: round3(percentile(sliceValues, 0.95)),
    scaling: scaling.map((r) => ({ bytes: r.bytes, ms: round3(r.ms) })),
    contentScriptGzipBytes,
    // Beyond the contract's fields: what the figures rest on.
    details: {
      date: new Date().toISOString(),
      machine: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${process.platform}`,
      browser: '',
      node: process.version,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
      warmUp: `${GLOBAL_WARM_MS} ms per kind at the start of the run, then ${WARM_MS} ms or ${WARM_REPS} runs per kind and page`,
      rounds: o.rounds,
      minMsPerMeasurement: o.minMs,
      failedPages: rows.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`),
      // The floor of any engine that reads each element's tag, class, id and role (the DOM
      // features issue 2 asks for) and every character: Readability ÷ this is the most such
      // an engine could lead Readability by, before it segments or scores anything.
      readMedianMs: round3(readMedianMs),
      ratioReadabilityVsRead: round3(readabilityMedianMs / readMedianMs),
      ratioEngineVsRead: round3(engineMedianMs / readMedianMs),
      engineP95Ms: round3(percentile(ok.map((r) => r.engineMs), 0.95)),
      readabilityP95Ms: round3(percentile(ok.map((r) => r.readabilityMs), 0.95)),
      perPageRatioVsReadabilityMedian: round3(median(ok.map((r) => r.readabilityMs / r.engineMs))),
      perPageRatioVsWalkMedian: round3(median(ok.map((r) => r.engineMs / r.walkMs))),
      slicePages: okSlices.length,
      sliceFailures: slices.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`),
      longestSliceMaxMs: round3(sliceValues.length ? Math.max(...sliceValues) : NaN),
      longestSliceMedianMs: round3(median(sliceValues)),
      pagesOver50Ms: sliceValues.filter((x) => x > 50).length,
      pagesOver200Ms: sliceValues.filter((x) => x > 200).length,
      longTasksPages: okSlices.filter((r) => r.longTasks > 0).length,
      scalingMsPerMb: scaling.map((r) => ({ bytes: r.bytes, blocks: r.blocks, msPerMb: round3(r.msPerMb), walkMs: round3(r.walkMs) })),
      scalingRatio10MbVs100Kb: s100k && s10m && s10m !== s100k ? round3(s10m.msPerMb / s100k.msPerMb) : null,
      contentScripts: sizes,
    },
  };
  try {
    const b = await launchPlain();
    summary.details.browser = `Chromium ${b.version()}`;
    await b.close();
  } catch {
    // no version
  }

  const outDir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'speed.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (o.pagesOut) writeFileSync(o.pagesOut, `${JSON.stringify({ pages: rows, slices }, null, 2)}\n`);

  if (o.json) {
    const { details: _details, ...contract } = summary;
    process.stdout.write(`${JSON.stringify(contract)}\n`);
    return;
  }
  printTable(summary);
}

function printTable(s: {
  pages: number;
  engineMedianMs: number;
  readabilityMedianMs: number;
  walkMedianMs: number;
  ratioVsReadability: number;
  ratioVsWalk: number;
  longestSliceP95Ms: number;
  contentScriptGzipBytes: number;
  details: {
    date: string;
    machine: string;
    browser: string;
    longestSliceMaxMs: number;
    slicePages: number;
    readMedianMs: number;
    ratioReadabilityVsRead: number;
    ratioEngineVsRead: number;
    scalingMsPerMb: { bytes: number; blocks: number; msPerMb: number }[];
    scalingRatio10MbVs100Kb: number | null;
    contentScripts: ScriptSize[];
  };
}): void {
  const d = s.details;
  const mark = (ok: boolean | null): string => (ok === null ? ' ' : ok ? '✓' : '✗');
  const lines = [
    `Winnow speed — ${d.date.slice(0, 10)}, ${d.browser}, ${d.machine}`,
    '',
    '| measure | value | target | |',
    '|---|---:|---:|---|',
    `| pages (AEB + WCXB sample) | ${s.pages} | | |`,
    `| engine on the live DOM, median | ${s.engineMedianMs.toFixed(2)} ms | | |`,
    `| Readability parse(), median | ${s.readabilityMedianMs.toFixed(2)} ms | | |`,
    `| text walk (floor), median | ${s.walkMedianMs.toFixed(3)} ms | | |`,
    `| DOM read (tags, class/id/role, text), median | ${d.readMedianMs.toFixed(3)} ms | | |`,
    `| Readability ÷ DOM read (the most any engine reading those could reach) | ${d.ratioReadabilityVsRead.toFixed(1)}× | | |`,
    `| engine ÷ DOM read | ${d.ratioEngineVsRead.toFixed(1)}× | | |`,
    `| Readability ÷ engine | ${s.ratioVsReadability.toFixed(1)}× | ≥ 10× | ${mark(Number.isFinite(s.ratioVsReadability) ? s.ratioVsReadability >= 10 : null)} |`,
    `| engine ÷ walk | ${s.ratioVsWalk.toFixed(1)}× | ≤ 10× | ${mark(Number.isFinite(s.ratioVsWalk) ? s.ratioVsWalk <= 10 : null)} |`,
    `| longest main-thread slice, p95 (${d.slicePages} pages) | ${Number.isFinite(s.longestSliceP95Ms) ? s.longestSliceP95Ms.toFixed(1) : '—'} ms | ≤ 50 ms | ${mark(Number.isFinite(s.longestSliceP95Ms) ? s.longestSliceP95Ms <= 50 : null)} |`,
    `| longest main-thread slice, max | ${Number.isFinite(d.longestSliceMaxMs) ? d.longestSliceMaxMs.toFixed(1) : '—'} ms | ≤ 200 ms | ${mark(Number.isFinite(d.longestSliceMaxMs) ? d.longestSliceMaxMs <= 200 : null)} |`,
    `| time/MB at 10 MB ÷ at 100 KB | ${d.scalingRatio10MbVs100Kb === null ? '—' : `${d.scalingRatio10MbVs100Kb.toFixed(2)}×`} | ≤ 1.5× | ${mark(d.scalingRatio10MbVs100Kb === null ? null : d.scalingRatio10MbVs100Kb <= 1.5)} |`,
    `| content script, gzipped (largest entry + imports) | ${Number.isFinite(s.contentScriptGzipBytes) ? `${(s.contentScriptGzipBytes / 1024).toFixed(1)} KB` : '—'} | ≤ 40 KB | ${mark(Number.isFinite(s.contentScriptGzipBytes) ? s.contentScriptGzipBytes <= 40 * 1024 : null)} |`,
  ];
  if (d.scalingMsPerMb.length) {
    lines.push('', '| synthetic page | blocks | ms/MB |', '|---:|---:|---:|');
    for (const r of d.scalingMsPerMb) lines.push(`| ${r.bytes >= 1e6 ? `${(r.bytes / 1e6).toFixed(1)} MB` : `${(r.bytes / 1e3).toFixed(0)} KB`} | ${r.blocks} | ${r.msPerMb.toFixed(1)} |`);
  }
  if (d.contentScripts.length) {
    lines.push('', '| content script | files | bytes | gzipped |', '|---|---:|---:|---:|');
    for (const c of d.contentScripts) lines.push(`| ${c.entry} | ${c.files.length} | ${c.bytes} | ${c.gzipBytes} |`);
  }
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
