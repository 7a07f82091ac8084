/**
 * Page-level facts from <head>, JSON-LD and microdata. Values are kept as the
 * page gives them (trimmed, whitespace collapsed); the engine normalises dates
 * and language tags. Nothing here throws on a malformed page.
 *
 * Sources, first non-empty wins:
 *   documentTitle  <title>
 *   headline       og:title, twitter:title, JSON-LD headline (then name) of the article object
 *   description    og:description, description, twitter:description, JSON-LD description
 *   byline         meta author, article:author (unless a URL), JSON-LD author name(s) joined
 *                  with ', ', then rel=author / itemprop=author / .byline text in the body
 *   publishedTime  article:published_time, og:published_time, article:published, JSON-LD datePublished,
 *                  itemprop=datePublished, the first <time datetime> inside an <article>
 *   siteName       og:site_name, JSON-LD publisher.name, application-name
 *   types          JSON-LD @type values (top level, arrays, @graph, a typed mainEntity) and og:type, lower-case
 *   lang           <html lang>, http-equiv content-language, og:locale (_ → -)
 *   dir            <html dir>, <body dir>
 *   url            the given url, <link rel=canonical>, og:url
 */
import { emptyHints } from '../engine/block';
import type { PageHints } from '../engine/types';
import { A_ANY, A_DATETIME, A_ITEMPROP, A_REL } from './attrs';
import { documentBase } from './urls';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const clean = (s: string | null | undefined): string | null => {
  if (s === null || s === undefined) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

type Source = string | null | undefined | (() => string | null | undefined);

/** The first non-empty value; functions are only called when everything before them was empty. */
const first = (...values: Source[]): string | null => {
  for (const v of values) {
    const c = clean(typeof v === 'function' ? v() : v);
    if (c !== null) return c;
  }
  return null;
};

const isUrl = (s: string) => /^(?:https?:)?\/\//i.test(s) || /^www\./i.test(s);

/**
 * @param sources the <meta>/<script>/<title>/<link> elements, when the caller
 *   already walked the document (the segmenter does); else one walk finds them.
 */
export function readPageHints(doc: Document, url: string | null = null, sources?: HintSources): PageHints {
  try {
    return read(doc, url, sources ?? collectHintSources(doc));
  } catch {
    // A hostile or broken DOM must not stop segmentation.
    return { ...emptyHints(), url };
  }
}

function read(doc: Document, url: string | null, found: HintSources): PageHints {
  const meta = readMeta(found.metas);
  const m = (key: string) => meta.get(key) ?? null;
  const ld = readJsonLd(found.scripts);
  const article = pickArticle(ld.objects);

  const types: string[] = [];
  const addType = (t: string | null) => {
    const c = clean(t)?.toLowerCase();
    if (c && !types.includes(c)) types.push(c);
  };
  for (const t of ld.types) addType(t);
  addType(m('og:type'));

  const authorMeta = m('article:author');
  const html = doc.documentElement;
  // Not doc.body: linkedom's getter inserts a <body> when there is none.
  const body = html ? childByTag(html, 'body') : null;
  const fallbacks = lazy(() => bodyFallbacks(doc, found.body));

  const title = found.title;
  const canonical = found.canonical;
  let pageUrl = clean(url);
  if (pageUrl === null) {
    const raw = first(canonical, m('og:url'));
    if (raw !== null) {
      const base = documentBase(doc, null);
      try {
        pageUrl = base ? new URL(raw, base).href : new URL(raw).href;
      } catch {
        pageUrl = raw;
      }
    }
  }

  const dirRaw = (clean(html?.getAttribute('dir')) ?? clean(body?.getAttribute('dir')))?.toLowerCase();
  const locale = m('og:locale');

  return {
    url: pageUrl,
    lang: first(html?.getAttribute('lang'), html?.getAttribute('xml:lang'), m('content-language'), locale?.replace(/_/g, '-')),
    dir: dirRaw === 'rtl' || dirRaw === 'ltr' ? dirRaw : null,
    documentTitle: clean(title?.textContent),
    headline: first(m('og:title'), m('twitter:title'), str(article?.headline), str(article?.name)),
    description: first(m('og:description'), m('description'), m('twitter:description'), str(article?.description)),
    byline: first(
      m('author'),
      authorMeta && !isUrl(authorMeta) ? authorMeta : null,
      article ? authorNames(article.author) : null,
      m('parsely-author'),
      m('sailthru.author'),
      () => fallbacks().byline,
    ),
    publishedTime: first(
      m('article:published_time'),
      m('og:published_time'),
      m('article:published'),
      str(article?.datePublished),
      m('datepublished'),
      () => fallbacks().itempropDate,
      () => fallbacks().articleTime,
      m('pubdate'),
      m('date'),
      m('dc.date.issued'),
      m('dc.date'),
      m('sailthru.date'),
      m('parsely-pub-date'),
    ),
    siteName: first(m('og:site_name'), publisherName(article, ld.objects), m('application-name')),
    types,
  };
}

/** The elements page hints are read from. */
export interface HintSources {
  metas: Element[];
  scripts: Element[];
  title: Element | null;
  canonical: string | null;
  /** Fallback candidates, when the caller visited the whole body (else a walk finds them if needed). */
  body?: BodyCandidates;
}

export const emptyHintSources = (): HintSources => ({ metas: [], scripts: [], title: null, canonical: null });

/**
 * Records el when it is a hint source (meta, JSON-LD script, title, canonical
 * link); returns true when the tag is one of those four.
 */
export function noteHintElement(sources: HintSources, el: Element, tag: string): boolean {
  switch (tag) {
    case 'meta':
      sources.metas.push(el);
      return true;
    case 'script':
      if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') sources.scripts.push(el);
      return true;
    case 'title':
      if (sources.title === null) sources.title = el;
      return true;
    case 'link':
      if (sources.canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) {
        sources.canonical = el.getAttribute('href');
      }
      return true;
    default:
      return false;
  }
}

/**
 * One pass over the document for the hint sources, wherever they sit (pages
 * put JSON-LD and meta in the body too): one walk instead of a selector query
 * per field, as linkedom answers each query with a full scan.
 */
export function collectHintSources(doc: Document): HintSources {
  const found = emptyHintSources();
  walkElements(Array.from(doc.childNodes), (el, tag) => noteOrDescend(found, el, tag));
  return found;
}

/** Same, under one element (the segmenter hands over <head> this way). */
export function collectHintSourcesUnder(root: Element, found: HintSources): void {
  walkElements([root], (el, tag) => noteOrDescend(found, el, tag));
}

const noteOrDescend = (found: HintSources, el: Element, tag: string) =>
  !noteHintElement(found, el, tag) && tag !== 'style' && tag !== 'svg' && tag !== 'template';

/**
 * Visits every element in document order without recursion; visit returns
 * whether to descend into the element (or 'stop' to end the walk).
 */
function walkElements(roots: Node[], visit: (el: Element, tag: string) => boolean | 'stop'): void {
  for (const top of roots) {
    let node: Node | null = top;
    while (node !== null) {
      let descend = false;
      if (node.nodeType === 1) {
        const el = node as Element;
        const r = visit(el, (el.localName || '').toLowerCase());
        if (r === 'stop') return;
        descend = r;
      }
      const child: Node | null = descend ? (node.firstChild ?? null) : null;
      if (child !== null) {
        node = child;
        continue;
      }
      // Climb until there is a next sibling, never leaving this top-level subtree.
      while (node !== null && node !== top && (node.nextSibling ?? null) === null) node = node.parentNode;
      node = node === null || node === top ? null : (node.nextSibling ?? null);
    }
  }
}

/** The first child element of parent with this tag. */
export function childByTag(parent: Element, tag: string): Element | null {
  for (let n = parent.firstChild; n !== null && n !== undefined; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName?.toLowerCase() === tag) return n as Element;
  }
  return null;
}

