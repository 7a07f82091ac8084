/**
 * Quality benchmark: Winnow beside Mozilla Readability.
 *
 *   npm run bench:quality -- [--only aeb,wcxb,rep] [--limit N] [--dom linkedom|jsdom]
 *                            [--pages] [--json] [--worst N] [--workers N] [--timeout S]
 *                            [--rep-wcxb N] [--seed N] [--dump DIR] [--out DIR]
 *
 * aeb   Scrapinghub Article Extraction Benchmark (181 pages): AEB shingle F1/P/R/accuracy.
 * wcxb  WCXB dev articles (711 pages): the same metric against main_content, plus
 *       `with` recall and `without` leak.
 * rep   Repetition benchmark: AEB pages + the first 100 WCXB pages with syndication
 *       repetition injected into the DOM (bench/lib/inject.ts); PASS when every original
 *       paragraph appears exactly once and no injected text appears.
 *
 * Winnow's text is `analyzeDocument(doc, { url }).cleanText`; Readability's is
 * `new Readability(doc).parse().textContent`. Each system parses its own copy of the
 * page with the same DOM implementation. A page that throws or times out counts as
 * empty output for that system and is reported.
 *
 * Always writes bench/results/quality.json (summary) and bench/results/quality-pages.json
 * (per page; `--out DIR` writes them elsewhere). `--dump DIR` also writes each system's raw
 * text per dataset in evaluate.py's output format ({ id: { articleBody } }), and each
 * injected page of the repetition benchmark as rep-<dataset>-<id>.html.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { loadAeb, loadWcxb, REPO_ROOT, type BenchPage, type DatasetName } from './lib/datasets';
import { SYSTEMS, type DomName, type Extraction, type SystemName } from './lib/extract';
import { checkRep, hashString, INJECTION_KINDS, mulberry32, planForPage, type InjectionKind, type RepSpec } from './lib/inject';
import type { InjectResult } from './lib/jobs';
import { aggregate, normalizeWs, scorePage, snippetHits, snippetRates, type Aggregate, type PageScore } from './lib/metric';
import { mapLimit, Pool } from './lib/pool';

// ---- options -------------------------------------------------------------------

type Part = DatasetName | 'rep';

interface Options {
  only: Part[];
  limit: number | null;
  dom: DomName;
  pages: boolean;
  json: boolean;
  worst: number;
  workers: number;
  timeoutS: number;
  repWcxb: number;
  seed: number;
  /** Folder for the raw outputs in evaluate.py's format: <dataset>-<system>.json = { id: { articleBody } }. */
  dump: string | null;
  /** Results folder (default bench/results). */
  out: string;
}

