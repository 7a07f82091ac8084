/**
 * The keyboard shortcut. Extensions cannot change their own shortcuts; the
 * browser has a page for it, which only the extension can open (a plain link
 * to chrome:// is blocked).
 */
import { t } from '../shared/i18n';
import browser from 'webextension-polyfill';
import { byId } from './dom';

const TOGGLE_COMMAND = 'toggle-highlighting';

export async function wireShortcut(): Promise<void> {
  const keys = byId('shortcut-keys');
  const change = byId<HTMLButtonElement>('shortcut-change');
  const help = byId('shortcut-help');
  const firefox = browser.runtime.getURL('').startsWith('moz-extension:');
  try {
    const commands = await browser.commands.getAll();
    const toggle = commands.find((c) => c.name === TOGGLE_COMMAND) ?? commands.find((c) => c.name !== '_execute_action');
    keys.textContent = toggle?.shortcut || t('optShortcutNotSet');
  } catch {
    keys.textContent = t('optShortcutUnknown');
  }
  if (firefox) {
    change.hidden = true;
    help.textContent = t('optShortcutFirefox');
    return;
  }
  help.textContent = t('optShortcutChrome');
  change.addEventListener('click', () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }));
}
