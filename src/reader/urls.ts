/**
 * The only gate page URLs pass through on their way into the reading view.
 * Page strings are untrusted: a link may say `javascript:…`, an image may say
 * anything. We parse with the URL parser (which also strips the tab/newline
 * tricks such as "java\tscript:") and allow a short list of schemes.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
// Raster and SVG images only; an <img> never runs script, but other data: types have no business here.
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]/i;

function parse(raw: unknown, base?: string | null): URL | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (!s || s.length > 8192) return null;
  try {
    return base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
}

/** A link target safe to put in `href`, or null. Relative URLs resolve against `base` when given. */
export function safeHref(raw: unknown, base?: string | null): string | null {
  const url = parse(raw, base);
  return url && LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** An image source safe to put in `src` (http(s) or a data:image), or null. */
export function safeImageSrc(raw: unknown, base?: string | null): string | null {
  if (typeof raw === 'string' && DATA_IMAGE.test(raw.trim())) {
    // Data URLs can be huge; 2 MB is plenty for an inline article image.
    return raw.length <= 2_000_000 ? raw.trim() : null;
  }
  const url = parse(raw, base);
  return url && IMAGE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** Host of an http(s) URL without a leading "www.", or null. */
export function displayHost(raw: unknown): string | null {
  const url = parse(raw);
  if (!url || !IMAGE_PROTOCOLS.has(url.protocol)) return null;
  return url.hostname.replace(/^www\./, '') || null;
}
