/**
 * The curated list as the manifest and the service worker need it. The build
 * (vite.config.ts) replaces the `"__NEWS_SITES__"` marker in manifest.json with
 * `manifestHostPatterns()`, so src/sites/news-sites.ts stays the single source.
 */
import { hostPattern, hostWithin } from '../shared/site';
import { NEWS_SITES, type NewsSite } from './news-sites';

export const SITES_MARKER = '__NEWS_SITES__';

export function manifestHostPatterns(sites: readonly NewsSite[] = NEWS_SITES): string[] {
  return sites.map((s) => hostPattern(s.host));
}

/** The listed site a host name belongs to, if any. */
export function listedSiteFor(hostname: string, sites: readonly NewsSite[] = NEWS_SITES): NewsSite | null {
  for (const s of sites) if (hostWithin(hostname, s.host)) return s;
  return null;
}

/** Replace every marker string in the manifest's pattern lists with the generated patterns. */
export function expandSiteMarkers<T>(manifest: T, patterns: string[] = manifestHostPatterns()): T {
  const expand = (list: unknown): unknown =>
    Array.isArray(list) ? list.flatMap((x) => (x === SITES_MARKER ? patterns : [x])) : list;
  const m = structuredClone(manifest) as Record<string, unknown>;
  m.host_permissions = expand(m.host_permissions);
  if (Array.isArray(m.content_scripts)) {
    m.content_scripts = m.content_scripts.map((cs: Record<string, unknown>) => ({
      ...cs,
      matches: expand(cs.matches),
      ...(cs.exclude_matches ? { exclude_matches: expand(cs.exclude_matches) } : {}),
    }));
  }
  return m as T;
}
