/**
 * Content scripts registered at run time, kept in step with the settings and
 * the granted permissions:
 * - reader-added sites (`enabledSites`) whose host access was granted run the
 *   same script as the curated list;
 * - the "all article pages" mode runs the article script on every granted
 *   origin outside those lists; the script itself checks that the page looks
 *   like an article before doing anything.
 */
import browser, { type Scripting } from 'webextension-polyfill';
import articleScript from '../content/article.iife.ts?script';
import listedScript from '../content/listed.iife.ts?script';
import { loadSettings, type Settings } from '../shared/settings';
import { hostPattern } from '../shared/site';
import { listedSiteFor, manifestHostPatterns } from '../sites/patterns';

export const USER_SITES_ID = 'winnow-user-sites';
export const ARTICLE_PAGES_ID = 'winnow-article-pages';

type Registration = Scripting.RegisteredContentScript;

/** Pure: the registrations wanted, given settings, granted origins and which site patterns are granted. */
export function plannedRegistrations(
  settings: Settings,
  grantedOrigins: string[],
  grantedUserPatterns: string[],
  files: { listed: string; article: string } = { listed: listedScript, article: articleScript },
): Registration[] {
  const listed = new Set(manifestHostPatterns());
  const user = grantedUserPatterns.filter((p) => !listed.has(p));
  const out: Registration[] = [];
  if (user.length) {
    out.push({ id: USER_SITES_ID, matches: user, js: [files.listed], runAt: 'document_idle', allFrames: false });
  }
  const broad = grantedOrigins.filter((o) => !listed.has(o) && !user.includes(o));
  if (settings.allArticlePages && broad.length) {
    out.push({
      id: ARTICLE_PAGES_ID,
      matches: broad,
      excludeMatches: [...listed, ...user],
      js: [files.article],
      runAt: 'document_idle',
      allFrames: false,
    });
  }
  return out;
}

function same(a: Registration, b: Registration): boolean {
  const norm = (r: Registration) =>
    JSON.stringify([r.id, [...(r.matches ?? [])].sort(), [...(r.excludeMatches ?? [])].sort(), r.js, r.runAt]);
  return norm(a) === norm(b);
}

let chain: Promise<unknown> = Promise.resolve();

/** Bring the registered scripts in line with settings and permissions (serialised; safe to call often). */
export function syncRegistrations(): Promise<void> {
  const run = chain.then(doSync, doSync);
  chain = run.catch(() => undefined);
  return run;
}

async function doSync(): Promise<void> {
  const settings = await loadSettings();
  const all = await browser.permissions.getAll();
  const userPatterns: string[] = [];
  for (const site of settings.enabledSites) {
    if (listedSiteFor(site)) continue;
    const pattern = hostPattern(site);
    if (await browser.permissions.contains({ origins: [pattern] })) userPatterns.push(pattern);
  }
  const wanted = plannedRegistrations(settings, all.origins ?? [], userPatterns);
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter(
    (r) => r.id === USER_SITES_ID || r.id === ARTICLE_PAGES_ID,
  );
  const stale = existing.filter((r) => !wanted.some((w) => same(w, r)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((r) => r.id) });
  const missing = wanted.filter((w) => !existing.some((r) => same(w, r)));
  if (missing.length) await browser.scripting.registerContentScripts(missing);
}
