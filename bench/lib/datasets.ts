/**
 * The benchmark datasets, read in place from `../shared/datasets` (relative to
 * the repository root; `WINNOW_DATASETS` overrides). Never copied into the repo.
 *
 * - scrapinghub-aeb: html/<id>.html.gz + ground-truth.json { id: { url, articleBody } }
 * - wcxb-dev:        html/<id>.html.gz + ground-truth/<id>.json { url, main_content, with, without, … }
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/io/decode';

export type DatasetName = 'aeb' | 'wcxb';

export interface BenchPage {
  dataset: DatasetName;
  id: string;
  url: string | null;
  /** Absolute path of the gzipped HTML. */
  file: string;
  /** Ground-truth article text (AEB articleBody / WCXB main_content). */
  truth: string;
  /** WCXB: snippets that must appear in the output. */
  with?: string[];
  /** WCXB: boilerplate snippets that must not. */
  without?: string[];
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function datasetsRoot(): string {
  return process.env.WINNOW_DATASETS ? resolve(process.env.WINNOW_DATASETS) : resolve(REPO_ROOT, '../shared/datasets');
}

const DIRS: Record<DatasetName, string> = { aeb: 'scrapinghub-aeb', wcxb: 'wcxb-dev' };

export function datasetDir(name: DatasetName): string {
  const dir = join(datasetsRoot(), DIRS[name]);
  if (!existsSync(dir)) throw new Error(`dataset ${name} not found at ${dir} (set WINNOW_DATASETS to the datasets folder)`);
  return dir;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
}

/** Pages sorted by id, so every run (and every --limit) sees the same order. */
export function loadAeb(): BenchPage[] {
  const dir = datasetDir('aeb');
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<string, { url?: unknown; articleBody?: unknown }>;
  const pages: BenchPage[] = [];
  for (const id of Object.keys(truth).sort()) {
    const file = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const t = truth[id];
    pages.push({ dataset: 'aeb', id, url: str(t.url) || null, file, truth: str(t.articleBody) });
  }
  return pages;
}

export function loadWcxb(): BenchPage[] {
  const dir = datasetDir('wcxb');
  const pages: BenchPage[] = [];
  const ids = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort();
  for (const id of ids) {
    const gt = join(dir, 'ground-truth', `${id}.json`);
    if (!existsSync(gt)) continue;
    const t = readJson(gt) as Record<string, unknown>;
    pages.push({
      dataset: 'wcxb',
      id,
      url: str(t.url) || null,
      file: join(dir, 'html', `${id}.html.gz`),
      truth: str(t.main_content),
      with: strings(t.with),
      without: strings(t.without),
    });
  }
  return pages;
}

export function loadDataset(name: DatasetName): BenchPage[] {
  return name === 'aeb' ? loadAeb() : loadWcxb();
}

/** The page's HTML, decoded as a browser would (BOM, then declared charset, else UTF-8). */
export function readPageHtml(file: string): string {
  return decodeBytes(gunzipSync(readFileSync(file)), true);
}