function usage(msg?: string): never {
  if (msg) console.error(`bench:quality: ${msg}`);
  console.error(
    'usage: npm run bench:quality -- [--only aeb,wcxb,rep] [--limit N] [--dom linkedom|jsdom] [--pages] [--json] [--worst N] [--workers N] [--timeout S] [--rep-wcxb N] [--seed N] [--dump DIR] [--out DIR]',
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    only: ['aeb', 'wcxb', 'rep'],
    limit: null,
    dom: 'linkedom',
    pages: false,
    json: false,
    worst: 0,
    workers: Math.max(1, Math.min(availableParallelism(), 8)),
    timeoutS: 0,
    repWcxb: 100,
    seed: 1,
    dump: null,
    out: join(REPO_ROOT, 'bench', 'results'),
  };
  const int = (v: string | undefined, name: string): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < 0) usage(`${name} needs a whole number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--only': {
        const parts = (value() ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        if (!parts.length || parts.some((p) => !['aeb', 'wcxb', 'rep'].includes(p))) usage('--only takes aeb, wcxb, rep (comma-separated)');
        o.only = parts as Part[];
        break;
      }
      case '--limit':
        o.limit = int(value(), '--limit');
        break;
      case '--dom': {
        const d = value();
        if (d !== 'linkedom' && d !== 'jsdom') usage('--dom takes linkedom or jsdom');
        o.dom = d;
        break;
      }
      case '--pages':
        o.pages = true;
        break;
      case '--json':
        o.json = true;
        break;
      case '--worst':
        o.worst = int(value(), '--worst');
        break;
      case '--workers':
        o.workers = int(value(), '--workers');
        break;
      case '--timeout':
        o.timeoutS = int(value(), '--timeout');
        break;
      case '--rep-wcxb':
        o.repWcxb = int(value(), '--rep-wcxb');
        break;
      case '--seed':
        o.seed = int(value(), '--seed');
        break;
      case '--dump':
        o.dump = value() ?? usage('--dump needs a folder');
        break;
      case '--out':
        o.out = resolve(value() ?? usage('--out needs a folder'));
        break;
      case '--help':
      case '-h':
        usage();
      default:
        usage(`unknown option ${a}`);
    }
  }
  if (!o.timeoutS) o.timeoutS = o.dom === 'jsdom' ? 300 : 120;
  return o;
}

// ---- per-page records -------------------------------------------------------------

interface SystemPage {
  precision: number | null;
  recall: number | null;
  f1: number;
  exact: boolean;
  chars: number;
  ms: number;
  error?: string;
  warning?: string;
  withMissed?: string[];
  withoutLeaked?: string[];
}

interface QualityPage {
  dataset: DatasetName;
  id: string;
  url: string | null;
  winnow: SystemPage;
  readability: SystemPage;
}

interface RepSystemPage {
  pass: boolean;
  /** The same paragraph check on the page before injection. */
  baselinePass: boolean;
  /** Original paragraphs missing / repeated in the output; kinds of injected text that leaked. */
  missing: number;
  repeated: number;
  leaked: InjectionKind[];
  failures: string[];
  baselineFailures: string[];
  ms: number;
  error?: string;
}

interface RepPage {
  dataset: 'rep';
  source: DatasetName;
  id: string;
  url: string | null;
  kinds: InjectionKind[];
  paragraphs: number;
  notes: string[];
  winnow: RepSystemPage;
  readability: RepSystemPage;
}

interface RepSkipped {
  source: DatasetName;
  id: string;
  reason: string;
}

// ---- summaries ------------------------------------------------------------------------

interface SystemSummary extends Aggregate {
  withRecall?: number | null;
  withoutLeak?: number | null;
  emptyOutputs: number;
  errors: { id: string; error: string }[];
  meanMs: number;
}

interface RepSystemSummary {
  pages: number;
  pass: number;
  passRate: number | null;
  baselinePass: number;
  baselinePassRate: number | null;
  /** Pass rate among pages whose un-injected original passes: repetition handling apart from extraction misses. */
  passRateWhereBaselinePasses: number | null;
  byKind: Record<string, { pages: number; pass: number; passRate: number | null }>;
  /** Pages where some original paragraph was missing / repeated; pages where each kind of injected text leaked. */
  pagesMissingParagraphs: number;
  pagesRepeatingParagraphs: number;
  leaks: Record<string, number>;
  errors: { id: string; error: string }[];
}

const rate = (a: number, b: number): number | null => (b ? a / b : null);

function summariseQuality(pages: QualityPage[], system: SystemName, isWcxb: boolean, truths: Map<string, BenchPage>): SystemSummary {
  // Unrounded page scores (the records keep 4 decimals).
  const scores: PageScore[] = pages.map((p) => exactScores.get(p)![system]);
  const summary: SystemSummary = {
    ...aggregate(scores),
    emptyOutputs: pages.filter((p) => p[system].chars === 0).length,
    errors: pages.filter((p) => p[system].error).map((p) => ({ id: p.id, error: p[system].error! })),
    meanMs: pages.length ? pages.reduce((a, p) => a + p[system].ms, 0) / pages.length : 0,
  };
  if (isWcxb) {
    let withFound = 0;
    let withTotal = 0;
    let withoutFound = 0;
    let withoutTotal = 0;
    for (const p of pages) {
      const t = truths.get(`${p.dataset}/${p.id}`)!;
      const nWith = (t.with ?? []).filter((s) => normalizeWs(s)).length;
      const nWithout = (t.without ?? []).filter((s) => normalizeWs(s)).length;
      withTotal += nWith;
      withFound += nWith - (p[system].withMissed?.length ?? 0);
      withoutTotal += nWithout;
      withoutFound += p[system].withoutLeaked?.length ?? 0;
    }
    Object.assign(summary, snippetRates({ withFound, withTotal, withoutFound, withoutTotal }));
  }
  return summary;
}

function summariseRep(pages: RepPage[], system: SystemName): RepSystemSummary {
  const byKind: RepSystemSummary['byKind'] = {};
  for (const k of INJECTION_KINDS) {
    const withKind = pages.filter((p) => p.kinds.includes(k));
    const pass = withKind.filter((p) => p[system].pass).length;
    byKind[k] = { pages: withKind.length, pass, passRate: rate(pass, withKind.length) };
  }
  const leaks: Record<string, number> = {};
  for (const k of INJECTION_KINDS) leaks[k] = pages.filter((p) => p[system].leaked.includes(k)).length;
  const pass = pages.filter((p) => p[system].pass).length;
  const baselinePass = pages.filter((p) => p[system].baselinePass).length;
  return {
    pages: pages.length,
    pass,
    passRate: rate(pass, pages.length),
    baselinePass,
    baselinePassRate: rate(baselinePass, pages.length),
    passRateWhereBaselinePasses: rate(pages.filter((p) => p[system].pass && p[system].baselinePass).length, baselinePass),
    byKind,
    pagesMissingParagraphs: pages.filter((p) => p[system].missing > 0).length,
    pagesRepeatingParagraphs: pages.filter((p) => p[system].repeated > 0).length,
    leaks,
    errors: pages.filter((p) => p[system].error).map((p) => ({ id: `${p.source}/${p.id}`, error: p[system].error! })),
  };
}

// ---- running -------------------------------------------------------------------------------

function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY) {
    if (done === total || done % 100 === 0) process.stderr.write(`${label}: ${done}/${total}\n`);
    return;
  }
  process.stderr.write(`\r${label}: ${done}/${total}${done === total ? '\n' : ''}`);
}

function systemPage(truth: BenchPage, out: Extraction, s: PageScore): SystemPage {
  const page: SystemPage = {
    precision: round4(s.precision),
    recall: round4(s.recall),
    f1: round4(s.f1)!,
    exact: s.exact,
    chars: out.text.length,
    ms: Math.round(out.ms),
  };
  if (out.error) page.error = out.error;
  if (out.warning) page.warning = out.warning;
  if (truth.dataset === 'wcxb') {
    page.withMissed = snippetHits(truth.with ?? [], out.text).missed;
    page.withoutLeaked = snippetHits(truth.without ?? [], out.text).found;
  }
  return page;
}

function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e4) / 1e4;
}

/** Each quality record's unrounded scores, for the means. */
const exactScores = new WeakMap<QualityPage, Record<SystemName, PageScore>>();

/** Extractions of unmodified dataset pages, kept so the rep baseline needn't redo them. */
const extractionCache = new Map<string, Extraction>();

async function extractBoth(pool: Pool, dom: DomName, page: BenchPage): Promise<Record<SystemName, Extraction>> {
  const outs = await Promise.all(
    SYSTEMS.map(async (system) => {
      const key = `${page.dataset}/${page.id}/${system}/${dom}`;
      const cached = extractionCache.get(key);
      if (cached) return cached;
      const out = await pool.run({ type: 'extract', system, dom, file: page.file, url: page.url });
      extractionCache.set(key, out);
      return out;
    }),
  );
  return { winnow: outs[0], readability: outs[1] };
}

async function runQuality(pool: Pool, o: Options, name: DatasetName, pages: BenchPage[]): Promise<QualityPage[]> {
  let done = 0;
  const dump: Record<SystemName, Record<string, { articleBody: string }>> = { winnow: {}, readability: {} };
  const results = await mapLimit(pages, Math.max(2, pool.size * 2), async (page) => {
    const outs = await extractBoth(pool, o.dom, page);
    progress(name, ++done, pages.length);
    if (o.dump) for (const system of SYSTEMS) dump[system][page.id] = { articleBody: outs[system].text };
    const scores = { winnow: scorePage(page.truth, outs.winnow.text), readability: scorePage(page.truth, outs.readability.text) };
    const record: QualityPage = {
      dataset: name,
      id: page.id,
      url: page.url,
      winnow: systemPage(page, outs.winnow, scores.winnow),
      readability: systemPage(page, outs.readability, scores.readability),
    };
    exactScores.set(record, scores);
    return record;
  });
  if (o.dump) {
    mkdirSync(o.dump, { recursive: true });
    for (const system of SYSTEMS) writeFileSync(join(o.dump, `${name}-${system}.json`), JSON.stringify(dump[system]));
  }
  return results;
}

/** First paragraph of a ground-truth text (for other pages' teasers). */
function leadOf(truth: string): string {
  return (
    truth
      .split(/\n\s*\n|\n/)
      .map((s) => normalizeWs(s))
      .find((s) => s.length >= 80) ?? ''
  );
}

async function runRep(pool: Pool, o: Options, sample: BenchPage[]): Promise<{ pages: RepPage[]; skipped: RepSkipped[] }> {
  const leads = sample.map((p) => leadOf(p.truth));
  const skipped: RepSkipped[] = [];
  let done = 0;
  const results = await mapLimit(sample, Math.max(2, pool.size * 2), async (page, k): Promise<RepPage | null> => {
    const rng = mulberry32(o.seed ^ hashString(`${page.dataset}/${page.id}`));
    const plan = planForPage(k, rng);
    const otherLeads: string[] = [];
    for (let d = 1; d < sample.length && otherLeads.length < 5; d++) {
      const lead = leads[(k + d * 7) % sample.length];
      if (lead && lead !== leads[k] && !otherLeads.includes(lead)) otherLeads.push(lead);
    }
    const injected: InjectResult = await pool.run({
      type: 'inject',
      dom: o.dom,
      file: page.file,
      url: page.url,
      truth: page.truth,
      plan,
      seed: Math.floor(rng() * 2 ** 32),
      otherLeads,
    });
    if (!injected.spec || !injected.html) {
      skipped.push({ source: page.dataset, id: page.id, reason: injected.skip ?? `inject failed: ${injected.error}` });
      progress('rep', ++done, sample.length);
      return null;
    }
    const spec: RepSpec = injected.spec;
    const html = injected.html;
    if (o.dump) {
      // The injected page itself, to read with scripts/inspect-page.ts when a page fails.
      mkdirSync(o.dump, { recursive: true });
      writeFileSync(join(o.dump, `rep-${page.dataset}-${page.id}.html`), html);
    }
    const [base, outs] = await Promise.all([
      extractBoth(pool, o.dom, page),
      Promise.all(SYSTEMS.map((system) => pool.run({ type: 'extract', system, dom: o.dom, html, url: page.url }))),
    ]);
    const rec = (i: number, system: SystemName): RepSystemPage => {
      const out = outs[i];
      const check = checkRep(spec, out.text);
      const baseline = checkRep({ paragraphs: spec.paragraphs, forbidden: [] }, base[system].text);
      const r: RepSystemPage = {
        pass: check.pass && !out.error,
        baselinePass: baseline.pass && !base[system].error,
        missing: check.missing,
        repeated: check.repeated,
        leaked: check.leaked,
        failures: check.failures,
        baselineFailures: baseline.failures,
        ms: Math.round(out.ms),
      };
      if (out.error) r.error = out.error;
      return r;
    };
    progress('rep', ++done, sample.length);
    return {
      dataset: 'rep',
      source: page.dataset,
      id: page.id,
      url: page.url,
      kinds: spec.kinds,
      paragraphs: spec.paragraphs.length,
      notes: spec.notes,
      winnow: rec(0, 'winnow'),
      readability: rec(1, 'readability'),
    };
  });
  const order = new Map(sample.map((p, i) => [`${p.dataset}/${p.id}`, i]));
  skipped.sort((a, b) => order.get(`${a.source}/${a.id}`)! - order.get(`${b.source}/${b.id}`)!);
  return { pages: results.filter((r): r is RepPage => r !== null), skipped };
}

// ---- printing ------------------------------------------------------------------------------

const f3 = (x: number | null | undefined): string => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(3));
const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

/** Columns of numbers (and —, %) are right-aligned, others left-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const numeric = rows[0].map((_, c) => rows.slice(1).every((r) => /^(-?[\d.]+%?( \(\d+\))?|—|)$/.test(r[c] ?? '')));
  return rows
    .map((r) => r.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

/** Write through a temporary file, so a reader (or a concurrent run) never sees half a file. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** HEAD, marked "+dirty" when src/ differs from it (the numbers then come from uncommitted code). */
function gitCommit(): string | null {
  try {
    const git = (args: string) => execSync(`git ${args}`, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const head = git('rev-parse --short HEAD');
    return git('status --porcelain -- src') ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

// ---- main ------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const pool = new Pool(o.workers, o.timeoutS * 1000);
  const cap = <T>(xs: T[]): T[] => (o.limit === null ? xs : xs.slice(0, o.limit));

  const truths = new Map<string, BenchPage>();
  const loaded: Partial<Record<DatasetName, BenchPage[]>> = {};
  const load = (name: DatasetName): BenchPage[] => {
    if (!loaded[name]) {
      loaded[name] = name === 'aeb' ? loadAeb() : loadWcxb();
      for (const p of loaded[name]!) truths.set(`${name}/${p.id}`, p);
    }
    return loaded[name]!;
  };

  const quality: Partial<Record<DatasetName, QualityPage[]>> = {};
  let rep: { pages: RepPage[]; skipped: RepSkipped[]; sample: number } | null = null;
  try {
    for (const name of ['aeb', 'wcxb'] as const) {
      if (o.only.includes(name)) quality[name] = await runQuality(pool, o, name, cap(load(name)));
    }
    if (o.only.includes('rep')) {
      const sample = cap([...load('aeb'), ...load('wcxb').slice(0, o.repWcxb)]);
      rep = { ...(await runRep(pool, o, sample)), sample: sample.length };
    }
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - t0) / 1000;

  // Summary.
  const datasets: Record<string, unknown> = {};
  const rows: string[][] = [['dataset', 'system', 'pages', 'F1', 'P', 'R', 'accuracy', 'with-recall', 'without-leak', 'empty', 'errors', 'ms/page']];
  for (const name of ['aeb', 'wcxb'] as const) {
    const pages = quality[name];
    if (!pages) continue;
    const systems: Record<string, SystemSummary> = {};
    for (const system of SYSTEMS) {
      const s = summariseQuality(pages, system, name === 'wcxb', truths);
      systems[system] = s;
      rows.push([
        name,
        system,
        String(s.pages),
        f3(s.f1),
        f3(s.precision),
        f3(s.recall),
        f3(s.accuracy),
        name === 'wcxb' ? f3(s.withRecall) : '',
        name === 'wcxb' ? f3(s.withoutLeak) : '',
        String(s.emptyOutputs),
        String(s.errors.length),
        s.meanMs.toFixed(0),
      ]);
    }
    datasets[name] = { pages: pages.length, systems };
  }
  let repRows: string[][] | null = null;
  if (rep) {
    const systems: Record<string, RepSystemSummary> = {};
    repRows = [['rep', 'system', 'pages', 'PASS', 'baseline', 'PASS|baseline', ...INJECTION_KINDS, 'missing¶', 'repeated¶', 'errors']];
    for (const system of SYSTEMS) {
      const s = summariseRep(rep.pages, system);
      systems[system] = s;
      repRows.push([
        'rep',
        system,
        String(s.pages),
        pct(s.passRate),
        pct(s.baselinePassRate),
        pct(s.passRateWhereBaselinePasses),
        ...INJECTION_KINDS.map((k) => `${pct(s.byKind[k].passRate)} (${s.byKind[k].pages})`),
        String(s.pagesMissingParagraphs),
        String(s.pagesRepeatingParagraphs),
        String(s.errors.length),
      ]);
    }
    datasets.rep = {
      sample: rep.sample,
      pages: rep.pages.length,
      skipped: rep.skipped,
      kinds: Object.fromEntries(INJECTION_KINDS.map((k) => [k, rep!.pages.filter((p) => p.kinds.includes(k)).length])),
      systems,
    };
  }

  const summary = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    dom: o.dom,
    options: { only: o.only, limit: o.limit, workers: o.workers, timeoutS: o.timeoutS, repWcxb: o.repWcxb, seed: o.seed },
    seconds: Math.round(seconds * 10) / 10,
    metric:
      'AEB (scrapinghub evaluate.py): word 4-gram shingle multisets over [\\p{L}\\p{N}_]+ tokens; mean per-page P and R (pages with a 0 denominator skipped), F1 = harmonic mean of the means, accuracy = share of exact token matches. WCXB with-recall / without-leak pooled over snippets (whitespace-normalised substring). rep: PASS = each original paragraph exactly once and no injected text.',
    datasets,
  };
  const qualityPages = [...(quality.aeb ?? []), ...(quality.wcxb ?? [])];
  mkdirSync(o.out, { recursive: true });
  writeAtomic(join(o.out, 'quality.json'), `${JSON.stringify(summary, null, 2)}\n`);
  // One page a line: small, greppable, and a diff between two runs shows the pages that changed.
  const records = [...qualityPages, ...(rep?.pages ?? [])].map((r) => JSON.stringify(r));
  writeAtomic(join(o.out, 'quality-pages.json'), `[\n${records.join(',\n')}\n]\n`);

  if (o.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`\nWinnow vs Readability — DOM: ${o.dom}, ${seconds.toFixed(1)} s, ${o.workers} worker(s)${o.limit !== null ? `, --limit ${o.limit}` : ''}\n`);
    if (rows.length > 1) console.log(table(rows));
    if (repRows) {
      console.log(
        `\nRepetition benchmark: ${rep!.pages.length} injected pages (${rep!.skipped.length} of ${rep!.sample} skipped: too few paragraphs identified).\n` +
          'PASS: every original paragraph exactly once, no injected text. baseline: the paragraph check on the page before injection.\n' +
          'PASS|baseline: PASS among pages whose baseline passes. Per kind: PASS rate (pages with that kind).',
      );
      console.log(table(repRows));
    }
    const errs = [...qualityPages.flatMap((p) => SYSTEMS.filter((s) => p[s].error).map((s) => `${p.dataset}/${p.id} ${s}: ${p[s].error}`))];
    const warns = [...new Set(qualityPages.flatMap((p) => SYSTEMS.filter((s) => p[s].warning).map(() => `${p.dataset}/${p.id}: ${p.winnow.warning ?? p.readability.warning}`)))];
    if (warns.length) console.log(`\nWarnings:\n  ${warns.join('\n  ')}`);
    if (errs.length) console.log(`\nErrors (counted as empty output):\n  ${errs.slice(0, 20).join('\n  ')}${errs.length > 20 ? `\n  … ${errs.length - 20} more in quality-pages.json` : ''}`);
  }

  if (o.pages) {
    const prow = (p: QualityPage): string[] => [
      p.dataset,
      p.id.slice(0, 16),
      f3(p.winnow.f1),
      f3(p.winnow.precision),
      f3(p.winnow.recall),
      f3(p.readability.f1),
      f3(p.readability.precision),
      f3(p.readability.recall),
      p.dataset === 'wcxb' ? `${p.winnow.withMissed?.length ?? 0}/${p.readability.withMissed?.length ?? 0}` : '',
      p.dataset === 'wcxb' ? `${p.winnow.withoutLeaked?.length ?? 0}/${p.readability.withoutLeaked?.length ?? 0}` : '',
      p.url ?? '',
    ];
    if (qualityPages.length) {
      console.log('\nPer page (W = Winnow, R = Readability; with-missed and without-leaked as W/R):');
      console.log(table([['dataset', 'id', 'W F1', 'W P', 'W R', 'R F1', 'R P', 'R R', 'missed', 'leaked', 'url'], ...qualityPages.map(prow)]));
    }
    if (rep?.pages.length) {
      console.log('\nRepetition, per page:');
      console.log(
        table([
          ['source', 'id', 'kinds', 'W', 'R', 'W failures'],
          ...rep.pages.map((p) => [
            p.source,
            p.id.slice(0, 16),
            p.kinds.join('+'),
            p.winnow.pass ? 'PASS' : 'fail',
            p.readability.pass ? 'PASS' : 'fail',
            p.winnow.failures.slice(0, 2).join(' | '),
          ]),
        ]),
      );
    }
  }

  if (o.worst > 0 && qualityPages.length) {
    const worst = qualityPages
      .map((p) => ({ p, gap: p.winnow.f1 - p.readability.f1 }))
      .sort((a, b) => a.gap - b.gap || a.p.winnow.f1 - b.p.winnow.f1)
      .slice(0, o.worst);
    console.log(`\nWorst ${worst.length} pages (Winnow F1 minus Readability F1):`);
    console.log(
      table([
        ['dataset', 'id', 'gap', 'W F1', 'W P', 'W R', 'R F1', 'url'],
        ...worst.map(({ p, gap }) => [
          p.dataset,
          p.id,
          gap.toFixed(3),
          f3(p.winnow.f1),
          f3(p.winnow.precision),
          f3(p.winnow.recall),
          f3(p.readability.f1),
          `${p.url ?? ''}${p.winnow.error ? `  [error: ${p.winnow.error}]` : ''}`,
        ]),
      ]),
    );
  }
  if (pool.failures) console.error(`\n${pool.failures} job(s) timed out or lost their worker (counted as empty output).`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
