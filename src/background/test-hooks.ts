/**
 * Test builds only (`vite build --mode test`): handles for the browser tests,
 * which cannot press browser shortcuts or click the toolbar. Reached as
 * `self.winnowTest` through Playwright's service worker handle. The shipped
 * build compiles the call out (TEST_BUILD is false there).
 */
import browser from 'webextension-polyfill';
import type { ForcedMark } from '../shared/messages';
import { handleCommand, handleMenuClick, MENU_ID, toggleTab } from './commands';
import { syncRegistrations } from './registration';
import { ping, sendToTab } from './tabs';

export function installTestHooks(): void {
  (globalThis as Record<string, unknown>).winnowTest = {
    command: (tabId: number) => handleCommand('toggle-highlighting', { id: tabId } as never),
    toggle: toggleTab,
    menu: (tabId: number) => handleMenuClick({ menuItemId: MENU_ID } as never, { id: tabId } as never),
    ping,
    badge: (tabId: number) => browser.action.getBadgeText({ tabId }),
    force: (tabId: number, marks: ForcedMark[]) => sendToTab(tabId, { type: 'winnow/test-force', marks }),
    analysis: (tabId: number) => sendToTab(tabId, { type: 'winnow/get-analysis' }),
    reveal: (tabId: number, blockId: number) => sendToTab(tabId, { type: 'winnow/reveal', blockId }),
    sync: syncRegistrations,
    registered: () => browser.scripting.getRegisteredContentScripts(),
  };
}
