import { describe, expect, it } from 'vitest';
import { parseLenient, readPageHints } from '../../src/dom/hints';
import { page, parsers } from '../fixtures/dom/parse';

describe.each(Object.entries(parsers))('readPageHints on %s', (_name, parse) => {
  const hints = (head: string, body = '<p>x</p>', attrs = '', url: string | null = null) =>
    readPageHints(parse(page(body, head).replace('<html>', `<html${attrs}>`)), url);

  it('reads Open Graph and meta tags first', () => {
    const h = hints(`
      <title> The  Title | Site </title>
      <meta property="og:title" content="OG headline"><meta name="twitter:title" content="Twitter headline">
      <meta property="og:description" content="OG desc"><meta name="description" content="Meta desc">
      <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2019-11-19T10:00:00Z">
      <meta property="og:site_name" content="The Site"><meta property="og:type" content="Article">
      <link rel="canonical" href="https://example.com/canonical">`);
    expect(h).toEqual({
      url: 'https://example.com/canonical',
      lang: null,
      dir: null,
      documentTitle: 'The Title | Site',
      headline: 'OG headline',
      description: 'OG desc',
      byline: 'Jane Doe',
      publishedTime: '2019-11-19T10:00:00Z',
      siteName: 'The Site',
      types: ['article'],
    });
  });

  it('falls back to JSON-LD, including @graph, arrays and several authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site', publisher: { '@type': 'Organization', name: 'Graph Publisher' } },
        {
          '@type': ['NewsArticle', 'Article'],
          headline: 'LD headline &amp; more',
          description: 'LD desc',
          datePublished: '2020-01-02',
          author: [{ '@type': 'Person', name: 'Ann A' }, { name: 'Bob B' }, 'https://example.com/author/x'],
          publisher: { name: 'LD Publisher' },
        },
      ],
    };
    const h = hints(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(h.headline).toBe('LD headline & more');
    expect(h.description).toBe('LD desc');
    expect(h.byline).toBe('Ann A, Bob B');
    expect(h.publishedTime).toBe('2020-01-02');
    expect(h.siteName).toBe('LD Publisher');
    expect(h.types).toEqual(['website', 'newsarticle', 'article']);
  });

  it('repairs trailing commas and raw newlines in JSON-LD, and ignores hopeless JSON quietly', () => {
    const h = hints(`
      <script type="application/ld+json">{ "@type": "BlogPosting", "headline": "Line one
        line two", "author": {"name": "Cat C",}, }</script>
      <script type="application/ld+json">{ this is not json </script>`);
    expect(h.headline).toBe('Line one line two');
    expect(h.byline).toBe('Cat C');
    expect(h.types).toEqual(['blogposting']);
  });

  it('skips an article:author that is a URL, then reads the body byline', () => {
    const h = hints(
      '<meta property="article:author" content="https://facebook.com/someone">',
      '<article><p class="byline">By Dana D</p><time datetime="2018-05-06">May 6</time><p>x</p></article>',
    );
    expect(h.byline).toBe('Dana D');
    expect(h.publishedTime).toBe('2018-05-06');
  });

  it('reads meta itemprop lists (itemprop="datePublished dateCreated")', () => {
    expect(hints('<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-18T17:56:27Z">').publishedTime).toBe(
      '2019-11-18T17:56:27Z',
    );
  });

  it('finds the article in a WebPage’s mainEntity', () => {
    const ld = { '@type': 'WebPage', mainEntity: { '@type': 'Article', headline: 'Main entity', author: { name: 'Eve E' } } };
    const h = hints(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(h).toMatchObject({ headline: 'Main entity', byline: 'Eve E', types: ['webpage', 'article'] });
  });

  it('reads itemprop=datePublished before a bare <time>', () => {
    const h = hints('', '<article><time datetime="2001-01-01">x</time><span itemprop="datePublished" content="2002-02-02">y</span></article>');
    expect(h.publishedTime).toBe('2002-02-02');
  });

  it('reads lang and dir, with fallbacks', () => {
    expect(hints('', '<p>x</p>', ' lang="ar" dir="RTL"')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(hints('<meta http-equiv="content-language" content="de-DE">').lang).toBe('de-DE');
    expect(hints('<meta property="og:locale" content="pt_BR">').lang).toBe('pt-BR');
    expect(hints('', '<p>x</p>', ' dir="auto"').dir).toBe(null);
  });

  it('prefers the given url, then canonical, then og:url', () => {
    const head = '<link rel="canonical" href="https://a.example/c"><meta property="og:url" content="https://a.example/og">';
    expect(hints(head, '<p>x</p>', '', 'https://given.example/x').url).toBe('https://given.example/x');
    expect(hints(head).url).toBe('https://a.example/c');
    expect(hints('<meta property="og:url" content="https://a.example/og">').url).toBe('https://a.example/og');
  });

  it('uses application-name when nothing else names the site', () => {
    expect(hints('<meta name="application-name" content="App">').siteName).toBe('App');
  });
});

describe('parseLenient', () => {
  it('never throws', () => {
    expect(parseLenient('')).toBeUndefined();
    expect(parseLenient('{"a":')).toBeUndefined();
    expect(parseLenient('<!-- {"a": [1, 2,],} -->')).toEqual({ a: [1, 2] });
    expect(parseLenient('{"a": "x\ty"};')).toEqual({ a: 'x y' });
  });
});
