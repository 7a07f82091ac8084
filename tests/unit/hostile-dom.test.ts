/**
 * The hostile corpus (tests/hostile/corpus.ts and the hand-made pages) through
 * the DOM segmenter and the engine, under both DOMs Winnow runs on outside a
 * browser. Each page must analyse without an exception and without a hang
 * (vitest's timeout), give a sound analysis (tests/hostile/check.ts), be read
 * the same way twice, and leave its document exactly as it was.
 *
 * jsdom parses the giant pages too, except the 10,000-deep one: jsdom's own
 * parser recurses while attaching a subtree and overflows the stack, so it
 * gets a 1,000-deep twin (linkedom, and Chromium in the browser test, take
 * the full depth).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeSegmented } from '../../src/dom/analyze-document';
import { deepPage, hostileCorpus } from '../hostile/corpus';
import { analysisProblems, serialise, untimed } from '../hostile/check';
import { parsers } from '../fixtures/dom/parse';

const URL_ = 'https://www.example.com/news/2025/03/12/story.html';

/** Where two lists first differ (short, so a failure does not print megabytes), or null. */
function firstDifference(a: string[], b: string[]): string | null {
  const cut = (s: string | undefined) => (s === undefined ? '(none)' : JSON.stringify(s.slice(0, 120)));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `block ${i}: ${cut(a[i])} vs ${cut(b[i])} (${a.length} vs ${b.length} blocks)`;
  }
  return null;
}
const corpus = hostileCorpus();

describe.each(['linkedom', 'jsdom'] as const)('hostile pages under %s', (dom) => {
  const parse = parsers[dom];
  for (const page of corpus) {
    const skip = dom === 'jsdom' && page.jsdomParses === false;
    const timeout = page.size === 'huge' ? 120_000 : 30_000;
    it.skipIf(skip)(`${page.name}`, { timeout }, () => {
      const doc = parse(page.html, URL_);
      const before = serialise(doc);
      const { analysis, segmentation } = analyzeSegmented(doc, { url: URL_ });
      expect(analysisProblems(analysis, segmentation.page)).toEqual([]);
      expect(segmentation.elements).toHaveLength(analysis.blocks.length);
      expect(serialise(doc)).toBe(before);
      if (page.name === 'paragraph-5mb') {
        expect(Math.max(...analysis.blocks.map((b) => b.text.length))).toBeGreaterThan(4_900_000);
      }
      if (page.size !== 'huge') {
        // Same page, same verdicts (timings aside).
        expect(untimed(analyzeDocument(doc, { url: URL_ }))).toEqual(untimed(analysis));
      }
    });
  }

  it.runIf(dom === 'jsdom')('a 1,000-deep page', { timeout: 120_000 }, () => {
    const doc = parse(deepPage(1_000), URL_);
    const before = serialise(doc);
    const a = analyzeDocument(doc, { url: URL_ });
    expect(analysisProblems(a)).toEqual([]);
    expect(a.blocks.length).toBeGreaterThanOrEqual(3);
    expect(serialise(doc)).toBe(before);
  });
});

describe('hostile pages: both DOMs agree where both parse to the same tree', () => {
  // jsdom follows the HTML parsing spec; linkedom does not (stray text, misnesting and
  // framesets come out differently), so only well-formed pages are compared.
  // nasty-chars holds U+0000, which the spec's tokenizer drops from text and linkedom keeps.
  const differ = new Set(['frameset', 'empty', 'whitespace-only', 'nasty-chars']);
  const wellFormed = corpus.filter((p) => p.size === 'small' && !p.name.startsWith('malformed-') && !differ.has(p.name));
  it.each(wellFormed.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const a = analyzeDocument(parsers.linkedom(page.html, URL_), { url: URL_ });
    const b = analyzeDocument(parsers.jsdom(page.html, URL_), { url: URL_ });
    expect(firstDifference(b.blocks.map((x) => `${x.verdict} ${x.text}`), a.blocks.map((x) => `${x.verdict} ${x.text}`))).toBeNull();
  });
});

describe('hostile pages: what they should read as', () => {
  const get = (name: string) => corpus.find((p) => p.name === name)!.html;
  const run = (name: string) => analyzeDocument(parsers.linkedom(get(name), URL_), { url: URL_ });

  it('empty and whitespace-only pages give no blocks and no clean text', () => {
    for (const name of ['empty', 'whitespace-only', 'empty-body', 'whitespace-body', 'malformed-only-doctype']) {
      const a = run(name);
      expect(a.blocks, name).toEqual([]);
      expect(a.cleanText, name).toBe('');
    }
  });

  it('every script survives into the blocks unchanged', async () => {
    const { SCRIPT_SAMPLES } = await import('../hostile/corpus');
    const a = run('all-scripts');
    // Blocks without a letter or a digit are dropped by design (src/dom/segment.ts):
    // emoji-only and Braille-only paragraphs give no block.
    const missing = Object.entries(SCRIPT_SAMPLES)
      .filter(([, sample]) => /[\p{L}\p{N}]/u.test(sample))
      .filter(([, sample]) => !a.blocks.some((b) => b.text.includes(sample)))
      .map(([script]) => script);
    expect(missing).toEqual([]);
  });

  it('right-to-left pages say so', () => {
    expect(run('rtl').dir).toBe('rtl');
    expect(run('hand-mixed-direction').dir).toBe('rtl');
  });

  it('script, style and template text never becomes a block', () => {
    const a = run('hand-scripts-and-styles-only');
    expect(a.blocks.map((b) => b.text).join(' ')).not.toMatch(/alert|for\(;;\)|background|Generated text|written by script/);
  });

});

describe('documents without an element', () => {
  // linkedom builds a Document whose only children are text nodes from a string with no
  // tags; the segmenter used to ask that Document for its class words and threw.
  it.each(['just text, no tags at all', '\u0000\u0001 binary < junk > & more', '<!-- only a comment -->'])('%j', (html) => {
    const doc = parsers.linkedom(html);
    const a = analyzeDocument(doc);
    expect(analysisProblems(a)).toEqual([]);
  });
});
