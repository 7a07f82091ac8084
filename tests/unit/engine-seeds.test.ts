/**
 * The two seed pages that define the problem, checked by text (not block ids):
 * every article paragraph (and the second seed's standfirst) exactly once in
 * the clean text, no chrome, each repeat flagged as a duplicate of its original.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, textToPage } from '../../src/engine/index';
import type { Analysis } from '../../src/engine/types';

const seedText = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const blockWith = (a: Analysis, start: string) => a.blocks.filter((b) => b.text.startsWith(start));

describe('seed 000 (MENAFN, body printed twice)', () => {
  const raw = seedText('000_69ad3688a5889631.txt');
  const a = analyze(textToPage(raw));
  const all = lines(raw);
  const article = all.slice(all.indexOf('Russia Rejects Anti-China Alliances') + 1, all.indexOf('Russia Rejects Anti-China Alliances') + 10);

  it('takes the headline as the title, not as body text', () => {
    expect(a.title).toBe('Russia Rejects Anti-China Alliances');
    expect(a.cleanText).not.toContain('Russia Rejects Anti-China Alliances');
  });

  it('keeps each of the nine article paragraphs exactly once, in order', () => {
    expect(article).toHaveLength(9);
    for (const p of article) expect(count(a.cleanText, p)).toBe(1);
    expect(a.cleanText.split('\n\n')).toEqual(article);
  });

  it('keeps the in-paragraph credit "(MENAFN)" inside its paragraph', () => {
    expect(a.cleanText.startsWith('(MENAFN) Russian Foreign Minister')).toBe(true);
  });

  it('flags the eight repeats as duplicates of their originals', () => {
    const dups = a.blocks.filter((b) => b.verdict === 'duplicate');
    expect(dups).toHaveLength(8);
    for (const d of dups) {
      const original = a.blocks[d.duplicateOf as number]!;
      expect(original.verdict).toBe('content');
      expect(original.text).toBe(d.text);
      expect(original.id).toBeLessThan(d.id);
      expect(d.reasons[0]!.code).toBe('exact-repeat');
    }
  });

  it('flags every chrome block as boilerplate with a reason', () => {
    const chrome = ['403', 'Sorry!!', 'Error! We', 'Legal Disclaimer:', 'MENAFN provides the information', 'Most popular stories', 'Market Research', 'Thinkmarkets', 'Ethereum Startup', 'KOR Closes', 'Wise Wolves', 'Lombard And Story', 'FBS AI Assistant', 'Comments', 'No comment'];
    for (const start of chrome) {
      const [b] = blockWith(a, start);
      expect(b, start).toBeDefined();
      expect(b!.verdict, start).toBe('boilerplate');
      expect(b!.reasons.length, start).toBeGreaterThan(0);
      expect(b!.reasons[0]!.message.length).toBeGreaterThan(5);
      expect(a.cleanText).not.toContain(b!.text);
    }
    expect(blockWith(a, 'MENAFN provides')[0]!.reasons[0]!.code).toBe('legal-disclaimer');
  });
});

describe('seed 004 (Kenya Star, RT.com syndication)', () => {
  const raw = seedText('004_807eff2012f1eff6.txt');
  const a = analyze(textToPage(raw));
  const all = lines(raw);
  const standfirst = all[2]!;
  const body = all.slice(3, 10);

  it('has no headline: the standfirst is body text', () => {
    expect(a.title).toBeNull();
    expect(a.cleanText.split('\n\n')).toEqual([standfirst, ...body]);
  });

  it('reads the source credit and the dateline as metadata', () => {
    expect(a.source).toBe('RT.com');
    expect(a.publishedTime).toBe('2025-03-12T08:32:00.000Z');
    for (const start of ['RT.com', '(RT.com)', '12 Mar 2025']) expect(blockWith(a, start)[0]!.verdict).toBe('meta');
  });

  it('flags the teaser that repeats the standfirst as its duplicate', () => {
    const teaser = a.blocks.find((b) => b.text !== standfirst && b.text.startsWith(standfirst.slice(0, 60)))!;
    expect(teaser.verdict).toBe('duplicate');
    expect(a.blocks[teaser.duplicateOf as number]!.text).toBe(standfirst);
  });

  it('keeps the twice-printed teaser as chrome, the second copy saying it repeats', () => {
    const copies = blockWith(a, 'Russia is expecting to receive');
    expect(copies).toHaveLength(2);
    for (const c of copies) expect(c.verdict).toBe('boilerplate');
    expect(copies[1]!.reasons.map((r) => r.code)).toContain('repeated-chrome');
  });

  it('flags the newsletter pitch, the promo and the teaser wall', () => {
    expect(blockWith(a, 'Get a daily dose')[0]!.reasons[0]!.code).toBe('newsletter-pitch');
    expect(blockWith(a, 'Publish news of your business')[0]!.reasons[0]!.code).toBe('publish-promo');
    const wall = a.blocks.filter((b) => /\.\.\.$/.test(b.text) && b.verdict !== 'duplicate');
    expect(wall.length).toBe(11);
    for (const b of wall) expect(b.verdict).toBe('boilerplate');
    expect(blockWith(a, 'New Delhi [India]')[0]!.reasons[0]!.code).toBe('wire-teaser');
  });
});
