/** The real browser behind `FetchDeps` (the unit tests use fakes instead). */
import browser from 'webextension-polyfill';
// crxjs: the built file name of the on-demand content script (it only listens until asked).
import onDemandScript from '../content/on-demand.iife.ts?script';
import { correctionsFor, normalizeSite, type Settings } from '../shared/settings';
import { snapshotPage, type FetchDeps, type PageSnapshot } from './fetch-analysis';

export function browserDeps(settings: Settings): FetchDeps {
  return {
    async getTab(tabId) {
      const tab = await browser.tabs.get(tabId);
      return tab && typeof tab.id === 'number' ? { id: tab.id, url: tab.url, title: tab.title } : null;
    },
    sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    async injectContentScript(tabId) {
      // Allowed by activeTab (the reader clicked the toolbar button) or a host permission.
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [onDemandScript] });
      return true;
    },
    async snapshot(tabId) {
      const [first] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotPage });
      return (first?.result as PageSnapshot | undefined) ?? null;
    },
    async analyzeSnapshot(snap) {
      // Loaded only when needed: the segmenter and engine are most of the page's code,
      // and the usual path (the content script's cached analysis) never needs them.
      const { analyzeSnapshot } = await import('./analyze-snapshot');
      const site = normalizeSite(snap.url);
      return analyzeSnapshot(snap, {
        sensitivity: settings.sensitivity,
        corrections: site ? correctionsFor(settings, site) : [],
      });
    },
  };
}
