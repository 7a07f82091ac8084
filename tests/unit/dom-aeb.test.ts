/**
 * The segmenter on real pages: the Scrapinghub AEB dataset (read from ../shared/datasets,
 * never copied here; skipped when absent). Each ground-truth paragraph must come out as
 * whole blocks: not merged with navigation text, not split mid-sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/dom/segment';
import { decodeBytes } from '../../src/io/decode';
import { parsers } from '../fixtures/dom/parse';

const DIR = fileURLToPath(new URL('../../../shared/datasets/scrapinghub-aeb/', import.meta.url));
const present = existsSync(`${DIR}ground-truth.json`);
const truth: Record<string, { url: string; articleBody: string }> = present
  ? JSON.parse(readFileSync(`${DIR}ground-truth.json`, 'utf8'))
  : {};

/** The benchmark's tokens ([\p{L}\p{N}_]+), so quirks of spacing in the ground truth don't count. */
const tokens = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
const load = (prefix: string) => {
  const id = Object.keys(truth).find((k) => k.startsWith(prefix));
  if (!id) throw new Error(`no AEB page ${prefix}`);
  const html = decodeBytes(gunzipSync(readFileSync(`${DIR}html/${id}.html.gz`)), true);
  const paragraphs = truth[id].articleBody.split(/\n+/).map(tokens).filter(Boolean);
  return { html, url: truth[id].url, paragraphs };
};

// One page per site, each paragraph of the ground truth a block of its own.
const WHOLE = [
  'ad826691a8a2', // 9to5mac
  '5fa5679de56c', // gizmodo
  'd1c57d7821e5', // spacenews
  'e100c9612ad8', // wccftech
  'f81c6c05d9cb', // businessinsider (48 paragraphs)
  '291a8bf33ee4', // crn
  '7dfc3e359d7c', // foxnews
  '65408257dbe4', // moneycontrol
  '04a6711caa7c', // nytimes
  '57d46c9d751e', // reuters
  '0d46122928b6', // sportsnet
  'd0382c0d9573', // timesunion
];
// Pages whose ground truth breaks lines at single <br>: each line sits inside one block
// (a single <br> is a space) whose other words are article words too.
const LINES = ['20b2b64916b0', '21486419bb10', 'ac1bfdd4c510', 'cc03ddb5ef7d'];

describe.skipIf(!present)('segmentDocument on AEB pages', () => {
  it.each(WHOLE)('%s: every ground-truth paragraph is a block', (prefix) => {
    const { html, url, paragraphs } = load(prefix);
    const blocks = new Set(segmentDocument(parsers.linkedom(html), { url }).page.blocks.map((b) => tokens(b.text)));
    expect(paragraphs.filter((p) => !blocks.has(p))).toEqual([]);
  });

  it.each(LINES)('%s: every ground-truth line lies inside one block of article text', (prefix) => {
    const { html, url, paragraphs } = load(prefix);
    const texts = segmentDocument(parsers.linkedom(html), { url }).page.blocks.map((b) => tokens(b.text));
    const article = new Set(paragraphs.join(' ').split(' '));
    for (const p of paragraphs) {
      const host = texts.find((t) => ` ${t} `.includes(` ${p} `));
      expect(host, p).toBeDefined();
      const foreign = host!.split(' ').filter((w) => !article.has(w));
      expect(foreign, p).toEqual([]);
    }
  });

  it('reads a real page identically on jsdom and linkedom', { timeout: 60_000 }, () => {
    for (const prefix of ['04a6711caa7c', '20b2b64916b0']) {
      const { html, url } = load(prefix);
      const a = segmentDocument(parsers.jsdom(html, url), { url });
      const b = segmentDocument(parsers.linkedom(html), { url });
      expect(a.page).toEqual(b.page);
      expect(a.elementExclusive).toEqual(b.elementExclusive);
    }
  });
});
