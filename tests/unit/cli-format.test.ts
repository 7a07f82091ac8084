import { describe, expect, it } from 'vitest';
import type { Analysis, BlockResult } from '../../src/engine/types';
import { bcp47OrNull, isoOrNull, toJson } from '../../src/cli/format-json';
import { formatReadingView, shorten, wrap } from '../../src/cli/format-text';

function block(id: number, text: string, verdict: BlockResult['verdict'], extra: Partial<BlockResult> = {}): BlockResult {
  return { id, kind: 'paragraph', text, verdict, score: 0.8, reasons: [], duplicateOf: null, ...extra };
}

const long =
  'Russia deeply values its relationship with China and is committed to fulfilling all obligations to its partner, Foreign Minister Sergey Lavrov has said in response to suggestions that Washington could drive a wedge between the two nations.';

const analysis: Analysis = {
  title: 'Lavrov on China',
  byline: null,
  publishedTime: '2025-03-12T18:32:00+10:00',
  siteName: 'Kenya Star',
  source: 'RT.com',
  lang: 'en',
  dir: 'ltr',
  blocks: [
    block(0, '12 Mar 2025, 18:32 GMT+10', 'meta', { reasons: [{ code: 'dateline', params: {}, message: 'a dateline' }] }),
    block(1, long, 'content'),
    block(2, 'Second paragraph.', 'content'),
    block(3, long, 'duplicate', { duplicateOf: 1, reasons: [{ code: 'exact-repeat', params: { of: 1 }, message: 'repeats block 1' }] }),
    block(4, 'Get a daily dose of Kenya Star news through our daily email', 'boilerplate', {
      reasons: [{ code: 'newsletter-pitch', params: {}, message: 'newsletter pitch' }],
    }),
    block(5, 'Publish news of your business', 'boilerplate'),
  ],
  cleanText: `${long}\n\nSecond paragraph.`,
  stats: { blocks: 6, content: 2, duplicate: 1, boilerplate: 2, meta: 1, ms: 0.123456 },
};

describe('reading view', () => {
  const text = formatReadingView('kenyastar.html', analysis);
  const lines = text.split('\n');

  it('starts with the title and a details line', () => {
    expect(lines[0]).toBe('Lavrov on China');
    expect(lines[1]).toBe('='.repeat('Lavrov on China'.length));
    expect(lines[2]).toBe('2025-03-12 18:32 +10:00 · via RT.com · Kenya Star');
  });

  it('wraps the clean text at 80 columns, a blank line between paragraphs', () => {
    const body = text.slice(text.indexOf('Russia deeply'), text.indexOf('Removed'));
    for (const l of body.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    expect(body.replace(/\n(?!\n)/g, ' ')).toContain(long);
    expect(body).toContain('\n\nSecond paragraph.\n');
  });

  it('lists what was removed with verdict and first reason', () => {
    expect(text).toContain('Removed 1 repeated and 2 chrome blocks; 1 block read as page details (meta):');
    expect(text).toMatch(/ {2}#3 duplicate {3}"Russia deeply values[^"\n]*…" \(repeats block 1\)/);
    expect(text).toContain('#4 boilerplate "Get a daily dose of Kenya Star news through our daily email" (newsletter pitch)');
    expect(text).toContain('#5 boilerplate "Publish news of your business" (no reason given)');
    expect(text).toContain('#0 meta        "12 Mar 2025, 18:32 GMT+10" (a dateline)');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(110);
  });

  it('says so when nothing was removed or nothing was found', () => {
    const clean = formatReadingView('x', { ...analysis, title: null, blocks: [block(0, 'Only.', 'content')], cleanText: 'Only.' });
    expect(clean).toBe('2025-03-12 18:32 +10:00 · via RT.com · Kenya Star\n\nOnly.\n\nRemoved nothing: every block reads as content.\n');
    const empty = formatReadingView('x.html', { ...analysis, title: null, publishedTime: null, source: null, siteName: null, blocks: [], cleanText: '' });
    expect(empty).toContain('(no article text found in x.html)');
  });

  it('wraps and shortens', () => {
    expect(wrap('a b c', 3)).toEqual(['a b', 'c']);
    expect(wrap('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
    expect(shorten('one two three four', 10)).toBe('one two…');
    expect(shorten('short', 10)).toBe('short');
  });
});

describe('JSON record', () => {
  it('has exactly the contract fields, without dir', () => {
    const j = toJson('a.html', analysis);
    expect(Object.keys(j)).toEqual(['file', 'title', 'byline', 'publishedTime', 'siteName', 'source', 'lang', 'blocks', 'cleanText', 'stats']);
    expect(Object.keys(j.blocks[0]!)).toEqual(['id', 'kind', 'text', 'verdict', 'score', 'reasons', 'duplicateOf']);
    expect(j.stats.ms).toBe(0.123);
  });

  it('holds the contract even when the engine passes hints through as given', () => {
    expect(isoOrNull('2025-03-12T18:32:00+10:00')).toBe('2025-03-12T18:32:00+10:00');
    expect(isoOrNull('2025-03-12')).toBe('2025-03-12');
    expect(isoOrNull('2025-03-12 18:32:00Z')).toBe('2025-03-12T18:32:00Z');
    expect(isoOrNull('Wed, 12 Mar 2025 08:32:00 GMT')).toBe('2025-03-12T08:32:00.000Z');
    expect(isoOrNull('yesterday')).toBeNull();
    expect(isoOrNull('  ')).toBeNull();
    expect(bcp47OrNull('en_US')).toBe('en-US');
    expect(bcp47OrNull('zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(bcp47OrNull('english (uk)')).toBeNull();
    const j = toJson('a', { ...analysis, title: '  ', lang: 'EN', blocks: [block(0, 'x', 'content', { score: 1.7 })] });
    expect(j.title).toBeNull();
    expect(j.lang).toBe('EN');
    expect(j.blocks[0]!.score).toBe(1);
  });
});
