/**
 * Engine debugging aid: show every block of one dataset page with its verdict,
 * reasons and container, and mark blocks whose text is in the ground truth.
 *   npx tsx scripts/inspect-page.ts <id-prefix | injected-page.html> [aeb|wcxb]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../src/io/decode';
import { analyzeSegmented } from '../src/dom/analyze-document';

const [prefix = '', which = 'aeb'] = process.argv.slice(2);
const root = new URL('../../shared/datasets/', import.meta.url).pathname;
const dir = which === 'aeb' ? `${root}scrapinghub-aeb/html/` : `${root}wcxb-dev/html/`;
// A path to an .html file (an injected page from `bench:quality -- --dump DIR`) is read as it is,
// with the ground truth of the dataset page it was made from (named in the file name).
const injected = prefix.endsWith('.html') ? prefix : null;
const idPrefix = injected ? /([0-9a-f]{4,})\.html$/.exec(injected)?.[1] ?? '' : prefix;
const file = readdirSync(dir).find((f) => f.startsWith(idPrefix));
if (!file) throw new Error('no page ' + prefix);
const id = file.replace(/\.html\.gz$/, '');
const html = injected ? readFileSync(injected, 'utf8') : decodeBytes(gunzipSync(readFileSync(dir + file)), true);
let truth = '';
let url: string | null = null;
if (which === 'aeb') {
  const gt = JSON.parse(readFileSync(`${root}scrapinghub-aeb/ground-truth.json`, 'utf8'))[id];
  truth = gt.articleBody;
  url = gt.url;
} else {
  const gt = JSON.parse(readFileSync(`${root}wcxb-dev/ground-truth/${id}.json`, 'utf8'));
  truth = gt.main_content;
  url = gt.url;
}
const { document } = parseHTML(html);
const { analysis, segmentation } = analyzeSegmented(document as unknown as Document, { url });
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const T = norm(truth);
const cs = segmentation.page.containers;
const path = (c: number) => {
  const out: string[] = [];
  for (let i = 0; c >= 0 && i < 4; i++, c = cs[c]!.parent) out.push(cs[c]!.tag + (cs[c]!.words.length ? '.' + cs[c]!.words.slice(0, 3).join('.') : ''));
  return out.join('<');
};
console.log(url, 'title:', analysis.title, 'stats', JSON.stringify(analysis.stats));
for (const b of analysis.blocks) {
  const inTruth = T.includes(norm(b.text).slice(0, 60)) ? 'T' : ' ';
  const blk = segmentation.page.blocks[b.id]!;
  const flag = (inTruth === 'T') !== (b.verdict === 'content') ? '!!' : '  ';
  console.log(`${flag}${inTruth} ${String(b.id).padStart(3)} ${b.verdict.slice(0, 4)} ${b.kind.slice(0, 4)} ${b.text.slice(0, 70).padEnd(70)} | ${b.reasons.map((r) => r.code).join(',')} | ${path(blk.features.container)}`);
}

// Region internals, for tuning.
import { measure } from '../src/engine/measure';
import { buildTree } from '../src/engine/tree';
import { findRegion } from '../src/engine/region';
import { settingsFor } from '../src/engine/settings';
import { textEvidence } from '../src/engine/chrome';
{
  const s = settingsFor('balanced');
  const items = segmentation.page.blocks.map((b) => measure(b, null));
  const tree = buildTree(cs);
  const excluded = new Uint8Array(items.map((m) => (textEvidence(m, s).some((e) => e.weight >= s.flagInRegion) ? 1 : 0)));
  const r = findRegion(items, tree, s, 0, excluded);
  console.log('region', r.view, 'root', r.root, r.root >= 0 ? path(r.root) : '', 'span', r.first, r.last);
}
