/** Reading-view settings: theme, text size, line width. Also themes this page. */
import { t } from '../shared/i18n';
import { FONT_SIZE, LINE_WIDTH, type Theme } from '../shared/settings';
import { controlTheme } from '../reader/theme';
import { byId } from './dom';
import type { Store } from './store';

/** A number field that saves only valid values, and says the range otherwise. */
export function numberField(
  store: Store,
  id: string,
  key: 'fontSize' | 'lineWidth' | 'memoryCapMB' | 'templateThreshold',
  range: { min: number; max: number },
): void {
  const input = byId<HTMLInputElement>(id);
  input.addEventListener('change', () => {
    const n = Number(input.value);
    if (input.value.trim() === '' || !Number.isInteger(n) || n < range.min || n > range.max) {
      input.setAttribute('aria-invalid', 'true');
      input.value = String(store.get()[key]);
      byId('status').textContent = t('optWholeNumber', range.min, range.max);
      return;
    }
    input.removeAttribute('aria-invalid');
    void store.save({ [key]: n });
  });
  store.subscribe((s) => {
    if (document.activeElement !== input) input.value = String(s[key]);
  });
}

export function wireReading(store: Store): void {
  const theme = controlTheme(document.documentElement, store.get().theme, (q) => window.matchMedia(q));
  const select = byId<HTMLSelectElement>('theme');
  select.addEventListener('change', () => void store.save({ theme: select.value as Theme }));
  numberField(store, 'font-size', 'fontSize', FONT_SIZE);
  numberField(store, 'line-width', 'lineWidth', LINE_WIDTH);
  store.subscribe((s) => {
    select.value = s.theme;
    theme.set(s.theme);
  });
}
