/**
 * The service worker: badge, keyboard command, context menu, the reading view
 * tab, per-site memory, corrections, and the run-time content script
 * registrations. Listeners are registered synchronously at the top level, as
 * MV3 requires for a worker that may be woken by any of them.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, type Message } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings';
import { initBadge, setBadge } from './badge';
import { createMenus, handleCommand, handleMenuClick } from './commands';
import { pageContextFor } from './context';
import { TEST_BUILD } from './env';
import { openReader } from './reader';
import { syncRegistrations } from './registration';
import { rememberSiteOn, saveCorrection } from './site-state';
import { installTestHooks } from './test-hooks';
import { handleAnalyze } from './engine';
import { handleMemoryMessage, isMemoryMessage } from '../memory/background';

async function onMessage(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  const url = sender.url ?? sender.tab?.url;
  if (isMemoryMessage(message)) return handleMemoryMessage(message, sender);
  switch (message.type) {
    case 'winnow/page-context':
      return pageContextFor(url ?? '', message.trigger, await loadSettings());
    case 'winnow/state':
      if (tabId !== undefined) await setBadge(tabId, message.summary);
      return undefined;
    case 'winnow/open-reader':
      if (tabId !== undefined) await openReader(tabId);
      return undefined;
    case 'winnow/correct':
      return { ok: await saveCorrection(url, { fingerprint: message.fingerprint, action: message.action }) };
    case 'winnow/site-on':
      return { ok: await rememberSiteOn(url, message.on) };
    case 'winnow/analyze':
      return handleAnalyze(message);
    default:
      return undefined; // addressed to content scripts or extension pages
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only Winnow's own contexts can reach this listener (no externally_connectable);
  // the shape is still checked, since a content script shares a process with the page.
  if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
  return onMessage(message, sender).catch(() => undefined);
});

browser.commands.onCommand.addListener((command, tab) => {
  void handleCommand(command, tab).catch(() => undefined);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  void handleMenuClick(info, tab).catch(() => undefined);
});

browser.runtime.onInstalled.addListener(() => {
  createMenus();
  void syncRegistrations().catch(() => undefined);
});

browser.runtime.onStartup.addListener(() => {
  void syncRegistrations().catch(() => undefined);
});

browser.permissions.onAdded.addListener(() => void syncRegistrations().catch(() => undefined));
browser.permissions.onRemoved.addListener(() => void syncRegistrations().catch(() => undefined));
onSettingsChanged(() => void syncRegistrations().catch(() => undefined));

void initBadge();

if (TEST_BUILD) installTestHooks();
