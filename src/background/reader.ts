/** The reading view in a full tab, next to the article's tab (the popup page with `?tab=`). */
import browser from 'webextension-polyfill';

export const READER_PAGE = 'src/popup/index.html';

export function readerUrl(tabId: number): string {
  return `${browser.runtime.getURL(READER_PAGE)}?tab=${tabId}`;
}

export async function openReader(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  await browser.tabs.create({
    url: readerUrl(tabId),
    index: tab.index + 1,
    openerTabId: tabId,
    windowId: tab.windowId,
  });
}
