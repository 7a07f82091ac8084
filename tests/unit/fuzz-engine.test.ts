/**
 * Property-based fuzzing (fast-check) of the engine's invariants, over random
 * DOM trees (through the segmenter, linkedom and jsdom), random plain text and
 * random engine input built directly (blocks with random features inside a
 * random container tree):
 *  - every block gets exactly one verdict (ids dense, stats add up);
 *  - a duplicate points at an original that is `content`;
 *  - the clean text's blocks are a subsequence of the page's blocks;
 *  - the result is deterministic (timings aside): twice on the same input, and
 *    on a fresh parse of the same HTML;
 *  - the document is left as it was.
 *
 * Runs a fixed seed by default so CI is reproducible; FUZZ_SEED=<n> replays a
 * failure, FUZZ_SEED=random explores, FUZZ_RUNS scales the run count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { analyze, fingerprint, textToPage } from '../../src/engine/index';
import { emptyHints, makeBlock } from '../../src/engine/block';
import type { Analysis, BlockKind, Container, PageInput } from '../../src/engine/types';
import { parsers } from '../fixtures/dom/parse';
import { analysisProblems, serialise, untimed } from '../hostile/check';

const seedEnv = process.env.FUZZ_SEED;
const SEED = seedEnv === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : seedEnv ? Number(seedEnv) : 0x5eed_0007;
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const params = (runs: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.max(1, Math.round(runs * SCALE)) });

// --- text -----------------------------------------------------------------------------

/** Sentences that trip the engine's rules: article prose, chrome phrases, bylines, credits. */
const SENTENCES = [
  'The minister said on Tuesday that talks would continue next week despite growing pressure from partners.',
  'Partners in the region want a faster settlement of the dispute over grain exports and shipping routes.',
  'Officials said the shipping routes would stay closed for a third week as the talks went on in the capital.',
  'Subscribe to our newsletter for the latest news delivered to your inbox every morning.',
  'All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Read more',
  'Share this article on Facebook Twitter WhatsApp',
  'Most popular',
  'Related stories',
  'Advertisement',
  'By Jane Doe, Staff Reporter',
  'March 12, 2025 6:32 PM',
  'Source: RT.com',
  'Publish your news with us',
  'We use cookies to improve your experience on our site.',
  'The minister said on Tuesday that talks would continue next week…',
  '© 2025 Kenya Star',
  'قال الوزير إن المحادثات ستستمر الأسبوع المقبل رغم الضغوط المتزايدة.',
  'Министр заявил, что переговоры продолжатся на следующей неделе.',
  '部长表示，尽管压力越来越大，谈判下周仍将继续。',
];

const sentence = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  // A near-copy: one word changed, or cut off with an ellipsis.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SENTENCES), fc.nat(), fc.boolean()).map(([s, n, cut]) => {
    const w = s.split(' ');
    if (cut) return w.slice(0, Math.max(1, w.length - 1 - (n % 4))).join(' ') + '…';
    w[n % w.length] = 'changed';
    return w.join(' ');
  }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0', '\u200b', '…', '...', '|', '•', '\n', '\t', '-', '0', 'A') },
);

const paragraphText = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

// --- DOM trees ----------------------------------------------------------------------------

const BOX_TAGS = ['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'figure', 'form', 'blockquote', 'details', 'span', 'custom-el'];
const LEAF_TAGS = ['p', 'h1', 'h2', 'h3', 'li', 'figcaption', 'pre', 'td', 'dt', 'dd', 'blockquote', 'div', 'span', 'a', 'b', 'em', 'button', 'label', 'time', 'small'];
const CLASS_WORDS = ['article', 'content', 'story', 'body', 'footer', 'header', 'nav', 'menu', 'related', 'share', 'social', 'ad', 'promo', 'sidebar', 'comments', 'tags', 'cookie', 'newsletter', 'hidden', 'sr-only', 'byline', 'date', 'caption', '__proto__', 'constructor', 'x'];

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const attrs = fc
  .record({
    cls: fc.array(fc.constantFrom(...CLASS_WORDS), { maxLength: 3 }),
    id: fc.option(fc.constantFrom(...CLASS_WORDS), { nil: undefined }),
    role: fc.option(fc.constantFrom('navigation', 'main', 'complementary', 'contentinfo', 'banner', 'article', 'button'), { nil: undefined }),
    hidden: fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' hidden', ' aria-hidden="true"', ' style="display:none"') }),
    itemprop: fc.option(fc.constantFrom('articleBody', 'headline', 'author'), { nil: undefined }),
  })
  .map(({ cls, id, role, hidden, itemprop }) =>
    (cls.length ? ` class="${escapeAttr(cls.join(' '))}"` : '') +
    (id ? ` id="${escapeAttr(id)}"` : '') +
    (role ? ` role="${role}"` : '') +
    (itemprop ? ` itemprop="${itemprop}"` : '') +
    hidden,
  );