function lazy<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/** Meta values keyed by lower-case property / name / itemprop / http-equiv; the first non-empty wins. */
function readMeta(metas: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const value = el.getAttribute(attr)?.trim().toLowerCase();
      if (!value) continue;
      // itemprop and RDFa property may list several names: itemprop="datePublished dateCreated".
      for (const key of attr === 'itemprop' || attr === 'property' ? value.split(/\s+/) : [value]) {
        if (!out.has(key)) out.set(key, content);
      }
    }
  }
  return out;
}

// ---- JSON-LD -------------------------------------------------------------------------------------

interface JsonLd {
  /** Top-level objects, members of top-level arrays and of @graph, in page order. */
  objects: JsonObject[];
  types: string[];
}

function readJsonLd(scripts: Element[]): JsonLd {
  const objects: JsonObject[] = [];
  for (const script of scripts) {
    const data = parseLenient(script.textContent ?? '');
    if (data === undefined) continue;
    collectLd(data, objects, 0);
  }
  const types: string[] = [];
  for (const o of objects) for (const t of typesOf(o)) if (!types.includes(t)) types.push(t);
  return { objects, types };
}

function collectLd(data: Json, into: JsonObject[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collectLd(d, into, depth + 1);
    return;
  }
  into.push(data);
  const graph = data['@graph'];
  if (graph !== undefined) collectLd(graph, into, depth + 1);
  // A WebPage whose mainEntity is the article.
  const main = data.mainEntity;
  if (main !== null && typeof main === 'object' && !Array.isArray(main) && main['@type'] !== undefined) collectLd(main, into, depth + 1);
}

