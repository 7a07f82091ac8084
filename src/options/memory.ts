/// <reference types="vite/client" />
/**
 * MEMORY SECTION (placeholder until src/memory lands).
 *
 * The memory settings (on/off, size cap, template threshold, keep text) are
 * ordinary settings and are wired now. The tools (size, forget, export) need
 * the memory store, which another change adds. To light them up, that change
 * adds `src/memory/options-api.ts` exporting `memoryTools: MemoryTools`; the
 * glob below finds it at build time and is empty until then, so this page
 * builds either way.
 */
import { MEMORY_CAP_MB, TEMPLATE_THRESHOLD } from '../shared/settings';
import { announce, byId } from './dom';
import { numberField } from './reading';
import type { Store } from './store';

export interface MemoryTools {
  /** Bytes used. */
  size(): Promise<number>;
  forget(): Promise<void>;
  /** The memory as a JSON document. */
  exportJson(): Promise<string>;
}

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
    sizeText.textContent = Number.isFinite(bytes) ? `Using ${(bytes / 1_048_576).toFixed(1)} MB.` : '';
  };
  void showSize();
  byId('memory-forget').addEventListener('click', async () => {
    if (!window.confirm('Forget every site template Winnow has learned?')) return;
    await tools.forget();
    announce('Memory cleared.');
    void showSize();
  });
  byId('memory-export').addEventListener('click', async () => download('winnow-memory.json', await tools.exportJson()));
}
