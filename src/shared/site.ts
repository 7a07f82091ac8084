/**
 * "Which site is this page on?" — the registrable domain (public suffix list
 * via tldts), so www.kenyastar.com, kenyastar.com and m.kenyastar.com are one
 * site for on/off, pauses and corrections. Agrees with settings'
 * `normalizeSite` (same getDomain), which validates what readers type.
 *
 * Only `getDomain` is imported from tldts: the list itself is most of its
 * ~130 kB, so this module stays out of the content script (which asks the
 * service worker for its page context instead).
 */
import { getDomain } from 'tldts';

/** Registrable domain of a URL or host name; null for IPs, localhost, extension and file URLs. */
export function siteOf(urlOrHost: string | null | undefined): string | null {
  if (!urlOrHost) return null;
  let host = urlOrHost;
  if (/^[a-z][a-z0-9+.-]*:/i.test(urlOrHost)) {
    let url: URL;
    try {
      url = new URL(urlOrHost);
    } catch {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return null;
  return getDomain(host) ?? null;
}

/** Match pattern covering a host and all its subdomains, on http and https. */
export function hostPattern(host: string): string {
  return `*://*.${host}/*`;
}

/** Does `hostname` equal `host` or sit under it (a label boundary, not a substring)? */
export function hostWithin(hostname: string, host: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === host || h.endsWith(`.${host}`);
}
