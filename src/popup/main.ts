/**
 * The reading view: one page used as the toolbar popup and, given
 * `?tab=<tabId>`, as a full tab (long reads, printing, tests).
 */
import browser from 'webextension-polyfill';
import { toMarkdown } from '../reader/markdown';
import type { ArticleModel } from '../reader/model';
import { toPlainText } from '../reader/plain-text';
import { controlTheme } from '../reader/theme';
import { localizeDocument, t } from '../shared/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';
import { browserDeps } from './browser-deps';
import { wireDisplay } from './display';
import { fetchAnalysis, NOTHING_TEXT } from './fetch-analysis';
import { showNotice, showResult } from './view';

const doc = document;
const root = doc.documentElement;
const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
const main = $('main');

const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
// `?tab=` shows that tab in the full-tab layout; `&view=popup` keeps the popup
// layout (tests and screenshots open the popup page as a tab, where it cannot
// find "the active tab" by itself).
const fullTab = tabParam !== null && params.get('view') !== 'popup';
root.classList.add(fullTab ? 'full-tab' : 'popup');
localizeDocument(doc);

let statusTimer: ReturnType<typeof setTimeout> | undefined;
function announce(text: string): void {
  const status = $('status');
  status.textContent = text;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ''), 5000);
}

async function targetTabId(): Promise<number | null> {
  if (tabParam !== null) {
    const id = Number(tabParam);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(t('copiedAs', what));
  } catch {
    announce(t('copyRefused'));
  }
}

async function showOnPage(tabId: number, blockId: number): Promise<void> {
  let ok = false;
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'winnow/reveal', blockId }, { frameId: 0 })) as { ok?: unknown } | undefined;
    ok = reply?.ok === true;
  } catch {
    ok = false;
  }
  if (!ok) {
    announce(t('showFailed'));
    return;
  }
  if (fullTab) {
    // From the full tab the page is out of sight: bring it forward.
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
  }
  announce(t('shownOnPage'));
}

function wireKeyboard(): void {
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const display = $<HTMLDetailsElement>('display');
    if (display.open) {
      // Escape first closes the open menu, like any menu; a second Escape closes the popup.
      display.open = false;
      display.querySelector('summary')?.focus();
      e.preventDefault();
      return;
    }
    if (!fullTab) window.close();
  });
}

function enableActions(model: ArticleModel, tabId: number): void {
  const locale = navigator.language;
  const copyText = $<HTMLButtonElement>('copy-text');
  const copyMd = $<HTMLButtonElement>('copy-md');
  copyText.disabled = copyMd.disabled = false;
  copyText.addEventListener('click', () => void copy(toPlainText(model, locale), t('copyPlainText')));
  copyMd.addEventListener('click', () => void copy(toMarkdown(model, locale), t('copyMarkdownName')));
  if (fullTab) {
    const print = $<HTMLButtonElement>('print');
    print.disabled = false;
    print.addEventListener('click', () => window.print());
    doc.title = t('tabTitle', model.title ?? model.siteName ?? t('articleFallbackTitle'));
  } else {
    const open = $<HTMLButtonElement>('open-tab');
    open.disabled = false;
    open.addEventListener('click', async () => {
      const url = new URL(location.href);
      url.search = `?tab=${tabId}`;
      const tab = await browser.tabs.get(tabId).catch(() => null);
      await browser.tabs.create({ url: url.href, index: tab ? tab.index + 1 : undefined });
      window.close();
    });
  }
}

async function start(): Promise<void> {
  wireKeyboard();
  $('options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  const settings = await loadSettings();
  const theme = controlTheme(root, settings.theme, (q) => window.matchMedia(q));
  const display = wireDisplay(doc, theme, settings, saveSettings);
  onSettingsChanged((s) => display.sync(s));

  const tabId = await targetTabId();
  if (tabId === null) {
    showNotice(main, NOTHING_TEXT['no-tab']);
    return;
  }
  const result = await fetchAnalysis(tabId, browserDeps(settings));
  const model = showResult(main, result, {
    locale: navigator.language,
    onShow: (blockId) => void showOnPage(tabId, blockId),
  });
  root.dataset.state = model ? 'ready' : result.ok ? 'empty' : result.reason;
  if (model) enableActions(model, tabId);
}

start().catch((e: unknown) => {
  showNotice(main, { ...NOTHING_TEXT.error, detail: e instanceof Error ? e.message : String(e) });
  root.dataset.state = 'error';
});
