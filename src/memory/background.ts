/**
 * The memory in the service worker: answers the content scripts (a site's
 * template before a page is analysed, a page's report after) and the options
 * page (size, sites, forget, export, import, problems). The memory lives in
 * IndexedDB (src/memory/idb.ts); when the browser refuses it, a memory that
 * lasts as long as the worker is used instead, and the options page says so.
 *
 * Private windows: their tabs get the template (a lookup) and the syndication
 * note, but nothing of their pages is ever written (`tab.incognito`).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { MemoryAdminOp, Message } from '../shared/messages';
import { loadSettings, type Settings } from '../shared/settings';
import { openIdb, IdbKV } from './idb';
import { MapKV, type MemoryKV } from './kv';
import { PersistedMemory } from './persisted';
import type { MemoryOptions } from './store';
import type { MemoryRecordReply, MemoryViewReply } from './types';
import { siteOfUrl } from './url';

let memory: Promise<PersistedMemory> | null = null;

export function memoryOptionsFrom(s: Pick<Settings, 'memoryCapMB' | 'templateThreshold' | 'storeText'>): MemoryOptions {
  return { capBytes: s.memoryCapMB * 1024 * 1024, templateThreshold: s.templateThreshold, storeText: s.storeText };
}

async function openMemory(settings: Settings): Promise<PersistedMemory> {
  let kv: MemoryKV;
  let problem: string | null = null;
  try {
    kv = new IdbKV(await openIdb());
  } catch (e) {
    kv = new MapKV();
    problem = `the browser refused storage (${e instanceof Error ? e.message : String(e)}); the memory lasts only until the browser restarts`;
  }
  const m = new PersistedMemory(kv, memoryOptionsFrom(settings));
  if (problem) await m.addProblems([problem]);
  return m;
}

async function getMemory(settings: Settings): Promise<PersistedMemory> {
  memory ??= openMemory(settings);
  const m = await memory;
  await m.configure(memoryOptionsFrom(settings));
  return m;
}

/** For tests: use this backend instead of IndexedDB. */
export function useMemoryBackend(kv: MemoryKV, options: Partial<MemoryOptions> = {}, flushDelayMs = 800): PersistedMemory {
  const m = new PersistedMemory(kv, options, flushDelayMs);
  memory = Promise.resolve(m);
  return m;
}

/** The page a content script speaks for: the address it names when that is on the sender's own site, else the sender's. */
export function pageUrlOf(claimed: string, sender: Runtime.MessageSender): string | null {
  const actual = sender.url ?? sender.tab?.url ?? null;
  if (!actual) return null;
  const site = siteOfUrl(claimed);
  return site !== null && site === siteOfUrl(actual) ? claimed : actual;
}

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  try {
    return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
  } catch {
    return false;
  }
}

export type MemoryMessage = Extract<Message, { type: 'winnow/memory-view' | 'winnow/memory-record' | 'winnow/memory-admin' }>;

export function isMemoryMessage(m: Message): m is MemoryMessage {
  return m.type === 'winnow/memory-view' || m.type === 'winnow/memory-record' || m.type === 'winnow/memory-admin';
}

export async function handleMemoryMessage(message: MemoryMessage, sender: Runtime.MessageSender, settings?: Settings): Promise<unknown> {
  const s = settings ?? (await loadSettings());
  switch (message.type) {
    case 'winnow/memory-view': {
      if (!s.memoryEnabled) return null;
      const url = pageUrlOf(message.url, sender);
      if (!url) return null;
      const snapshot = await (await getMemory(s)).snapshot(url);
      if (!snapshot) return null;
      return { snapshot, storeText: s.storeText, readOnly: sender.tab?.incognito === true } satisfies MemoryViewReply;
    }
    case 'winnow/memory-record': {
      if (!s.memoryEnabled) return { seenElsewhere: [], recorded: false } satisfies MemoryRecordReply;
      const url = pageUrlOf(message.url, sender);
      if (!url) return { seenElsewhere: [], recorded: false } satisfies MemoryRecordReply;
      // Never write from a private window; an unknown tab (no sender.tab) is not trusted to write either.
      const write = sender.tab !== undefined && sender.tab.incognito !== true;
      return (await getMemory(s)).recordPage(url, message.blocks, write);
    }
    case 'winnow/memory-admin':
      if (!fromExtensionPage(sender)) return null;
      return admin(await getMemory(s), message.op, message);
  }
}

async function admin(m: PersistedMemory, op: MemoryAdminOp, message: { site?: string; json?: string }): Promise<unknown> {
  switch (op) {
    case 'size':
      return m.size();
    case 'sites':
      return m.sites();
    case 'problems':
      return m.problems();
    case 'forget':
      await m.clear();
      return { ok: true };
    case 'forget-site':
      return { ok: await m.forgetSite(message.site ?? '') };
    case 'export':
      return m.exportJson();
    case 'import':
      return m.importJson(message.json ?? '');
  }
}
