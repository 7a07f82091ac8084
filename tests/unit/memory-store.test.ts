/** The memory's pure core: counting distinct pages per site, the engine's view, syndication, aliases, forgetting. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { htmlToDocument } from '../../src/cli/analyze-page';
import { fingerprint } from '../../src/engine/normalize';
import { MemoryStore } from '../../src/memory/store';
import { recordableBlocks } from '../../src/memory/select';
import { normalizeUrl, pageKey } from '../../src/memory/url';
import { articleParagraphs, newsPage, PROMO, recordOf } from './memory-fixtures';

const T0 = Date.parse('2025-03-10T12:00:00Z');
const promoFp = fingerprint(PROMO);

describe('page addresses', () => {
  it('drop the fragment, tracking parameters, www. and the scheme; keep the rest, sorted', () => {
    expect(normalizeUrl('https://www.Example.com/a/story/?utm_source=x&id=7&b=2#top')).toBe('example.com/a/story?b=2&id=7');
    expect(pageKey('http://example.com/a/story?id=7&b=2&fbclid=zzz')).toBe(pageKey('https://www.example.com/a/story/?b=2&id=7#c'));
    expect(pageKey('https://example.com/a?id=7')).not.toBe(pageKey('https://example.com/a?id=8'));
    expect(normalizeUrl('file:///tmp/a.html')).toBeNull();
  });
});

describe('site templates', () => {
  it('counts distinct other pages: the fourth page sees 3, the same address twice counts once', () => {
    const store = new MemoryStore();
    const urls = [1, 2, 3, 4].map((i) => `https://www.example.com/news/story-${i}`);
    for (let i = 0; i < 3; i++) {
      const view = store.view(urls[i]!)!;
      expect(view.site).toBe('example.com');
      expect(view.pagesWithBlock(promoFp)).toBe(i);
      store.record({ url: urls[i]!, time: T0 + i * 1000, blocks: recordOf(articleParagraphs(i), [PROMO]) });
      // A second visit of the same page (another tracking link) changes nothing.
      store.record({ url: `${urls[i]}?utm_medium=email#comments`, time: T0 + i * 1000 + 500, blocks: recordOf(articleParagraphs(i), [PROMO]) });
    }
    expect(store.view(urls[3]!)!.pagesWithBlock(promoFp)).toBe(3);
    // Seen from one of the three pages, the others are 2.
    expect(store.view(urls[1]!)!.pagesWithBlock(promoFp)).toBe(2);
    // www. and bare domain are one site.
    expect(store.view('https://example.com/other')!.pagesWithBlock(promoFp)).toBe(3);
    // Another site knows nothing of it.
    expect(store.view('https://www.other-news.com/x')!.pagesWithBlock(promoFp)).toBe(0);
    // Article paragraphs were on one page each.
    expect(store.view(urls[3]!)!.pagesWithBlock(fingerprint(articleParagraphs(1)[0]!))).toBe(1);
    expect(store.snapshot(urls[3]!)!.blocks).toEqual([[promoFp, 3]]);
    expect(store.snapshot(urls[2]!)!.blocks).toEqual([]);
  });

  it('flags the promo as site-template on the fourth page and not before (engine on generated pages)', () => {
    const store = new MemoryStore();
    const verdicts: { verdict: string; codes: string[] }[] = [];
    for (let i = 1; i <= 5; i++) {
      const page = newsPage({ host: 'www.daily-example.com', path: `/news/story-${i}`, seed: i });
      const memory = store.view(page.url)!;
      const analysis = analyzeDocument(htmlToDocument(page.html), { url: page.url, memory });
      const promo = analysis.blocks.find((b) => b.text === PROMO)!;
      verdicts.push({ verdict: promo.verdict, codes: promo.reasons.map((r) => r.code) });
      if (i === 4) {
        expect(promo.reasons[0]).toMatchObject({ code: 'site-template', params: { pages: 3, site: 'daily-example.com' } });
        expect(promo.reasons[0]!.message).toBe('Appears on 3 pages of daily-example.com');
        // The article itself is untouched.
        for (const p of page.paragraphs) expect(analysis.blocks.find((b) => b.text === p)?.verdict).toBe('content');
      }
      store.record({ url: page.url, time: T0 + i, blocks: recordableBlocks(analysis.blocks) });
    }
    expect(verdicts.slice(0, 3).every((v) => v.verdict === 'content' && !v.codes.includes('site-template'))).toBe(true);
    expect(verdicts[3]).toEqual({ verdict: 'boilerplate', codes: ['site-template'] });
    expect(verdicts[4]!.codes).toContain('site-template');
  });

  it('never learns the article: the same story at other addresses (AMP, print) counts as one page', () => {
    const store = new MemoryStore();
    const story = articleParagraphs(99);
    const addresses = ['https://example.com/news/big-story', 'https://example.com/amp/news/big-story', 'https://example.com/news/big-story/print', 'https://m.example.com/news/big-story'];
    for (const [i, url] of addresses.entries()) {
      const outcome = store.record({ url, time: T0 + i, blocks: recordOf(story, [PROMO]) });
      expect(outcome!.alias).toBe(i > 0);
    }
    const view = store.view('https://example.com/news/another')!;
    for (const p of story) expect(view.pagesWithBlock(fingerprint(p))).toBe(1);
  });

  it('still learns a promo on a site of very short articles', () => {
    const store = new MemoryStore();
    for (let i = 0; i < 3; i++) store.record({ url: `https://short.example.org/n/${i}`, time: T0 + i, blocks: recordOf(articleParagraphs(i, 1), [PROMO]) });
    expect(store.view('https://short.example.org/n/9')!.pagesWithBlock(promoFp)).toBe(3);
  });

  it('uses the template threshold setting', () => {
    const store = new MemoryStore({ templateThreshold: 2 });
    for (let i = 0; i < 2; i++) store.record({ url: `https://example.net/${i}`, time: T0, blocks: recordOf([], [PROMO]) });
    expect(store.snapshot('https://example.net/new')).toEqual({ site: 'example.net', templateThreshold: 2, blocks: [[promoFp, 2]] });
  });

  it('ignores pages without a site and malformed fingerprints', () => {
    const store = new MemoryStore();
    expect(store.record({ url: 'file:///tmp/page.html', time: T0, blocks: recordOf(['x'.repeat(40)]) })).toBeNull();
    expect(store.view('page.html')).toBeNull();
    store.record({ url: 'https://example.com/a', time: T0, blocks: [{ fp: 'NOT-A-FINGERPRINT', article: true }] });
    expect(store.stats().blocks).toBe(0);
  });
});

describe('syndication', () => {
  const story = articleParagraphs(7, 8);

  it('recognises an article first seen on another site, with its address and time', () => {
    const store = new MemoryStore();
    store.record({ url: 'https://www.menafn.com/1109876/Lavrov-story?src=feed#x', time: T0, blocks: recordOf(story, [PROMO]) });
    store.record({ url: 'https://www.menafn.com/other', time: T0 + 1, blocks: recordOf(articleParagraphs(8)) });
    const seen = store.seenElsewhere(story.map(fingerprint), 'kenyastar.com');
    expect(seen).toEqual([{ site: 'menafn.com', url: 'https://www.menafn.com/1109876/Lavrov-story?src=feed', firstSeen: '2025-03-10T12:00:00.000Z' }]);
    // Its own site is not "elsewhere".
    expect(store.seenElsewhere(story.map(fingerprint), 'menafn.com')).toEqual([]);
  });

  it('needs two paragraphs (or 30 % of a short article), and not the other site\'s template', () => {
    const store = new MemoryStore();
    store.record({ url: 'https://www.menafn.com/a', time: T0, blocks: recordOf(story) });
    const fps = story.map(fingerprint);
    const fresh = articleParagraphs(500, 7).map(fingerprint);
    expect(store.seenElsewhere([fps[0]!, ...fresh], 'kenyastar.com')).toEqual([]);
    expect(store.seenElsewhere(fps.slice(0, 2), 'kenyastar.com')).toHaveLength(1);
    expect(store.seenElsewhere([fps[3]!], 'kenyastar.com')).toHaveLength(1); // a one-paragraph article: 100 %
    // A block that menafn prints on every page is its template, not a story.
    const wire = 'Legal disclaimer: this content is provided by a third party and the site bears no responsibility for it.';
    for (let i = 0; i < 4; i++) store.record({ url: `https://www.menafn.com/p${i}`, time: T0 + i, blocks: recordOf([wire, ...articleParagraphs(100 + i)]) });
    expect(store.seenElsewhere([fingerprint(wire), fingerprint('Another fresh paragraph of some new story on this site.')], 'kenyastar.com')).toEqual([]);
  });

  it('lists several sites earliest first', () => {
    const store = new MemoryStore();
    store.record({ url: 'https://www.kenyastar.com/s', time: T0 + 86_400_000, blocks: recordOf(story) });
    store.record({ url: 'https://www.menafn.com/s', time: T0, blocks: recordOf(story) });
    expect(store.seenElsewhere(story.map(fingerprint), 'nigeriasun.com').map((s) => s.site)).toEqual(['menafn.com', 'kenyastar.com']);
  });
});

describe('forgetting', () => {
  it('forgets one site or everything', () => {
    const store = new MemoryStore();
    store.record({ url: 'https://a.example.com/1', time: T0, blocks: recordOf(articleParagraphs(1)) });
    store.record({ url: 'https://b-news.com/1', time: T0, blocks: recordOf(articleParagraphs(2)) });
    expect(store.sites().sort()).toEqual(['b-news.com', 'example.com']);
    expect(store.forgetSite('example.com')).toBe(true);
    expect(store.sites()).toEqual(['b-news.com']);
    store.clear();
    expect(store.sites()).toEqual([]);
    expect(store.byteSize()).toBeLessThan(100);
  });

  it('keeps block text only when allowed', () => {
    const withText = new MemoryStore({ storeText: true });
    const without = new MemoryStore();
    const blocks = recordOf([PROMO]).map((b) => ({ ...b, text: PROMO }));
    withText.record({ url: 'https://example.com/1', time: T0, blocks });
    without.record({ url: 'https://example.com/1', time: T0, blocks });
    expect(withText.textOf('example.com', promoFp)).toBe(PROMO);
    expect(without.textOf('example.com', promoFp)).toBeNull();
    expect(without.toJson()).not.toContain('Daily Example');
    const reloaded = MemoryStore.fromJson(withText.toJson()).store;
    expect(reloaded.textOf('example.com', promoFp)).toBe(PROMO);
  });
});
