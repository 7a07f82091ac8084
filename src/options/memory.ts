/// <reference types="vite/client" />
/**
 * MEMORY SECTION.
 *
 * The memory settings (on/off, size cap, template threshold, keep text) are
 * ordinary settings. The tools (size, sites with "forget", forget everything,
 * export, import, damage found in the stored memory) come from
 * `src/memory/options-api.ts` (`memoryTools`), found by the glob below at build
 * time; without it the page still builds and shows the settings only.
 */
import { t } from '../shared/i18n';
import { MEMORY_CAP_MB, TEMPLATE_THRESHOLD } from '../shared/settings';
import { announce, button, byId, h } from './dom';
import { numberField } from './reading';
import type { Store } from './store';

export interface MemoryTools {
  /** Bytes used. */
  size(): Promise<number>;
  forget(): Promise<void>;
  /** The memory as a JSON document. */
  exportJson(): Promise<string>;
  /** Sites remembered, most recently used first, with their size in bytes. */
  sites?(): Promise<{ site: string; bytes: number }[]>;
  /** Forget one site; false when it was not remembered. */
  forgetSite?(site: string): Promise<boolean>;
  /** Replace the memory with an exported one; `problems` says what was damaged or upgraded. */
  importJson?(json: string): Promise<{ ok: boolean; problems: string[]; sites: number }>;
  /** Damage found in the stored memory (and what was done), for the reader. */
  problems?(): Promise<{ at: string; text: string }[]>;
}

const SHOWN_SITES = 100;

const found = import.meta.glob<{ memoryTools?: MemoryTools }>('../memory/options-api.ts');

export async function wireMemory(store: Store, download: (name: string, json: string) => void): Promise<void> {
  const enabled = byId<HTMLInputElement>('memory-enabled');
  const storeText = byId<HTMLInputElement>('store-text');
  enabled.addEventListener('change', () => void store.save({ memoryEnabled: enabled.checked }));
  storeText.addEventListener('change', () => void store.save({ storeText: storeText.checked }));
  numberField(store, 'memory-cap', 'memoryCapMB', MEMORY_CAP_MB);
  numberField(store, 'template-threshold', 'templateThreshold', TEMPLATE_THRESHOLD);
  store.subscribe((s) => {
    enabled.checked = s.memoryEnabled;
    storeText.checked = s.storeText;
  });

  const load = Object.values(found)[0];
  const tools = load ? (await load().catch(() => null))?.memoryTools : undefined;
  if (!tools) return;
  byId('memory-pending').hidden = true;
  byId('memory-tools').hidden = false;
  const sizeText = byId('memory-size');
  const showSize = async () => {
    const bytes = await tools.size().catch(() => NaN);
    sizeText.textContent = !Number.isFinite(bytes)
      ? ''
      : bytes < 1_048_576
        ? t('optMemoryUsingKB', (bytes / 1024).toFixed(1))
        : t('optMemoryUsingMB', (bytes / 1_048_576).toFixed(1));
  };
  // Built here rather than in index.html, so the page reads the same while the memory is absent.
  const toolsRow = byId('memory-tools');
  const sites = h('ul', { className: 'memory-sites', attrs: { id: 'memory-sites', 'aria-label': t('optMemorySites') } });
  const more = h('p', { className: 'help', attrs: { id: 'memory-sites-more' } });
  const problems = h('div', { attrs: { id: 'memory-problems', role: 'status' } });
  const report = h('div', { attrs: { id: 'memory-import-report', role: 'alert' } });
  const file = h('input', { attrs: { id: 'memory-import-file', type: 'file', accept: 'application/json,.json', hidden: '' } });
  const importBtn = tools.importJson ? button(t('optMemoryImport'), () => file.click()) : null;
  importBtn?.setAttribute('id', 'memory-import');
  if (importBtn) toolsRow.append(importBtn, file);
  toolsRow.after(problems, sites, more, report);

  const showSites = async () => {
    if (!tools.sites) return;
    const list = await tools.sites().catch(() => []);
    sites.replaceChildren(
      ...list.slice(0, SHOWN_SITES).map(({ site, bytes }) =>
        h(
          'li',
          {},
          h('span', { text: t('optMemorySite', site, (bytes / 1024).toFixed(1)) }),
          button(t('optForget'), () => void forgetSite(site), t('optForgetNamed', site)),
        ),
      ),
    );
    sites.hidden = list.length === 0;
    more.textContent = list.length > SHOWN_SITES ? t('optMemoryMore', list.length - SHOWN_SITES) : '';
    more.hidden = list.length <= SHOWN_SITES;
  };
  const showProblems = async () => {
    const list = tools.problems ? await tools.problems().catch(() => []) : [];
    problems.replaceChildren();
    if (!list.length) return;
    problems.append(
      h('p', { text: t('optMemoryDamage') }),
      h('ul', {}, ...list.map((p) => h('li', { text: `${p.at.slice(0, 10)}: ${p.text}` }))),
    );
  };
  const refresh = () => Promise.all([showSize(), showSites(), showProblems()]);
  const forgetSite = async (site: string) => {
    if (!tools.forgetSite) return;
    await tools.forgetSite(site);
    announce(t('optForgot', site));
    await refresh();
  };
  void refresh();
  byId('memory-forget').addEventListener('click', async () => {
    if (!window.confirm(t('optMemoryForgetConfirm'))) return;
    await tools.forget();
    announce(t('optMemoryCleared'));
    void refresh();
  });
  byId('memory-export').addEventListener('click', async () => download('winnow-memory.json', await tools.exportJson()));
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f || !tools.importJson) return;
    report.replaceChildren();
    try {
      const r = await tools.importJson(await f.text());
      if (!r.ok) report.append(h('p', { className: 'error', text: t('optNothingImported', r.problems.join('; ') || t('optNotMemoryFile')) }));
      else {
        report.append(h('p', { text: r.sites === 1 ? t('optMemoryImportedOne') : t('optMemoryImported', r.sites) }));
        if (r.problems.length) report.append(h('ul', {}, ...r.problems.map((p) => h('li', { text: p }))));
      }
    } catch (e) {
      report.append(h('p', { className: 'error', text: t('optNothingImported', e instanceof Error ? e.message : String(e)) }));
    }
    await refresh();
  });
}
