/**
 * The memory's tools for the options page (found by src/options/memory.ts):
 * every call goes to the service worker, which owns the memory, so the page
 * and the worker never disagree about what is stored.
 */
import browser from 'webextension-polyfill';
import type { MemoryTools } from '../options/memory';
import type { MemoryAdminOp } from '../shared/messages';

async function ask<T>(op: MemoryAdminOp, extra: { site?: string; json?: string } = {}): Promise<T> {
  const reply = (await browser.runtime.sendMessage({ type: 'winnow/memory-admin', op, ...extra })) as T | null | undefined;
  if (reply === null || reply === undefined) throw new Error('the memory did not answer');
  return reply;
}

export const memoryTools: MemoryTools = {
  size: () => ask<number>('size'),
  forget: async () => {
    await ask('forget');
  },
  exportJson: () => ask<string>('export'),
  sites: () => ask<{ site: string; bytes: number }[]>('sites'),
  forgetSite: async (site) => (await ask<{ ok: boolean }>('forget-site', { site })).ok,
  importJson: (json) => ask<{ ok: boolean; problems: string[]; sites: number }>('import', { json }),
  problems: () => ask<{ at: string; text: string }[]>('problems'),
};