const leaf = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...LEAF_TAGS), attrs, paragraphText).map(([t, a, x]) => `<${t}${a}>${escapeText(x)}</${t}>`) },
  { weight: 2, arbitrary: paragraphText.map(escapeText) },
  { weight: 1, arbitrary: fc.tuple(paragraphText, fc.webUrl()).map(([x, u]) => `<a href="${escapeAttr(u)}">${escapeText(x)}</a>`) },
  { weight: 1, arbitrary: fc.constantFrom('<br>', '<br><br>', '<hr>', '<img src="/a.jpg" alt="A photo">', '<script>var x = "<p>no</p>"</script>', '<style>p{}</style>', '<!-- c -->', '<template><p>t</p></template>') },
);

const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...BOX_TAGS), attrs, fc.array(tie('node'), { maxLength: 5 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
  ),
})).node;

const head = fc
  .record({
    title: fc.option(fc.constantFrom(...SENTENCES), { nil: undefined }),
    lang: fc.option(fc.constantFrom('en', 'ar', 'ru', 'zh', 'xx', ''), { nil: undefined }),
    dir: fc.option(fc.constantFrom('rtl', 'ltr', 'auto'), { nil: undefined }),
    og: fc.option(fc.constantFrom(...SENTENCES), { nil: undefined }),
  })
  .map(({ title, lang, dir, og }) => ({
    htmlAttrs: (lang !== undefined ? ` lang="${lang}"` : '') + (dir ? ` dir="${dir}"` : ''),
    head: (title ? `<title>${escapeText(title)}</title>` : '') + (og ? `<meta property="og:title" content="${escapeAttr(og)}">` : ''),
  }));

const htmlPage = fc
  .tuple(head, fc.array(tree, { minLength: 0, maxLength: 8 }))
  .map(([h, body]) => `<!DOCTYPE html><html${h.htmlAttrs}><head><meta charset="utf-8">${h.head}</head><body>${body.join('')}</body></html>`);

// --- engine input built directly ------------------------------------------------------------

const KINDS: BlockKind[] = ['heading', 'paragraph', 'list-item', 'quote', 'caption', 'preformatted', 'table-cell', 'other'];

