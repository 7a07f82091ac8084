/**
 * The memory in the CLI: `winnow analyze --memory FILE` analyses each page
 * with the memory's view of its site, then records it, in input order; and
 * `winnow memory stats|clear FILE`.
 *
 * A page's address: `--url`, else its canonical link or og:url (the page
 * hints), else its file name. Only a page with a web address belongs to a site;
 * a page known only by its file name is still compared with the sites in the
 * memory (syndication) but is not recorded, since it has no site to learn for.
 */
import { segmentDocument } from '../dom/segment';
import { analyze, textToPage } from '../engine/index';
import type { Analysis, PageInput } from '../engine/types';
import { htmlToDocument } from '../cli/analyze-page';
import type { LoadedPage } from '../cli/inputs';
import { loadMemoryFile, saveMemoryFile } from './file-store';
import { articleFingerprints, recordableBlocks } from './select';
import type { MemoryStore } from './store';
import type { MemoryNote } from './types';
import { siteOfUrl } from './url';

export interface MemoryAnalysis {
  analysis: Analysis;
  note: MemoryNote;
  /** The address the page was remembered under (null: known by file name only, not recorded). */
  url: string | null;
  site: string | null;
}

export function analyzeWithMemory(
  page: LoadedPage,
  opts: { url: string | null; file: string; now?: number },
  store: MemoryStore,
): MemoryAnalysis {
  let input: PageInput;
  if (page.format === 'text') input = textToPage(page.text, { url: opts.url });
  else input = segmentDocument(htmlToDocument(page.text), { url: opts.url }).page;
  const url = opts.url ?? input.hints.url ?? null;
  const site = siteOfUrl(url);
  const view = url && site ? store.view(url, site) : null;
  const analysis = analyze(input, view ? { memory: view } : {});
  const blocks = recordableBlocks(analysis.blocks, store.options.storeText);
  const seenElsewhere = store.seenElsewhere(articleFingerprints(blocks), site);
  if (url && site) store.record({ url, site, time: opts.now ?? Date.now(), blocks });
  return { analysis, note: { seenElsewhere }, url: url && site ? url : null, site };
}

export { loadMemoryFile, saveMemoryFile };

// --- winnow memory stats|clear FILE ---------------------------------------------------------

export interface MemoryCommandIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export async function runMemoryCommand(
  action: string,
  file: string,
  flags: { json?: boolean; site?: string | null },
  io: MemoryCommandIO,
): Promise<number> {
  let loaded;
  try {
    loaded = await loadMemoryFile(file);
  } catch (e) {
    io.stderr(`winnow: ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const { store, problems, created } = loaded;
  for (const p of problems) io.stderr(`winnow: ${file}: ${p}\n`);

  if (action === 'stats') {
    if (created) {
      io.stderr(`winnow: ${file}: no such file\n`);
      return 1;
    }
    const s = store.stats();
    if (flags.json) {
      io.stdout(JSON.stringify({ file, ...s, problems }, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `${file}: ${plural(s.pages, 'page')} on ${plural(s.sites, 'site')}, ${plural(s.blocks, 'block')} (${plural(s.templateBlocks, 'template block')}), ${kb(s.bytes)} of ${kb(s.capBytes)}`,
    ];
    const rows = [...s.perSite].sort((a, b) => b.pages - a.pages || (a.site < b.site ? -1 : 1));
    const width = Math.max(4, ...rows.map((r) => r.site.length));
    for (const r of rows) {
      lines.push(`  ${r.site.padEnd(width)}  ${plural(r.pages, 'page').padStart(12)}  ${plural(r.blocks, 'block').padStart(14)}  ${String(r.templateBlocks).padStart(4)} template  ${kb(r.bytes).padStart(9)}`);
    }
    io.stdout(lines.join('\n') + '\n');
    return 0;
  }

  // clear
  let message: string;
  if (flags.site) {
    const site = siteOfUrl(/^https?:\/\//i.test(flags.site) ? flags.site : `https://${flags.site}/`);
    if (!site) {
      io.stderr(`winnow: '${flags.site}' is not a site name\n`);
      return 2;
    }
    message = store.forgetSite(site) ? `forgot ${site}` : `${site} was not remembered`;
  } else {
    store.clear();
    message = 'cleared';
  }
  try {
    await saveMemoryFile(file, store);
  } catch (e) {
    io.stderr(`winnow: ${file}: could not write the memory: ${(e as Error).message}\n`);
    return 1;
  }
  io.stdout(`${file}: ${message}\n`);
  return 0;
}
