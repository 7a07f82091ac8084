import { describe, expect, it } from 'vitest';
import {
  aggregate,
  countOccurrences,
  exactMatch,
  normalizeWs,
  pageF1,
  scorePage,
  shingleCounts,
  shingleMatch,
  snippetHits,
  snippetRates,
  tokenString,
  tokenize,
} from '../../bench/lib/metric';

describe('AEB tokens (Python \\w+)', () => {
  it('keeps letters, digits and underscore of any script, case intact', () => {
    expect(tokenize('Größe: café_1, naïve — 東京 2019!')).toEqual(['Größe', 'café_1', 'naïve', '東京', '2019']);
    expect(tokenize("don't stop")).toEqual(['don', 't', 'stop']);
    expect(tokenize('Hello hello')).toEqual(['Hello', 'hello']);
  });
  it('splits at combining marks, as Python does (U+0301 is not \\w)', () => {
    expect(tokenize('cafe\u0301s')).toEqual(['cafe', 's']);
  });
  it('handles empty and null text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(null)).toEqual([]);
    expect(tokenize(' — … ')).toEqual([]);
  });
});

describe('shingles (evaluate.py _ngrams)', () => {
  it('makes overlapping 4-grams', () => {
    expect([...shingleCounts(['a', 'b', 'c', 'd', 'e'])]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
  });
  it('uses the tokens themselves as one shingle when there are fewer than 4', () => {
    expect([...shingleCounts(['a', 'b'])]).toEqual([['a b', 1]]);
    expect([...shingleCounts(['a', 'b', 'c', 'd'])]).toEqual([['a b c d', 1]]);
  });
  it('makes none for no tokens', () => {
    expect(shingleCounts([]).size).toBe(0);
  });
  it('counts repeats (a multiset)', () => {
    expect(shingleCounts(tokenize('a b c d a b c d')).get('a b c d')).toBe(2);
  });
});

describe('per-page tp/fp/fn', () => {
  it('one shingle right, one wrong', () => {
    expect(shingleMatch('a b c d e', 'a b c d x')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it('a doubled body is all recall, a fifth precision', () => {
    const m = scorePage('a b c d', 'a b c d a b c d');
    expect(m).toMatchObject({ tp: 1, fp: 4, fn: 0, precision: 0.2, recall: 1, exact: false });
  });
  it('ignores punctuation and whitespace, not case', () => {
    expect(scorePage('Hello, world!\n\nBye.', 'Hello world Bye')).toMatchObject({ precision: 1, recall: 1, exact: true });
    expect(scorePage('Hello world', 'hello world')).toMatchObject({ tp: 0, precision: 0, recall: 0, exact: false });
  });
  it('short texts compare as one shingle', () => {
    expect(scorePage('Hello world', 'Hello world')).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(scorePage('Hello world', 'Hello world again')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
  it('leaves precision out when nothing was predicted, recall when the truth is empty', () => {
    expect(scorePage('a b c d e', '')).toMatchObject({ precision: null, recall: 0, f1: 0, exact: false });
    expect(scorePage('', 'a b c d e')).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(scorePage('', ' ')).toMatchObject({ precision: null, recall: null, f1: 1, exact: true });
  });
  it('page F1 treats a missing side as 0', () => {
    expect(pageF1(0.5, 1)).toBeCloseTo(2 / 3);
    expect(pageF1(null, 0.5)).toBe(0);
    expect(pageF1(null, null)).toBe(1);
  });
});

describe('aggregate (means, then harmonic F1)', () => {
  it('matches a hand computation', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d e'), // P 1, R 1, exact
      scorePage('a b c d', 'a b c d a b c d'), // P .2, R 1
      scorePage('a b c d e', ''), // P skipped, R 0
      scorePage('', ''), // both skipped, exact
    ];
    const a = aggregate(pages);
    expect(a.pages).toBe(4);
    expect(a.precisionPages).toBe(2);
    expect(a.recallPages).toBe(3);
    expect(a.precision).toBeCloseTo(0.6);
    expect(a.recall).toBeCloseTo(2 / 3);
    expect(a.f1).toBeCloseTo((2 * 0.6 * (2 / 3)) / (0.6 + 2 / 3));
    expect(a.accuracy).toBeCloseTo(0.5);
  });
  it('gives null means for nothing to average', () => {
    expect(aggregate([scorePage('', '')])).toMatchObject({ precision: null, recall: null, f1: null, accuracy: 1 });
    expect(aggregate([])).toMatchObject({ pages: 0, f1: null, accuracy: null });
  });
  it('F1 is 0, not NaN, when both means are 0', () => {
    expect(aggregate([scorePage('a b c d', 'x y z w')]).f1).toBe(0);
  });
  it('exact match compares token sequences', () => {
    expect(exactMatch('One, two. Three', 'One two Three')).toBe(true);
    expect(exactMatch('One two Three', 'One Three two')).toBe(false);
  });
});

describe('WCXB snippets', () => {
  it('normalises whitespace on both sides, case-sensitive', () => {
    expect(normalizeWs('  a\u00a0 b\n\tc ')).toBe('a b c');
    const hits = snippetHits(['foo   bar\nbaz', 'Sign up', 'missing one', '  '], 'x foo bar\u00a0baz y\n\nsign up');
    expect(hits).toEqual({ found: ['foo   bar\nbaz'], missed: ['Sign up', 'missing one'] });
  });
  it('pools rates over snippets', () => {
    expect(snippetRates({ withFound: 3, withTotal: 4, withoutFound: 1, withoutTotal: 5 })).toEqual({ withRecall: 0.75, withoutLeak: 0.2 });
    expect(snippetRates({ withFound: 0, withTotal: 0, withoutFound: 0, withoutTotal: 0 })).toEqual({ withRecall: null, withoutLeak: null });
  });
});

describe('token-sequence occurrences', () => {
  it('counts a paragraph across whitespace and punctuation differences', () => {
    const hay = tokenString('The cat sat on the mat. The dog sat too.\n\nThe cat  sat on the mat!');
    expect(countOccurrences(hay, 'The cat sat on the mat.')).toBe(2);
    expect(countOccurrences(hay, '“The cat sat, on the mat”')).toBe(2);
    expect(countOccurrences(hay, 'The dog sat on the mat')).toBe(0);
    expect(countOccurrences(hay, '...')).toBe(0);
  });
  it('tolerates a glued first or last token (textContent without whitespace between paragraphs)', () => {
    const hay = tokenString('It ended in 2020The next paragraph starts here and ends hereFinally');
    expect(countOccurrences(hay, 'It ended in 2020')).toBe(1);
    expect(countOccurrences(hay, 'The next paragraph starts here and ends here')).toBe(1);
  });
});