/** JSON.parse, then once more after fixing what pages commonly get wrong; undefined when hopeless. */
export function parseLenient(text: string): Json | undefined {
  let t = text.trim();
  if (t === '') return undefined;
  try {
    return JSON.parse(t) as Json;
  } catch {
    // fall through
  }
  t = t
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    // Raw control characters (newlines, tabs) inside strings are invalid JSON; outside they are whitespace.
    .replace(/[\u0000-\u001f]+/g, ' ')
    // Trailing commas before } or ].
    .replace(/,\s*([}\]])/g, '$1')
    // A trailing semicolon after the value.
    .replace(/;\s*$/, '')
    .trim();
  try {
    return JSON.parse(t) as Json;
  } catch {
    return undefined;
  }
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const v of list) if (typeof v === 'string' && v.trim()) out.push(v.trim().toLowerCase().replace(/^https?:\/\/schema\.org\//, ''));
  return out;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|review|creativework|webpage|liveblog/;

/** The object describing the article: an *Article / *Posting type first, then anything with a headline. */
function pickArticle(objects: JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestScore = 0;
  for (const o of objects) {
    const types = typesOf(o);
    let score = 0;
    if (types.some((t) => /article|posting|report|liveblog/.test(t))) score = 3;
    else if (types.some((t) => ARTICLE_TYPE.test(t)) && typeof o.headline === 'string') score = 2;
    else if (typeof o.headline === 'string') score = 1;
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return decodeEntities(v);
  if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x.trim()) return decodeEntities(x);
  return null;
}

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return isUrl(v) ? null : clean(decodeEntities(v));
  if (v && typeof v === 'object' && !Array.isArray(v)) return clean(str(v.name));
  return null;
}

function authorNames(v: Json | undefined): string | null {
  const list = Array.isArray(v) ? v : [v];
  const names: string[] = [];
  for (const a of list) {
    const n = nameOf(a);
    if (n && !names.includes(n)) names.push(n);
  }
  return names.length > 0 ? names.join(', ') : null;
}

function publisherName(article: JsonObject | null, objects: JsonObject[]): string | null {
  const fromArticle = article ? nameOf(article.publisher) : null;
  if (fromArticle) return fromArticle;
  for (const o of objects) {
    const n = nameOf(o.publisher);
    if (n) return n;
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

// ---- body fallbacks --------------------------------------------------------------------------------

interface BodyFallbacks {
  itempropDate: string | null;
  articleTime: string | null;
  byline: string | null;
}

/** Body elements the fallbacks read, each the first of its kind in document order. */
export interface BodyCandidates {
  datePublished: Element | null;
  articleTime: Element | null;
  authorProp: Element | null;
  relAuthor: Element | null;
  bylineClass: Element | null;
}

export const emptyBodyCandidates = (): BodyCandidates => ({
  datePublished: null,
  articleTime: null,
  authorProp: null,
  relAuthor: null,
  bylineClass: null,
});

const hasToken = (value: string | null, token: string) =>
  value !== null && value.toLowerCase().split(/\s+/).includes(token);

/**
 * Records el when it is a fallback candidate: [itemprop~=datePublished],
 * [itemprop~=author], a[rel~=author], .byline, and a <time datetime> inside an
 * <article>. Call in document order; `cls` is the element's class attribute; `attrs`, when
 * the caller knows it, which attributes the element has (see attrs.ts).
 */
export function noteBodyCandidate(c: BodyCandidates, el: Element, tag: string, cls: string | null, inArticle: boolean, attrs: number = A_ANY): void {
  const itemprop = attrs & A_ITEMPROP ? el.getAttribute('itemprop') : null;
  if (itemprop !== null) {
    if (c.datePublished === null && hasToken(itemprop, 'datepublished')) c.datePublished = el;
    if (c.authorProp === null && hasToken(itemprop, 'author')) c.authorProp = el;
  }
  if (tag === 'time') {
    if (c.articleTime === null && inArticle && attrs & A_DATETIME && el.hasAttribute('datetime')) c.articleTime = el;
  } else if (tag === 'a') {
    if (c.relAuthor === null && attrs & A_REL && hasToken(el.getAttribute('rel'), 'author')) c.relAuthor = el;
  }
  if (c.bylineClass === null && cls !== null && /byline/i.test(cls) && hasToken(cls, 'byline')) c.bylineClass = el;
}

/**
 * The date and byline fallbacks: itemprop=datePublished, the first <time
 * datetime> inside an <article>, and a byline ([itemprop=author]
 * [itemprop=name], a[rel=author], [itemprop=author], .byline). Read from the
 * candidates the caller gathered, else found in one walk; only asked for when
 * the head had no answer.
 */
function bodyFallbacks(doc: Document, gathered: BodyCandidates | undefined): BodyFallbacks {
  let c = gathered;
  if (c === undefined) {
    const found = emptyBodyCandidates();
    walkElements(Array.from(doc.childNodes), (el, tag) => {
      if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'template' || tag === 'head') return false;
      noteBodyCandidate(found, el, tag, el.getAttributeNode('class')?.value ?? null, tag === 'time' && insideArticle(el));
      return true;
    });
    c = found;
  }
  const d = c.datePublished;
  const t = c.articleTime;
  let bylineEl: Element | null = null;
  const prop = c.authorProp;
  if (prop !== null) bylineEl = prop.querySelector('[itemprop~="name" i]');
  bylineEl ??= c.relAuthor ?? prop ?? c.bylineClass;
  let byline: string | null = null;
  if (bylineEl !== null) {
    const text = clean(bylineEl.getAttribute('content') ?? bylineEl.textContent);
    // A byline is a short name, not a paragraph.
    if (text !== null && text.length <= 100) byline = text.replace(/^by\s+/i, '');
  }
  return {
    itempropDate: d ? first(d.getAttribute('content'), d.getAttribute('datetime'), d.textContent) : null,
    articleTime: t ? clean(t.getAttribute('datetime')) : null,
    byline,
  };
}

function insideArticle(el: Element): boolean {
  for (let p = el.parentElement; p !== null; p = p.parentElement) if (p.localName?.toLowerCase() === 'article') return true;
  return false;
}
