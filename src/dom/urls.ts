/** Absolute link and image addresses, resolved the way the page's own links resolve. */
import type { ImageRef } from '../engine/types';

export interface UrlResolver {
  /** The base used (from <base href>, the url option, or an http(s) document URL), or null. */
  base: string | null;
  /** A link's href made absolute; '' for javascript: links; as given when there is no base. */
  href(raw: string): string;
}

const HTTP = /^https?:/i;

function tryUrl(raw: string, base?: string): string | null {
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

/** The document's base: <base href> (itself resolved against the page URL), else the page URL. */
export function documentBase(doc: Document, url: string | null): string | null {
  let pageUrl: string | null = null;
  if (url && HTTP.test(url)) pageUrl = tryUrl(url);
  else {
    const docUrl = safeBaseURI(doc);
    if (docUrl && HTTP.test(docUrl)) pageUrl = docUrl;
  }
  const raw = findBaseHref(doc);
  if (raw) {
    const resolved = tryUrl(raw, pageUrl ?? undefined);
    if (resolved && HTTP.test(resolved)) return resolved;
  }
  return pageUrl;
}

/** <base href> lives in <head>; looking there only avoids a whole-document scan. */
function findBaseHref(doc: Document): string | null {
  // Not doc.head: linkedom's getter inserts a <head> when there is none.
  const html = doc.documentElement;
  if (!html) return null;
  let head: Node | null = null;
  for (let n = html.firstChild; n !== null && n !== undefined; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName?.toLowerCase() === 'head') {
      head = n;
      break;
    }
  }
  if (head === null) return null;
  for (let n = head.firstChild; n !== null && n !== undefined; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName?.toLowerCase() === 'base') {
      const href = (n as Element).getAttribute('href');
      if (href !== null && href.trim() !== '') return href.trim();
    }
  }
  return null;
}

/** The document's own address (doc.URL: not baseURI, which linkedom computes with a full-document query). */
function safeBaseURI(doc: Document): string | null {
  try {
    return doc.URL ?? null;
  } catch {
    return null;
  }
}

export function makeUrlResolver(doc: Document, url: string | null): UrlResolver {
  const base = documentBase(doc, url);
  const cache = new Map<string, string>();
  return {
    base,
    href(raw: string): string {
      const trimmed = raw.trim();
      let out = cache.get(trimmed);
      if (out !== undefined) return out;
      // Browsers strip tabs and newlines inside URLs; "java\nscript:" is still javascript:.
      if (/^javascript:/i.test(trimmed.replace(/[\t\n\r]/g, ''))) out = '';
      else if (base === null) out = trimmed;
      else out = tryUrl(trimmed, base) ?? trimmed;
      cache.set(trimmed, out);
      return out;
    },
  };
}

const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url'];

function firstSrcsetCandidate(srcset: string | null): string | null {
  if (!srcset) return null;
  const m = /^\s*([^\s,][^\s]*?),?(?:\s|$)/.exec(srcset);
  return m ? m[1] : null;
}

/**
 * An <img>'s address: its src, unless that is missing or an inline placeholder,
 * then data-src / data-lazy-src / data-original, then the first srcset candidate
 * (also data-srcset). A long data: URI is kept as a last resort (a real inline
 * picture); a tiny one (a lazy-loading placeholder) is not. Tracking pixels
 * (width or height 1 or 0) are skipped.
 */
export function pickImageSource(el: Element, resolver: UrlResolver): ImageRef | null {
  const w = el.getAttribute('width');
  const h = el.getAttribute('height');
  if ((w !== null && /^\s*[01](?:px)?\s*$/.test(w)) || (h !== null && /^\s*[01](?:px)?\s*$/.test(h))) return null;
  let dataUri: string | null = null;
  const candidates: (string | null)[] = [el.getAttribute('src')];
  for (const a of LAZY_ATTRS) candidates.push(el.getAttribute(a));
  candidates.push(firstSrcsetCandidate(el.getAttribute('srcset')));
  candidates.push(firstSrcsetCandidate(el.getAttribute('data-srcset')));
  let src: string | null = null;
  for (const c of candidates) {
    const v = c?.trim();
    if (!v) continue;
    if (/^data:/i.test(v)) {
      dataUri ??= v;
      continue;
    }
    src = v;
    break;
  }
  if (src === null) {
    if (dataUri === null || dataUri.length < 200) return null;
    return { src: dataUri, alt: (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim() };
  }
  const href = resolver.href(src);
  if (href === '') return null;
  return { src: href, alt: (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim() };
}
