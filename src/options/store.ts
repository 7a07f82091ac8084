/**
 * The options page's view of the settings: changes apply on screen at once,
 * are saved to sync storage, and changes made elsewhere (the popup, another
 * options tab, a correction from a page) flow back in.
 */
import { t } from '../shared/i18n';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { announce } from './dom';

export interface Store {
  get(): Settings;
  save(partial: Partial<Settings>, message?: string): Promise<boolean>;
  subscribe(fn: (s: Settings) => void): void;
  /** Re-read storage (after an import or a reset). */
  reload(): Promise<void>;
}

export async function createStore(): Promise<Store> {
  let current = await loadSettings();
  const subscribers: ((s: Settings) => void)[] = [];
  const notify = () => subscribers.forEach((fn) => fn(current));
  onSettingsChanged((s) => {
    current = s;
    notify();
  });
  return {
    get: () => current,
    async save(partial, message = t('optSaved')) {
      current = { ...current, ...partial };
      notify();
      try {
        await saveSettings(partial);
        announce(message);
        return true;
      } catch (e) {
        announce(t('optSaveFailed', e instanceof Error ? e.message : String(e)));
        current = await loadSettings();
        notify();
        return false;
      }
    },
    subscribe(fn) {
      subscribers.push(fn);
      fn(current);
    },
    async reload() {
      current = await loadSettings();
      notify();
    },
  };
}
