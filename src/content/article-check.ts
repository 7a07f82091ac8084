/**
 * "Does this page look like an article?" — the gate of the opt-in "all
 * article pages" mode, which may run anywhere the reader granted access and so
 * must stay off home pages, search results, listings and web apps.
 *
 * Reading the signals touches the DOM once (`readArticleSignals`); the
 * decision is a pure function of them (`looksLikeArticle`), unit-tested on its
 * own.
 */

export interface ArticleSignals {
  /** JSON-LD @type values (including inside @graph), lower-case. */
  jsonLdTypes: string[];
  /** og:type, lower-case, or null. */
  ogType: string | null;
  /** URL path and query. */
  path: string;
  query: string;
  /** Paragraph-like text: <p> elements of at least MIN_PARAGRAPH characters. */
  paragraphs: number;
  paragraphChars: number;
  /** The same, counted only inside <article> / [itemprop=articleBody] / main. */
  articleParagraphs: number;
  articleChars: number;
  /** role="application" on <body> or the root: a web app, not a document. */
  webApp: boolean;
  /** A search form result page (a `search` landmark holding most links, or a results list). */
  searchResults: boolean;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'scholarlyarticle',
  'techarticle',
  'report',
]);

export const MIN_PARAGRAPH = 80;
/** With a metadata hint: this much paragraph text makes it an article. */
const HINTED = { paragraphs: 3, chars: 600 };
/** Without one: an article element this full still counts. */
const UNHINTED = { paragraphs: 5, chars: 1500 };

const HOME_PATH = /^\/(?:(?:index|default|home)(?:\.[a-z]+)?)?\/?$/i;
const LISTING_PATH = /\/(?:search|tag|tags|topic|topics|category|categories|section|author|authors|archive|page\/\d+)(?:\/|$)/i;
const SEARCH_QUERY = /(?:^|[?&])(?:q|s|query|search|keywords?)=/i;

export function looksLikeArticle(s: ArticleSignals): boolean {
  if (s.webApp || s.searchResults) return false;
  if (HOME_PATH.test(s.path)) return false;
  if (LISTING_PATH.test(s.path) || SEARCH_QUERY.test(s.query)) return false;
  const hinted = s.jsonLdTypes.some((t) => ARTICLE_TYPES.has(t)) || s.ogType === 'article';
  if (hinted) return s.paragraphs >= HINTED.paragraphs && s.paragraphChars >= HINTED.chars;
  return s.articleParagraphs >= UNHINTED.paragraphs && s.articleChars >= UNHINTED.chars;
}

/** JSON-LD @type values of a parsed document, walking @graph and nested arrays (bounded). */
export function jsonLdTypes(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6 || out.length > 50 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) jsonLdTypes(v, out, depth + 1);
    return out;
  }
  const obj = value as Record<string, unknown>;
  const t = obj['@type'];
  for (const x of Array.isArray(t) ? t : [t]) if (typeof x === 'string') out.push(x.toLowerCase().replace(/^.*[/:]/, ''));
  if (obj['@graph'] !== undefined) jsonLdTypes(obj['@graph'], out, depth + 1);
  return out;
}

export function readArticleSignals(doc: Document, href: string): ArticleSignals {
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > 200_000) continue;
    try {
      jsonLdTypes(JSON.parse(text), types);
    } catch {
      // broken JSON-LD is common; it simply says nothing
    }
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');

  let paragraphs = 0;
  let paragraphChars = 0;
  let articleParagraphs = 0;
  let articleChars = 0;
  const ps = doc.getElementsByTagName('p');
  const limit = Math.min(ps.length, 2000);
  for (let i = 0; i < limit; i++) {
    const p = ps[i]!;
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    if (p.closest('nav, footer, aside, form, [role="navigation"], [role="contentinfo"]')) continue;
    paragraphs++;
    paragraphChars += len;
    if (p.closest('article, main, [itemprop="articleBody"], [role="main"]')) {
      articleParagraphs++;
      articleChars += len;
    }
  }

  let path = '/';
  let query = '';
  try {
    const u = new URL(href);
    path = u.pathname;
    query = u.search;
  } catch {
    // keep defaults
  }
  const role = (el: Element | null) => (el?.getAttribute('role') ?? '').toLowerCase();
  const webApp = role(doc.body) === 'application' || role(doc.documentElement) === 'application';
  const searchResults = doc.querySelector('[role="search"] ~ * [role="list"], #search-results, .search-results') !== null;

  return {
    jsonLdTypes: types,
    ogType: og ? og.trim().toLowerCase() : null,
    path,
    query,
    paragraphs,
    paragraphChars,
    articleParagraphs,
    articleChars,
    webApp,
    searchResults,
  };
}