const pageInput: fc.Arbitrary<PageInput> = fc
  .record({
    containers: fc.array(
      fc.record({
        parentPick: fc.nat(),
        tag: fc.constantFrom('body', 'div', 'article', 'section', 'aside', 'footer', 'nav', 'ul', 'main', 'header'),
        role: fc.option(fc.constantFrom('main', 'navigation', 'complementary'), { nil: null }),
        words: fc.array(fc.constantFrom(...CLASS_WORDS), { maxLength: 3 }),
        itemprop: fc.constantFrom('', '', 'articlebody'),
        visible: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    blocks: fc.array(
      fc.record({
        text: paragraphText,
        kind: fc.constantFrom(...KINDS),
        containerPick: fc.nat(),
        headingLevel: fc.integer({ min: 0, max: 6 }),
        linkShare: fc.double({ min: 0, max: 1, noNaN: true }),
        linkCount: fc.nat({ max: 20 }),
        visible: fc.constantFrom(true, false, null),
        words: fc.array(fc.constantFrom(...CLASS_WORDS), { maxLength: 2 }),
        emphasized: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
    hints: fc.record({
      lang: fc.option(fc.constantFrom('en', 'ar', 'de', 'zh-Hant', 'xx-yy', ''), { nil: null }),
      headline: fc.option(fc.constantFrom(...SENTENCES), { nil: null }),
      siteName: fc.option(fc.constantFrom('Kenya Star', 'RT', ''), { nil: null }),
      url: fc.option(fc.webUrl(), { nil: null }),
    }),
  })
  .map(({ containers, blocks, hints }) => {
    const cs: Container[] = containers.map((c, id) => ({
      id,
      parent: id === 0 ? -1 : c.parentPick % id,
      tag: c.tag,
      role: c.role,
      words: c.words,
      itemprop: c.itemprop,
      visible: c.visible,
    }));
    const bs = blocks
      .map((b) => ({ ...b, text: b.text.replace(/\s+/g, ' ').trim() }))
      .filter((b) => b.text)
      .map((b, id) =>
        makeBlock(id, b.text, {
          kind: b.kind,
          tag: b.kind === 'heading' ? `h${Math.max(1, b.headingLevel)}` : 'p',
          headingLevel: b.kind === 'heading' ? Math.max(1, b.headingLevel) : 0,
          container: cs.length ? b.containerPick % cs.length : -1,
          linkChars: Math.round(b.text.length * b.linkShare),
          linkCount: b.linkCount,
          visible: b.visible,
          words: b.words,
          emphasized: b.emphasized,
        }),
      );
    return { blocks: bs, containers: cs, hints: { ...emptyHints(), ...hints } };
  });

// --- the properties -----------------------------------------------------------------------------

/** The clean text splits into blocks of the page, in page order (some blocks skipped). */
function isSubsequence(clean: string, texts: string[]): boolean {
  if (clean === '') return true;
  let pos = 0;
  let j = 0;
  while (pos < clean.length) {
    let found = false;
    for (; j < texts.length; j++) {
      const t = texts[j]!;
      const end = pos + t.length;
      if (clean.startsWith(t, pos) && (end === clean.length || clean.startsWith('\n\n', end))) {
        pos = end === clean.length ? end : end + 2;
        j++;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function checkAll(a: Analysis, input: PageInput): void {
  const problems = analysisProblems(a, input);
  if (!isSubsequence(a.cleanText, input.blocks.map((b) => b.text))) problems.push('cleanText is not a subsequence of the page blocks');
  expect(problems).toEqual([]);
}

describe(`fuzz (seed ${SEED})`, () => {
  it('engine input built directly', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(pageInput, fc.constantFrom('conservative', 'balanced', 'thorough') as fc.Arbitrary<'balanced'>, (page, sensitivity) => {
        const a = analyze(page, { sensitivity });
        checkAll(a, page);
        expect(untimed(analyze(page, { sensitivity }))).toEqual(untimed(a));
      }),
      params(400),
    );
  });

  it('with the reader\'s corrections and the site memory', { timeout: 120_000 }, () => {
    const extras = fc.record({
      corrections: fc.array(fc.tuple(fc.nat(), fc.constantFrom('keep', 'flag') as fc.Arbitrary<'keep' | 'flag'>), { maxLength: 6 }),
      template: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })), { maxLength: 8 }),
      threshold: fc.integer({ min: 2, max: 5 }),
    });
    fc.assert(
      fc.property(pageInput, extras, (page, x) => {
        const prints = page.blocks.map((b) => fingerprint(b.text));
        const pick = (k: number) => (prints.length ? prints[k % prints.length]! : 'ffffffffffffffff');
        const corrections = x.corrections.map(([k, action]) => ({ fingerprint: pick(k), action }));
        const pages = new Map(x.template.map(([k, n]) => [pick(k), n]));
        const memory = { site: 'example.com', templateThreshold: x.threshold, pagesWithBlock: (fp: string) => pages.get(fp) ?? 0 };
        const a = analyze(page, { corrections, memory });
        checkAll(a, page);
        expect(untimed(analyze(page, { corrections, memory }))).toEqual(untimed(a));
      }),
      params(300),
    );
  });

  it('plain text', { timeout: 120_000 }, () => {
    const text = fc.array(fc.oneof(paragraphText, fc.constantFrom('', '\n', '- ', '1. ', '  ')), { maxLength: 30 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (t) => {
        const page = textToPage(t);
        const a = analyze(page);
        checkAll(a, page);
        expect(untimed(analyze(textToPage(t)))).toEqual(untimed(a));
      }),
      params(300),
    );
  });

  it.each(['linkedom', 'jsdom'] as const)('random DOM trees under %s', { timeout: 300_000 }, (dom) => {
    const parse = parsers[dom];
    fc.assert(
      fc.property(htmlPage, (html) => {
        const url = 'https://www.example.com/news/story.html';
        const doc = parse(html, url);
        const before = serialise(doc);
        const a = analyzeDocument(doc, { url });
        const blocksOf = analyzeDocument(parse(html, url), { url });
        expect(untimed(blocksOf)).toEqual(untimed(a));
        expect(serialise(doc)).toBe(before);
        const problems = analysisProblems(a);
        if (!isSubsequence(a.cleanText, a.blocks.map((b) => b.text))) problems.push('cleanText is not a subsequence of the page blocks');
        expect(problems).toEqual([]);
      }),
      params(dom === 'jsdom' ? 120 : 250),
    );
  });
});
