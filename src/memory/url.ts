/**
 * A page's identity in the memory: its address normalised (no fragment, no
 * tracking parameters, no `www.`, parameters sorted), then hashed to 32 bits.
 * Two visits of the same story through a newsletter link and a share link are
 * one page; two different stories are two.
 */
import { fnv1a } from '../engine/normalize';
import { siteOf } from '../shared/site';

/** Query parameters that say how the reader arrived, not which page it is. */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref|ref_src|ref_url|cmpid|ocid|icid|spm|smid|at_medium|at_campaign|s_cid|guccounter|guce_referrer|guce_referrer_sig|__twitter_impression)$/i;

/**
 * The normalised address, or null when `url` is not an http(s) address. Host
 * lower-cased without `www.` and default port, fragment dropped, tracking
 * parameters dropped, the others sorted, a trailing slash on the path dropped.
 */
export function normalizeUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  // The scheme is left out on purpose: http and https copies of a page are one page.
  return `${host}${u.port ? ':' + u.port : ''}${path}${query}`;
}

/** 32-bit hash of the normalised address (of `url` as given when it is not http(s)). */
export function pageKey(url: string): number {
  return fnv1a(normalizeUrl(url) ?? url) >>> 0 || 1;
}

/** The registrable domain a page belongs to, or null (no http(s) address, IPs, localhost). */
export function siteOfUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? siteOf(url) : null;
}

/** A shorter, storable form of an address for syndication notes: no fragment, no tracking parameters. */
export function storableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    const s = u.href;
    return s.length > 500 ? s.slice(0, 500) : s;
  } catch {
    return url.slice(0, 500);
  }
}
