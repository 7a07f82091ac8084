// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { jsonLdTypes, looksLikeArticle, readArticleSignals, type ArticleSignals } from '../../src/content/article-check';

const base: ArticleSignals = {
  jsonLdTypes: [],
  ogType: null,
  path: '/news/2025/03/12/story',
  query: '',
  paragraphs: 0,
  paragraphChars: 0,
  articleParagraphs: 0,
  articleChars: 0,
  webApp: false,
  searchResults: false,
};
const text = { paragraphs: 6, paragraphChars: 1800, articleParagraphs: 6, articleChars: 1800 };

describe('looksLikeArticle', () => {
  it('yes: article metadata (JSON-LD or og:type) and enough readable text', () => {
    expect(looksLikeArticle({ ...base, ...text, jsonLdTypes: ['newsarticle'] })).toBe(true);
    expect(looksLikeArticle({ ...base, ...text, ogType: 'article' })).toBe(true);
    expect(looksLikeArticle({ ...base, ...text, jsonLdTypes: ['webpage', 'blogposting'] })).toBe(true);
  });

  it('yes without metadata only for a well-filled <article>', () => {
    expect(looksLikeArticle({ ...base, ...text })).toBe(true);
    expect(looksLikeArticle({ ...base, paragraphs: 6, paragraphChars: 1800 })).toBe(false);
  });

  it('no: metadata but too little text (a stub, a paywall teaser)', () => {
    expect(looksLikeArticle({ ...base, ogType: 'article', paragraphs: 1, paragraphChars: 300 })).toBe(false);
  });

  it('never on home pages, listings, search results or web apps', () => {
    const art = { ...base, ...text, jsonLdTypes: ['newsarticle'] };
    for (const path of ['/', '/index.html', '/home', '/search', '/tag/politics', '/category/world/', '/author/jane', '/page/2']) {
      expect(looksLikeArticle({ ...art, path }), path).toBe(false);
    }
    expect(looksLikeArticle({ ...art, query: '?q=lavrov' })).toBe(false);
    expect(looksLikeArticle({ ...art, webApp: true })).toBe(false);
    expect(looksLikeArticle({ ...art, searchResults: true })).toBe(false);
  });
});

describe('jsonLdTypes', () => {
  it('reads @type values, arrays, @graph and schema.org URLs, bounded', () => {
    expect(jsonLdTypes({ '@type': 'NewsArticle' })).toEqual(['newsarticle']);
    expect(jsonLdTypes([{ '@type': ['WebPage'] }, { '@graph': [{ '@type': 'https://schema.org/Article' }] }])).toEqual(['webpage', 'article']);
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 100; i++) cur = (cur['@graph'] = {}) as Record<string, unknown>;
    expect(() => jsonLdTypes(deep)).not.toThrow();
  });
});

describe('readArticleSignals', () => {
  const read = (file: string, url: string) => {
    const dom = new JSDOM(readFileSync(file, 'utf8'), { url });
    return readArticleSignals(dom.window.document, url);
  };

  it('the seed pages look like articles', () => {
    const menafn = read('samples/menafn-lavrov.html', 'https://menafn.com/1110271843/Russia-Rejects-Anti-China-Alliances');
    expect(menafn.jsonLdTypes).toContain('newsarticle');
    expect(menafn.ogType).toBe('article');
    expect(looksLikeArticle(menafn)).toBe(true);
    const ks = read('samples/kenyastar-lavrov.html', 'https://www.kenyastar.com/news/278013486/lavrov');
    expect(looksLikeArticle(ks)).toBe(true);
  });

  it('a section front of teasers does not; broken JSON-LD says nothing', () => {
    const html = `<html><head><script type="application/ld+json">{broken</script><meta property="og:type" content="website"></head>
      <body><nav><p>${'Menu item text that is long enough to count as a paragraph if it were not in a nav. '.repeat(2)}</p></nav>
      <ul><li><a href="/a">Story one</a></li><li><a href="/b">Story two</a></li></ul></body></html>`;
    const dom = new JSDOM(html, { url: 'https://example.org/world' });
    const s = readArticleSignals(dom.window.document, 'https://example.org/world');
    expect(s.jsonLdTypes).toEqual([]);
    expect(s.paragraphs).toBe(0);
    expect(looksLikeArticle(s)).toBe(false);
  });
});
