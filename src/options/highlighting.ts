/** Highlighting: on/off by default, sensitivity, look. */
import { t } from '../shared/i18n';
import type { HighlightMode } from '../shared/settings';
import type { Sensitivity } from '../engine/types';
import { byId } from './dom';
import type { Store } from './store';

export function wireHighlighting(store: Store): void {
  const on = byId<HTMLInputElement>('highlight-on');
  on.addEventListener('change', () => void store.save({ highlightOn: on.checked }));
  const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
  for (const r of radios('sensitivity')) {
    r.addEventListener('change', () => r.checked && void store.save({ sensitivity: r.value as Sensitivity }, t('optSensitivitySaved', r.value)));
  }
  for (const r of radios('highlightMode')) {
    r.addEventListener('change', () => r.checked && void store.save({ highlightMode: r.value as HighlightMode }, t('optLookSaved', r.value)));
  }
  store.subscribe((s) => {
    on.checked = s.highlightOn;
    for (const r of radios('sensitivity')) r.checked = r.value === s.sensitivity;
    for (const r of radios('highlightMode')) r.checked = r.value === s.highlightMode;
  });
}
