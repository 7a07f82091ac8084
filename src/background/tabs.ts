/**
 * Talking to a tab's content script, injecting it on demand first when the
 * page has none (an unlisted site: allowed by `activeTab` after a command or a
 * menu click, or by host permission).
 */
import browser from 'webextension-polyfill';
import onDemandScript from '../content/on-demand.iife.ts?script';
import { isHighlightSummary, type HighlightSummary, type Message } from '../shared/messages';

export async function sendToTab<R = unknown>(tabId: number, message: Message): Promise<R | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as R) ?? null;
  } catch {
    return null;
  }
}

export async function ping(tabId: number): Promise<HighlightSummary | null> {
  const reply = await sendToTab(tabId, { type: 'winnow/ping' });
  return isHighlightSummary(reply) ? reply : null;
}

/** Make sure the tab has a content script; true when one answers. */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  if (await ping(tabId)) return true;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [onDemandScript] });
  } catch {
    return false; // no access to this page (browser pages, the web store, no grant)
  }
  return (await ping(tabId)) !== null;
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}
