/**
 * The reader's switches: the keyboard command, the context menu and the
 * chip's "Off" all end here, so per-site on/off is remembered the same way
 * whichever was used.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { isHighlightSummary, type HighlightSummary } from '../shared/messages';
import { rememberSiteOn } from './site-state';
import { activeTabId, ensureContentScript, sendToTab } from './tabs';

export const TOGGLE_COMMAND = 'toggle-highlighting';
export const MENU_ID = 'winnow-this-page';

/** Turn highlighting on, off (or flip it) on a tab, and remember the choice for its site. */
export async function toggleTab(tabId: number, on?: boolean): Promise<HighlightSummary | null> {
  if (!(await ensureContentScript(tabId))) return null;
  const reply = await sendToTab(tabId, { type: 'winnow/toggle', ...(on === undefined ? {} : { on }) });
  if (!isHighlightSummary(reply)) return null;
  try {
    const tab = await browser.tabs.get(tabId);
    await rememberSiteOn(tab.url, reply.on);
  } catch {
    // the tab went away; nothing to remember
  }
  return reply;
}

/** `commands.onCommand` handler (exported so the browser tests can call it through the service worker). */
export async function handleCommand(command: string, tab?: Tabs.Tab): Promise<HighlightSummary | null> {
  if (command !== TOGGLE_COMMAND) return null;
  const tabId = tab?.id ?? (await activeTabId());
  return tabId === null || tabId === undefined ? null : toggleTab(tabId);
}

export function createMenus(): void {
  browser.contextMenus.removeAll().then(
    () =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: t('menuWinnowThisPage'),
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      }),
    () => undefined,
  );
}

export async function handleMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<HighlightSummary | null> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return null;
  return toggleTab(tab.id, true);
}
