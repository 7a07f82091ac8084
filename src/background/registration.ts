/**
 * Content scripts registered at run time, kept in step with the settings and
 * the granted permissions:
 * - reader-added sites (`enabledSites`) whose host access was granted run the
 *   same script as the curated list;
 * - the "all article pages" mode runs the article script on every granted
 *   origin outside those lists; the script itself checks that the page looks
 *   like an article before doing anything.
 */
import browser from 'webextension-polyfill';
import articleScript from '../content/article.iife.ts?script';
import listedScript from '../content/listed.iife.ts?script';
import { loadSettings } from '../shared/settings';
import { hostPattern } from '../shared/site';
import { listedSiteFor } from '../sites/patterns';
import { ARTICLE_PAGES_ID, plannedRegistrations, sameRegistration, USER_SITES_ID } from './registration-plan';

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
  const wanted = plannedRegistrations(settings, all.origins ?? [], userPatterns, { listed: listedScript, article: articleScript });
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter(
    (r) => r.id === USER_SITES_ID || r.id === ARTICLE_PAGES_ID,
  );
  const stale = existing.filter((r) => !wanted.some((w) => sameRegistration(w, r)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((r) => r.id) });
  const missing = wanted.filter((w) => !existing.some((r) => sameRegistration(w, r)));
  if (missing.length) await browser.scripting.registerContentScripts(missing);
}
