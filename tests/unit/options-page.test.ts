// @vitest-environment jsdom
/** The options page under jsdom: real index.html and modules, browser APIs faked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from './settings-fake-browser';

const fake = vi.hoisted(() => ({ current: null as Record<string, unknown> | null }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, p) => fake.current![p as string] }),
}));

import { loadSettings, saveSettings } from '../../src/shared/settings';

const html = readFileSync(join(process.cwd(), 'src/options/index.html'), 'utf8');
const base = makeFakeBrowser();
let grant = true;
const requested: string[][] = [];
const removed: string[][] = [];
const created: unknown[] = [];
/** The service worker's memory, as the options page sees it through messages (src/memory/options-api.ts). */
const memorySites = [{ site: 'kenyastar.com', bytes: 4096 }, { site: 'menafn.com', bytes: 2048 }];
const memoryAsked: { op: string; site?: string }[] = [];
async function memoryAdmin(m: { type: string; op: string; site?: string }): Promise<unknown> {
  memoryAsked.push({ op: m.op, site: m.site });
  if (m.op === 'size') return memorySites.reduce((n, s) => n + s.bytes, 0);
  if (m.op === 'sites') return memorySites;
  if (m.op === 'problems') return [{ at: '2025-03-10T12:00:00.000Z', text: 'example.com: its memory was damaged (checksum mismatch) and was forgotten' }];
  if (m.op === 'forget-site') {
    const i = memorySites.findIndex((s) => s.site === m.site);
    if (i >= 0) memorySites.splice(i, 1);
    return { ok: i >= 0 };
  }
  return null;
}

fake.current = {
  ...base.browser,
  permissions: {
    request: async ({ origins }: { origins: string[] }) => (requested.push(origins), grant),
    remove: async ({ origins }: { origins: string[] }) => (removed.push(origins), true),
    contains: async () => false,
  },
  commands: { getAll: async () => [{ name: 'toggle-highlighting', shortcut: 'Alt+Shift+W' }] },
  runtime: { getURL: (p: string) => `chrome-extension://abc/${p}`, sendMessage: memoryAdmin },
  tabs: { create: async (o: unknown) => created.push(o) },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeAll(async () => {
  await saveSettings({ corrections: { 'kenyastar.com': [{ fingerprint: 'abcdef0123456789', action: 'keep' }, { fingerprint: '99887766', action: 'flag' }] } });
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  window.matchMedia = ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} })) as never;
  window.confirm = () => true;
  await import('../../src/options/main');
  await vi.waitFor(() => expect(document.documentElement.dataset.state).toBe('ready'));
});

function addSite(text: string) {
  $<HTMLInputElement>('add-site-input').value = text;
  $<HTMLFormElement>('add-site').dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
}

describe('options page: sites', () => {
  it('adds a site after the browser grants access to it', async () => {
    addSite('https://www.Example.org/some/story');
    await settle();
    expect(requested.at(-1)).toEqual(['*://*.example.org/*']);
    expect((await loadSettings()).enabledSites).toEqual(['example.org']);
    expect($('my-sites').textContent).toContain('example.org');
    expect($('my-sites-empty').hidden).toBe(true);
  });

  it('does not add a site when access is refused, and says why', async () => {
    grant = false;
    addSite('refused.net');
    await settle();
    grant = true;
    expect((await loadSettings()).enabledSites).toEqual(['example.org']);
    expect($('add-site-error').textContent).toMatch(/not given access to refused\.net/);
  });

  it('rejects what is not a site name without asking the browser', async () => {
    const before = requested.length;
    addSite('not a site');
    await settle();
    expect(requested.length).toBe(before);
    expect($('add-site-input').getAttribute('aria-invalid')).toBe('true');
  });

  it('pauses, resumes and removes a site', async () => {
    $('my-sites').querySelector<HTMLButtonElement>('button[aria-label="Pause example.org"]')!.click();
    await settle();
    expect((await loadSettings()).pausedSites).toEqual(['example.org']);
    expect($('paused-sites').textContent).toContain('example.org');
    $('paused-sites').querySelector<HTMLButtonElement>('button')!.click();
    await settle();
    expect((await loadSettings()).pausedSites).toEqual([]);
    $('my-sites').querySelector<HTMLButtonElement>('button[aria-label="Remove example.org"]')!.click();
    await settle();
    expect((await loadSettings()).enabledSites).toEqual([]);
    expect(removed.at(-1)).toEqual(['*://*.example.org/*']);
  });

  it('lists the built-in sites and can pause one', async () => {
    expect(Number($('builtin-count').textContent)).toBeGreaterThan(5);
    $('builtin-sites').querySelector<HTMLButtonElement>('button[aria-label="Pause kenyastar.com"]')!.click();
    await settle();
    expect((await loadSettings()).pausedSites).toContain('kenyastar.com');
  });

  it('asks for all-site access for "all article pages", and gives it back when switched off', async () => {
    const box = $<HTMLInputElement>('all-article-pages');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await settle();
    expect(requested.at(-1)).toEqual(['https://*/*', 'http://*/*']);
    expect((await loadSettings()).allArticlePages).toBe(true);
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await settle();
    expect(removed.at(-1)).toEqual(['https://*/*', 'http://*/*']);
    expect((await loadSettings()).allArticlePages).toBe(false);
  });

  it('keeps "all article pages" off when access is refused', async () => {
    grant = false;
    const box = $<HTMLInputElement>('all-article-pages');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await settle();
    grant = true;
    expect(box.checked).toBe(false);
    expect((await loadSettings()).allArticlePages).toBe(false);
  });
});

