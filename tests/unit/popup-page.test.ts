// @vitest-environment jsdom
/**
 * The reading view's page wiring under jsdom: the real index.html and main.ts,
 * with the browser APIs faked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from './settings-fake-browser';
import { makeAnalysis, reason } from './reader-fixtures';

const fake = vi.hoisted(() => ({ current: null as Record<string, unknown> | null }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, p) => fake.current![p as string] }),
}));

// vitest runs from the repository root.
const html = readFileSync(join(process.cwd(), 'src/popup/index.html'), 'utf8');
const { analysis, blocks } = makeAnalysis(
  [
    { text: '<script>window.__pwned = 1</script>Lead paragraph.', links: [{ text: 'Lead', href: 'javascript:alert(1)' }] },
    { text: 'Second paragraph.' },
    { text: 'Lead paragraph.', verdict: 'duplicate', duplicateOf: 0, reasons: [reason('exact-repeat', 'repeats ¶1')] },
    { text: 'Get our newsletter', verdict: 'boilerplate', reasons: [reason('newsletter-pitch', 'newsletter pitch')] },
  ],
  { title: 'Headline', source: 'RT.com', siteName: 'Kenya Star' },
);

let sent: unknown[];
let created: unknown[];
let closed: number;
let clip: string[];

async function boot(search: string, reply: unknown = { url: 'https://www.kenyastar.com/news/1', analysis, blocks }) {
  const base = makeFakeBrowser();
  sent = [];
  created = [];
  closed = 0;
  clip = [];
  fake.current = {
    ...base.browser,
    tabs: {
      query: async () => [{ id: 42, index: 3 }],
      get: async (id: number) => ({ id, index: 3, url: 'https://www.kenyastar.com/news/1' }),
      sendMessage: async (tabId: number, msg: { type: string }) => {
        sent.push([tabId, msg]);
        if (msg.type === 'winnow/get-analysis') return reply;
        if (msg.type === 'winnow/reveal') return { ok: true };
        throw new Error('no receiver');
      },
      create: async (o: unknown) => created.push(o),
      update: async (id: number) => ({ id, windowId: 1 }),
    },
    windows: { update: async () => ({}) },
    runtime: { openOptionsPage: async () => {} },
    scripting: { executeScript: async () => [] },
  };
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  document.documentElement.className = '';
  delete document.documentElement.dataset.state;
  history.replaceState(null, '', `/src/popup/index.html${search}`);
  window.matchMedia = ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} })) as never;
  window.close = () => void closed++;
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void clip.push(t) } });
  vi.resetModules();
  await import('../../src/popup/main');
  await vi.waitFor(() => expect(document.documentElement.dataset.state).toBeTruthy());
}

beforeEach(() => {
  vi.useRealTimers();
});
afterEach(() => {
  document.documentElement.innerHTML = '';
});

describe('reading view page', () => {
  it('renders the tab’s article from the content script’s analysis', async () => {
    await boot('');
    expect(document.documentElement.dataset.state).toBe('ready');
    expect(document.documentElement.classList.contains('popup')).toBe(true);
    expect(sent[0]).toEqual([42, { type: 'winnow/get-analysis' }]);
    const body = document.querySelector('[data-winnow-article]')!;
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '<script>window.__pwned = 1</script>Lead paragraph.',
      'Second paragraph.',
    ]);
    expect(body.querySelector('a, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(document.querySelector('.meta-source')?.textContent).toBe('Source: RT.com');
    expect(document.querySelector('.removed > summary')?.textContent).toBe('Removed: 1 repeated · 1 chrome');
  });

  it('uses ?tab= for the full tab and offers print instead of "open in tab"', async () => {
    await boot('?tab=9');
    expect(sent[0]).toEqual([9, { type: 'winnow/get-analysis' }]);
    expect(document.documentElement.classList.contains('full-tab')).toBe(true);
    expect((document.getElementById('print') as HTMLButtonElement).disabled).toBe(false);
    expect(document.title).toBe('Headline — Winnow');
  });

  it('copies plain text and Markdown', async () => {
    await boot('');
    (document.getElementById('copy-text') as HTMLButtonElement).click();
    (document.getElementById('copy-md') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(clip.length).toBe(2));
    expect(clip[0]).toContain('Second paragraph.');
    expect(clip[0]).not.toContain('newsletter');
    expect(clip[1]).toMatch(/^# Headline\n/);
    expect(document.getElementById('status')?.textContent).toBe('Copied as Markdown.');
  });

  it('asks the page to show a removed block', async () => {
    await boot('');
    const button = document.querySelector<HTMLButtonElement>('.removed-entry[data-block-id="3"] .show-on-page')!;
    button.click();
    await vi.waitFor(() => expect(sent).toContainEqual([42, { type: 'winnow/reveal', blockId: 3 }]));
  });

  it('opens the same view in a tab next to the article', async () => {
    await boot('');
    (document.getElementById('open-tab') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(created.length).toBe(1));
    expect(created[0]).toMatchObject({ url: expect.stringMatching(/\/src\/popup\/index\.html\?tab=42$/), index: 4 });
  });

  it('closes on Escape, after first closing an open menu', async () => {
    await boot('');
    const display = document.getElementById('display') as HTMLDetailsElement;
    display.open = true;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(display.open).toBe(false);
    expect(closed).toBe(0);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    // Earlier tests' pages left their listeners on this shared document; any close counts.
    expect(closed).toBeGreaterThan(0);
  });

  it('remembers theme, text size and line width', async () => {
    await boot('');
    const dark = document.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!;
    dark.click();
    expect(document.documentElement.dataset.theme).toBe('dark');
    (document.getElementById('font-up') as HTMLButtonElement).click();
    (document.getElementById('width-down') as HTMLButtonElement).click();
    expect(document.documentElement.style.getPropertyValue('--font-size')).toBe('20px');
    const { loadSettings } = await import('../../src/shared/settings');
    await vi.waitFor(async () => expect(await loadSettings()).toMatchObject({ theme: 'dark', fontSize: 20, lineWidth: 60 }));
  });

  it('says so when there is nothing to read', async () => {
    await boot('', { url: 'u', analysis: makeAnalysis([{ text: 'x', verdict: 'boilerplate' }]).analysis, blocks: [] });
    expect(document.documentElement.dataset.state).toBe('empty');
    expect(document.querySelector('.notice h1')?.textContent).toBe('No article found');
    expect((document.getElementById('copy-text') as HTMLButtonElement).disabled).toBe(true);
  });
});
