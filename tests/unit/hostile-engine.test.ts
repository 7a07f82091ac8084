/**
 * The engine on hostile text: plain-text pages (the CLI's .txt path through
 * textToPage) and blocks built to trip pattern matching. Each must finish
 * (vitest's timeout catches a hang) and give a sound analysis.
 *
 * Found this way:
 * - `repeatKey` stripped trailing punctuation with a regex whose `...` and `.`
 *   alternatives overlapped, so a run of dots followed by anything else
 *   backtracked exponentially (48 dots: 20 s; a dotted table-of-contents leader
 *   froze the tab). Now a plain scan (src/engine/repetition.ts).
 * - textToPage trimmed each line with an unanchored `/[\s…]+$/`, quadratic on a
 *   long run of spaces inside a line (40,000 spaces: 10 s). Now a backward scan
 *   (src/engine/text.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze, fingerprint, textToPage } from '../../src/engine/index';
import { makeBlock } from '../../src/engine/block';
import { repeatKey } from '../../src/engine/repetition';
import type { PageInput } from '../../src/engine/types';
import { emptyHints } from '../../src/engine/block';
import { NASTY_CHARS, SCRIPT_SAMPLES, words } from '../hostile/corpus';
import { analysisProblems, untimed } from '../hostile/check';

const RUN = 50_000;

/** Characters that sit at the ends of blocks or inside patterns: punctuation, quotes, dashes, spaces, marks. */
const RUN_CHARS = [
  ' ', '\u00a0', '\t', '.', '…', '!', '?', ':', ';', ',', '-', '–', '—', "'", '"', '”', '’', ')', '(', '•', '*', '·',
  '“', '‘', '|', '/', '\\', '_', '=', '#', '@', '&', '<', '>', '[', ']', '©', '»', '«', '›', '→', '0', '1', 'a', 'A',
  '\u200b', '\ufeff', '\u0301', '. ', ', ', '- ', ' -', 'A ', 'a.', '1.', '| ', '... ', 'By ', '\u00a9 ',
];

function sound(page: PageInput): void {
  const a = analyze(page);
  expect(analysisProblems(a, page)).toEqual([]);
}

describe('pattern-matching traps', () => {
  it('repeatKey is linear on long runs of dots (was exponential)', () => {
    expect(repeatKey('a' + '.'.repeat(RUN) + 'x')).toBe('a' + '.'.repeat(RUN) + 'x');
    expect(repeatKey('a' + '.'.repeat(RUN))).toBe('a');
    expect(repeatKey('a ' + '... '.repeat(RUN))).toBe('a');
  });

  it('a line with a long run of spaces inside reads as one line (was quadratic)', () => {
    const page = textToPage('Word' + ' '.repeat(200_000) + 'end\u200b'.padEnd(50_000, '\u200b'));
    expect(page.blocks.map((b) => b.text)).toEqual(['Word end']);
  });

  // Each run in the middle of a block, at its end and at its start, as text and as blocks.
  it.each(RUN_CHARS.map((c) => [JSON.stringify(c), c] as const))('runs of %s', { timeout: 30_000 }, (_label, c) => {
    const run = c.repeat(Math.ceil(RUN / c.length));
    const texts = [`Word ${run}x end`, `Word ${run}`, `${run} word`];
    sound(textToPage(texts.join('\n\n') + '\n\nSecond paragraph with ordinary words in it.'));
    const blocks = [...texts, ...texts, 'An ordinary paragraph of the article with several words.'].map((t, i) =>
      makeBlock(i, t.replace(/\s+/g, ' ').trim() || 'x', { kind: i % 3 === 0 ? 'heading' : 'paragraph' }),
    );
    sound({ blocks, containers: [], hints: { ...emptyHints(), headline: texts[0]!.slice(0, 1000), byline: texts[1]!.slice(0, 1000) } });
  });
});