describe('options page: highlighting, reading, corrections', () => {
  it('saves sensitivity and look', async () => {
    const thorough = document.querySelector<HTMLInputElement>('input[name="sensitivity"][value="thorough"]')!;
    thorough.click();
    const collapse = document.querySelector<HTMLInputElement>('input[name="highlightMode"][value="collapse"]')!;
    collapse.click();
    await settle();
    expect(await loadSettings()).toMatchObject({ sensitivity: 'thorough', highlightMode: 'collapse' });
  });

  it('shows the shortcut and opens the browser’s shortcut page', async () => {
    expect($('shortcut-keys').textContent).toBe('Alt+Shift+W');
    $('shortcut-change').click();
    expect(created.at(-1)).toEqual({ url: 'chrome://extensions/shortcuts' });
  });

  it('saves a valid text size and refuses an invalid one', async () => {
    const input = $<HTMLInputElement>('font-size');
    input.value = '22';
    input.dispatchEvent(new Event('change'));
    await settle();
    expect((await loadSettings()).fontSize).toBe(22);
    input.value = '500';
    input.dispatchEvent(new Event('change'));
    await settle();
    expect((await loadSettings()).fontSize).toBe(22);
    expect(input.value).toBe('22');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('themes the page itself', async () => {
    const select = $<HTMLSelectElement>('theme');
    select.value = 'sepia';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(document.documentElement.dataset.theme).toBe('sepia');
  });

  it('lists corrections per site and removes them', async () => {
    const list = $('corrections-list');
    expect(list.querySelector('h3')?.textContent).toBe('kenyastar.com (2)');
    list.querySelector<HTMLButtonElement>('button[aria-label^="Remove correction abcdef012345"]')!.click();
    await settle();
    expect((await loadSettings()).corrections['kenyastar.com']).toEqual([{ fingerprint: '99887766', action: 'flag' }]);
    await vi.waitFor(() => expect(list.querySelector('h3')?.textContent).toBe('kenyastar.com (1)'));
  });

  it('shows the memory tools: size, the sites to forget one by one, damage found in the stored memory', async () => {
    expect($('memory-tools').hidden).toBe(false);
    expect($('memory-pending').hidden).toBe(true);
    await vi.waitFor(() => expect($('memory-size').textContent).toBe('Using 6.0 KB.'));
    await vi.waitFor(() => expect($('memory-sites').querySelectorAll('li')).toHaveLength(2));
    expect($('memory-problems').textContent).toMatch(/damage .* example\.com: its memory was damaged/);
    $('memory-sites').querySelector<HTMLButtonElement>('button[aria-label="Forget menafn.com"]')!.click();
    await vi.waitFor(() => expect($('memory-sites').querySelectorAll('li')).toHaveLength(1));
    expect(memoryAsked).toContainEqual({ op: 'forget-site', site: 'menafn.com' });
  });
});

describe('options page: import', () => {
  it('imports a partly bad file, keeps the good values, and lists the bad ones', async () => {
    const file = $<HTMLInputElement>('import-file');
    const f = new File([JSON.stringify({ format: 'winnow-settings', version: 1, settings: { theme: 'dark', sensitivity: 'wild' } })], 's.json', { type: 'application/json' });
    Object.defineProperty(file, 'files', { configurable: true, value: [f] });
    file.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect($('import-report').textContent).toMatch(/1 value was not valid/));
    expect((await loadSettings()).theme).toBe('dark');
    expect($('import-report').textContent).toContain('sensitivity');
  });

  it('refuses a file that is not settings', async () => {
    const file = $<HTMLInputElement>('import-file');
    Object.defineProperty(file, 'files', { configurable: true, value: [new File(['<html>'], 'x.json')] });
    file.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect($('import-report').textContent).toMatch(/Nothing imported: This file is not JSON/));
  });
});
