/**
 * The speed benchmark's pages, read in place from `../shared/datasets`
 * (`WINNOW_DATASETS` overrides): every Scrapinghub AEB page and a fixed sample
 * of WCXB dev pages (every third id in sorted order: 237 of 711).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function datasetsRoot(): string {
  return process.env.WINNOW_DATASETS ? resolve(process.env.WINNOW_DATASETS) : resolve(REPO_ROOT, '../shared/datasets');
}

export interface SpeedPage {
  /** 'aeb/<id>' or 'wcxb/<id>'. */
  name: string;
  file: string;
  /** The page's original address when the ground truth knows it. */
  url: string | null;
}

/** Every third WCXB page (sorted ids), so the sample is fixed and spread over the set. */
export const WCXB_STRIDE = 3;

function listHtml(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort() : [];
}

export function speedPages(opts: { aeb?: boolean; wcxb?: boolean; limit?: number } = {}): SpeedPage[] {
  const root = datasetsRoot();
  const out: SpeedPage[] = [];
  if (opts.aeb !== false) {
    const dir = join(root, 'scrapinghub-aeb');
    let truth: Record<string, { url?: string }> = {};
    try {
      truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
    } catch {
      // no ground truth: pages without their address
    }
    let files = listHtml(join(dir, 'html'));
    if (opts.limit) files = files.slice(0, opts.limit);
    for (const f of files) {
      const id = f.slice(0, -'.html.gz'.length);
      out.push({ name: `aeb/${id}`, file: join(dir, 'html', f), url: truth[id]?.url ?? null });
    }
  }
  if (opts.wcxb !== false) {
    const dir = join(root, 'wcxb-dev');
    let files = listHtml(join(dir, 'html')).filter((_, i) => i % WCXB_STRIDE === 0);
    if (opts.limit) files = files.slice(0, opts.limit);
    for (const f of files) {
      const id = f.slice(0, -'.html.gz'.length);
      let url: string | null = null;
      try {
        url = (JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as { url?: string }).url ?? null;
      } catch {
        // unknown address
      }
      out.push({ name: `wcxb/${id}`, file: join(dir, 'html', f), url });
    }
  }
  return out;
}

/** The page's bytes as saved (gunzipped, not decoded: the browser reads the page's own charset). */
export function pageBytes(p: SpeedPage): Buffer {
  return gunzipSync(readFileSync(p.file));
}