describe('hostile plain text', () => {
  const cases: Record<string, string> = {
    empty: '',
    'newlines only': '\n\n\r\n\r\r\n\n',
    'whitespace only': ' \t \u00a0 \u3000 \u2028 \u2029 \f \v ',
    'every script': Object.values(SCRIPT_SAMPLES).map((s) => `${s}\n${s}\n\n`).join(''),
    'nasty characters': Object.values(NASTY_CHARS).map((s) => `${s} ${words(20)} ${s}\n\n`).join(''),
    'one 5 MB line': words(800_000, 5),
    'one 5 MB word': 'x'.repeat(5_000_000),
    '100,000 lines': Array.from({ length: 100_000 }, (_, i) => (i % 4 === 3 ? '' : words(8, i % 50))).join('\n'),
    '100,000 list items': Array.from({ length: 100_000 }, (_, i) => `- item ${i % 10}`).join('\n'),
    'lower-case continuation lines': 'Start\n' + 'continues the paragraph\n'.repeat(50_000),
    'CR-only line ends': words(200).replace(/ /g, '\r'),
  };
  it.each(Object.entries(cases))('%s', { timeout: 60_000 }, (_name, text) => {
    const page = textToPage(text, { url: 'https://example.com/a' });
    const a = analyze(page);
    expect(analysisProblems(a, page)).toEqual([]);
    if (text.length < 1_000_000) expect(untimed(analyze(page))).toEqual(untimed(a));
  });

  it('empty and whitespace-only text give no blocks', () => {
    for (const t of ['', '\n\n\n', ' \t \u00a0 \u3000 \u2028 \u2029 ']) expect(textToPage(t).blocks).toEqual([]);
  });
});

describe('hostile block inputs', () => {
  it('hints full of junk', () => {
    const blocks = [makeBlock(0, words(30)), makeBlock(1, words(30, 2))];
    const junk = NASTY_CHARS.control + NASTY_CHARS.loneSurrogates + NASTY_CHARS.bidi;
    sound({
      blocks,
      containers: [],
      hints: {
        ...emptyHints(),
        url: 'javascript:alert(1)',
        lang: junk,
        documentTitle: junk,
        headline: 'x'.repeat(1_000_000),
        byline: junk,
        publishedTime: '9999-99-99T99:99:99+99:99',
        siteName: '__proto__',
        description: junk,
        types: ['__proto__', 'constructor', 'newsarticle'],
      },
    });
  });

  it('block texts that shadow Object.prototype members', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
    const blocks = names.flatMap((n, i) => [makeBlock(2 * i, n), makeBlock(2 * i + 1, `${n} ${n} ${words(12, i)}`)]);
    sound({ blocks, containers: [], hints: emptyHints() });
  });
});

describe('found by fuzzing', () => {
  it('a chain of contained copies points every copy at the content original', () => {
    // Block 0 is a teaser of block 1, block 1 a teaser of block 2: block 0 used to point at
    // block 1, itself a duplicate (found by tests/unit/fuzz-engine.test.ts, seed 1848929069).
    const t =
      'The minister said on Tuesday that talks would continue next week…\n' +
      '! changed stories The minister said on Tuesday that talks would continue next week despite growing pressure from partners.\n' +
      'Share this article on Facebook Twitter WhatsApp Source: RT.com The minister said on Tuesday that talks would continue next week despite growing pressure from partners.';
    const page = textToPage(t);
    const a = analyze(page);
    expect(analysisProblems(a, page)).toEqual([]);
    expect(a.blocks.map((b) => [b.verdict, b.duplicateOf])).toEqual([
      ['duplicate', 2],
      ['duplicate', 2],
      ['content', null],
    ]);
  });

  it('a copy whose original the site memory calls template is chrome, not a duplicate of chrome', () => {
    const P = 'The minister said on Tuesday that talks would continue next week despite growing pressure from partners in the region.';
    const page = textToPage(`${P}\n\nOther paragraph about grain exports and shipping routes in the strait this week.\n\n${P}`);
    const memory = { site: 'example.com', templateThreshold: 3, pagesWithBlock: (fp: string) => (fp === fingerprint(P) ? 5 : 0) };
    const a = analyze(page, { memory });
    expect(analysisProblems(a, page)).toEqual([]);
    expect(a.blocks.map((b) => b.verdict)).toEqual(['boilerplate', 'content', 'boilerplate']);
  });
});
