/**
 * What a content script may do on its page, decided in one place from the
 * settings and the curated list (the content script never loads either, so
 * its bundle stays small). Pure: unit-tested without a browser.
 */
import type { PageContext, Trigger } from '../shared/messages';
import { correctionsFor, highlightOnFor, type Settings } from '../shared/settings';
import { siteOf } from '../shared/site';
import { listedSiteFor } from '../sites/patterns';

function hostnameOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Curated, or added by the reader. */
export function isAutoSite(url: string, settings: Settings): boolean {
  const host = hostnameOf(url);
  if (!host) return false;
  if (listedSiteFor(host)) return true;
  const site = siteOf(host);
  return site !== null && settings.enabledSites.includes(site);
}

export function pageContextFor(url: string, trigger: Trigger, settings: Settings): PageContext {
  const site = siteOf(url);
  const paused = site !== null && settings.pausedSites.includes(site);
  const on = site !== null ? highlightOnFor(settings, site) : settings.highlightOn;
  let autoRun = false;
  if (trigger === 'listed') autoRun = isAutoSite(url, settings) && !paused && on;
  else if (trigger === 'article') autoRun = settings.allArticlePages && !paused && on && hostnameOf(url) !== null;
  return {
    site,
    autoRun,
    mode: settings.highlightMode,
    sensitivity: settings.sensitivity,
    corrections: site !== null ? correctionsFor(settings, site) : [],
  };
}

/** The settings change that remembers the reader's on/off for a site. */
export function siteOnChange(settings: Settings, site: string, on: boolean): Pick<Settings, 'siteOff' | 'pausedSites'> {
  const without = (list: string[]) => list.filter((s) => s !== site);
  return on
    ? { siteOff: without(settings.siteOff), pausedSites: without(settings.pausedSites) }
    : { siteOff: [...without(settings.siteOff), site], pausedSites: settings.pausedSites };
}
