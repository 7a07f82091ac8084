/** Export and import of settings as a JSON file, and reset to defaults. */
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, exportSettings, importSettings, saveSettings } from '../shared/settings';
import { announce, byId, h } from './dom';
import type { Store } from './store';

export function download(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function wireBackup(store: Store): void {
  const report = byId('import-report');
  const file = byId<HTMLInputElement>('import-file');

  byId('export').addEventListener('click', async () => {
    download(`winnow-settings-${new Date().toISOString().slice(0, 10)}.json`, await exportSettings());
    announce(t('optExported'));
  });
  byId('import').addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    report.replaceChildren();
    try {
      const { problems } = await importSettings(await f.text());
      await store.reload();
      if (problems.length) {
        report.append(
          h('p', { text: problems.length > 1 ? t('optImportedProblems', problems.length) : t('optImportedProblem') }),
          h('ul', {}, ...problems.map((p) => h('li', { text: p }))),
        );
      } else {
        report.append(h('p', { text: t('optImported') }));
      }
    } catch (e) {
      report.append(h('p', { className: 'error', text: t('optNothingImported', e instanceof Error ? e.message : String(e)) }));
    }
  });
  byId('reset').addEventListener('click', async () => {
    if (!window.confirm(t('optResetConfirm'))) return;
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS) });
    await store.reload();
    announce(t('optResetDone'));
  });
}
