/**
 * The segmenter in slices (SegmentJob) reads a page exactly as segmentDocument
 * does in one go, however often it pauses; and links resolved when read carry
 * the same addresses the resolver gives. No timings are asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/analyze-page';
import { SegmentJob, segmentDocument, type Segmentation } from '../../src/dom/segment';
import { makeUrlResolver } from '../../src/dom/urls';
import { decodeBytes } from '../../src/io/decode';

const ROOT = resolve(import.meta.dirname, '../..');
const DATASETS = resolve(ROOT, '../shared/datasets');

const PAGES: [string, () => string][] = [
  ['samples/menafn-lavrov.html', () => readFileSync(join(ROOT, 'samples/menafn-lavrov.html'), 'utf8')],
  ['samples/kenyastar-lavrov.html', () => readFileSync(join(ROOT, 'samples/kenyastar-lavrov.html'), 'utf8')],
  [
    'nested and broken markup',
    () =>
      `<html><body><div class="a"><p>One <a href="/x">link</a> and <b>bold <i>text</i></b></p>${'<div>'.repeat(300)}deep text${'</div>'.repeat(300)}` +
      `<ul>${Array.from({ length: 400 }, (_, i) => `<li><a href="item/${i}?q=${i}#f">Item ${i}</a> <img src="i${i}.png" alt="i"></li>`).join('')}</ul>` +
      `<figure><img src="f.jpg"><figcaption>Caption</figcaption></figure>text<br><br>after<p>unclosed<table><tr><td>cell</table></div></body></html>`,
  ],
];
for (const rel of ['wcxb-dev/html/0005.html.gz', 'scrapinghub-aeb/html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz']) {
  const file = join(DATASETS, rel);
  if (existsSync(file)) PAGES.push([rel, () => decodeBytes(gunzipSync(readFileSync(file)), true)]);
}

/** Everything a segmentation says, links' hrefs read through their getters. */
function plain(s: Segmentation): unknown {
  return JSON.parse(JSON.stringify({ page: s.page, exclusive: s.elementExclusive }));
}

function sliced(doc: Document, every: number): { seg: Segmentation; steps: number } {
  const job = new SegmentJob(doc, { url: 'https://www.example.com/news/story.html' });
  let asked = 0;
  let steps = 0;
  for (;;) {
    steps++;
    const seg = job.step(() => ++asked % every === 0);
    if (seg) return { seg, steps };
    if (steps > 100_000) throw new Error('no progress');
  }
}

describe('speed: segmentation in slices', () => {
  for (const [name, html] of PAGES) {
    it(`reads ${name} in slices exactly as in one go`, () => {
      const doc = htmlToDocument(html());
      const whole = segmentDocument(doc, { url: 'https://www.example.com/news/story.html' });
      for (const every of [1, 3]) {
        const { seg, steps } = sliced(doc, every);
        // Pauses are asked for every 128 nodes: a page larger than that takes several steps.
        if (doc.getElementsByTagName('*').length > 256) expect(steps).toBeGreaterThan(1);
        expect(plain(seg)).toEqual(plain(whole));
        expect(seg.elements).toEqual(whole.elements);
        expect(seg.containerElements).toEqual(whole.containerElements);
      }
    });
  }

  it('gives each link the address the resolver makes of its href, when read', () => {
    const doc = htmlToDocument(
      '<html><head><base href="https://cdn.example.org/a/b/"></head><body><p><a href="../c?x=1#y">one</a> <a href="javascript:void(0)">two</a> <a href="//x.example.net/p">three</a> <a href="">four</a></p></body></html>',
    );
    const seg = segmentDocument(doc, { url: 'https://www.example.com/news/story.html' });
    const resolver = makeUrlResolver(doc, 'https://www.example.com/news/story.html');
    const links = seg.page.blocks[0]!.links;
    expect(links.map((l) => l.text)).toEqual(['one', 'two', 'three', 'four']);
    expect(links.map((l) => l.href)).toEqual(['../c?x=1#y', 'javascript:void(0)', '//x.example.net/p', ''].map((h) => resolver.href(h)));
    expect(JSON.parse(JSON.stringify(links))).toEqual(links.map((l) => ({ text: l.text, href: l.href })));
    expect(structuredClone(links)).toEqual(links.map((l) => ({ text: l.text, href: l.href })));
  });
});
