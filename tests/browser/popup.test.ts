/**
 * The reading view in a real Chromium with the built extension: for a tab
 * holding each seed page (served under its listed news domain), open
 * chrome-extension://ID/src/popup/index.html?tab=<id> and read it as a reader
 * would. Also: copy, "show on page", themes (remembered), the options page
 * changing the next page's behaviour, "nothing to read", an axe scan in every
 * theme, and screenshots of the popup in light and dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureScreenshotDir, FixtureServer, launch, tabIdOf, waitReady, watchConsole, type Harness } from './harness';
import { SEEDS, type Seed } from './popup-seeds';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = ['light', 'dark', 'sepia'] as const;

const server = new FixtureServer();
let h: Harness;

beforeAll(async () => {
  for (const seed of SEEDS) server.page(seed.path, seed.html);
  await server.start();
  // WINNOW_TEST_DIST: a private test build, for runs beside other work that rebuilds dist-test/.
  h = await launch(server, process.env.WINNOW_TEST_DIST ? { dist: process.env.WINNOW_TEST_DIST } : {});
  // The harness answers every non-fixture request with an empty body (so the
  // fixtures' links to the real sites stay offline); the extension's own
  // pages must load for real.
  await h.context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
});
afterAll(async () => {
  await h?.close();
  await server.stop();
});

const extUrl = (path: string) => `chrome-extension://${h.extensionId}/${path}`;

/**
 * The id of the tab a new page opens in. The service worker sees the URL only
 * of tabs it has access to, so for browser pages and unlisted sites the new
 * tab is found as the one that was not there before.
 */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () => h.worker.evaluate(async () => ((await chrome.tabs.query({})) as { id: number }[]).map((t) => t.id));
  const before = new Set(await ids());
  const page = await h.context.newPage();
  await page.goto(url);
  for (let i = 0; i < 50; i++) {
    const fresh = (await ids()).filter((id) => !before.has(id));
    if (fresh.length === 1) return { page, tabId: fresh[0] };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new tab for ${url}`);
}

async function setSettings(values: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate((v) => chrome.storage.sync.set(v), values);
}

async function openArticle(seed: Seed): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(server.url(seed.host, seed.path));
  const tabId = await tabIdOf(h, page);
  await waitReady(h, tabId);
  return { page, tabId };
}

/** Console errors of each reader page, watched from before it loads. */
const consoleErrors = new WeakMap<Page, string[]>();

async function openReader(tabId: number, opts: { view?: 'popup'; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const page = await h.context.newPage();
  consoleErrors.set(page, watchConsole(page));
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  await page.goto(extUrl(`src/popup/index.html?tab=${tabId}${opts.view ? `&view=${opts.view}` : ''}`));
  await page.waitForSelector('html[data-state]', { timeout: 20_000 });
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      summary: (v.nodes[0] as { failureSummary?: string } | undefined)?.failureSummary?.replace(/\s+/g, ' ').slice(0, 300),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}${v.summary ? ` — ${v.summary}` : ''}`);
}

describe.each(SEEDS)('reading view of $name', (seed) => {
  let article: { page: Page; tabId: number };
  let reader: Page;
  let errors: string[];

  beforeAll(async () => {
    await setSettings({ theme: 'light', highlightMode: 'tint' });
    article = await openArticle(seed);
    reader = await openReader(article.tabId);
    errors = consoleErrors.get(reader)!;
  });
  afterAll(async () => {
    await reader?.close();
    await article?.page.close();
  });

  it('shows the article', async () => {
    expect(await reader.getAttribute('html', 'data-state')).toBe('ready');
  });

  it('has every article paragraph exactly once, and no chrome, in the article body', async () => {
    const blocks = await reader.$$eval('[data-winnow-article] :is(p, li, h2, h3, h4, blockquote, figcaption)', (els) =>
      els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    const body = blocks.join('\n');
    expect(seed.paragraphs.length).toBeGreaterThan(5);
    for (const p of seed.paragraphs) {
      expect(blocks.filter((b) => b.includes(p)).length, `once: ${p.slice(0, 60)}`).toBe(1);
    }
    for (const c of seed.chrome) expect(body, `chrome: ${c}`).not.toContain(c);
  });

  it('keeps the title and metadata outside the article body', async () => {
    expect(await reader.$$eval('[data-winnow-article] h1, [data-winnow-article] .article-meta', (e) => e.length)).toBe(0);
    const meta = await reader.textContent('.article-meta');
    expect(meta).toMatch(/\d+ min read/);
    if (seed.source) expect(await reader.textContent('.meta-source')).toBe(`Source: ${seed.source}`);
  });

  it('lists what was removed, grouped by reason, and shows a removed block on the page', async () => {
    const summary = await reader.textContent('.removed > summary');
    expect(summary).toMatch(/^Removed: \d+ repeated · \d+ chrome$/);
    expect(summary).not.toBe('Removed: 0 repeated · 0 chrome');
    await reader.click('.removed > summary');
    const button = reader.locator('.removed .show-on-page').first();
    await button.click();
    // The content script scrolls to the block and flashes it.
    await article.page.waitForSelector('[data-winnow-flash]', { timeout: 5000 });
    expect(await reader.textContent('#status')).toBe('Shown on the page.');
  });

  it('copies the article as plain text and as Markdown', async () => {
    // Chromium will not grant clipboard-read to an extension origin from the test side
    // ("opaque origin"), so the page's clipboard is replaced by a recorder.
    await reader.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void w.__copied.push(t) },
      });
    });
    await reader.click('#copy-text');
    await reader.waitForFunction(() => document.getElementById('status')?.textContent === 'Copied as plain text.');
    await reader.click('#copy-md');
    await reader.waitForFunction(() => document.getElementById('status')?.textContent === 'Copied as Markdown.');
    const [text, md] = await reader.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    for (const p of seed.paragraphs) expect(text).toContain(p);
    for (const c of seed.chrome) expect(text).not.toContain(c);
    // A title heading only where the page has a title; then the details line in italics.
    if (seed.title) expect(md.startsWith(`# ${seed.title}\n\n*`)).toBe(true);
    else expect(md).toMatch(/^\*.+\*\n\n/);
    expect(md).toContain(`[Original article](<${server.url(seed.host, seed.path)}>)`);
  });

  it('raised no console errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('themes and display settings', () => {
  it('switches theme from the Display menu, remembers it, and keeps text readable', async () => {
    await setSettings({ theme: 'light', fontSize: 18 });
    const { page: article, tabId } = await openArticle(SEEDS[1]);
    const reader = await openReader(tabId);
    await reader.click('#display > summary');
    await reader.check('input[name="theme"][value="dark"]');
    expect(await reader.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 22)');
    await reader.click('#font-up');
    await reader.reload();
    await reader.waitForSelector('html[data-state="ready"]');
    expect(await reader.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await reader.evaluate(() => getComputedStyle(document.querySelector('.article')!).fontSize)).toBe('20px');
    // Escape closes the open menu first (the popup itself would close on the next one).
    await reader.click('#display > summary');
    await reader.keyboard.press('Escape');
    expect(await reader.evaluate(() => (document.getElementById('display') as HTMLDetailsElement).open)).toBe(false);
    await setSettings({ theme: 'system', fontSize: 18 });
    await reader.close();
    await article.close();
  });

  it('follows the system colour scheme by default', async () => {
    await setSettings({ theme: 'system' });
    const { page: article, tabId } = await openArticle(SEEDS[1]);
    const reader = await h.context.newPage();
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.goto(extUrl(`src/popup/index.html?tab=${tabId}`));
    await reader.waitForSelector('html[data-state="ready"]');
    expect(await reader.getAttribute('html', 'data-theme')).toBe('dark');
    await reader.emulateMedia({ colorScheme: 'light' });
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await reader.close();
    await article.close();
  });

  it('saves screenshots of the popup in light and dark on a seed page', async () => {
    const dir = ensureScreenshotDir();
    const { page: article, tabId } = await openArticle(SEEDS[1]);
    for (const theme of ['light', 'dark'] as const) {
      await setSettings({ theme });
      const reader = await openReader(tabId, { view: 'popup', viewport: { width: 520, height: 600 } });
      expect(await reader.getAttribute('html', 'data-theme')).toBe(theme);
      await reader.screenshot({ path: join(dir, `popup-${theme}-kenyastar.png`) });
      await reader.close();
    }
    await setSettings({ theme: 'system' });
    await article.close();
  });
});

describe('popup and full tab', () => {
  it('opens the same view in a full tab next to the article, where it can print', async () => {
    const { page: article, tabId } = await openArticle(SEEDS[0]);
    const popup = await openReader(tabId, { view: 'popup', viewport: { width: 520, height: 600 } });
    expect(await popup.isVisible('#print')).toBe(false);
    const [full] = await Promise.all([h.context.waitForEvent('page'), popup.click('#open-tab')]);
    await full.waitForSelector('html[data-state="ready"]');
    expect(full.url()).toBe(extUrl(`src/popup/index.html?tab=${tabId}`));
    expect(await full.getAttribute('html', 'class')).toContain('full-tab');
    expect(await full.isEnabled('#print')).toBe(true);
    expect(await full.isVisible('#open-tab')).toBe(false);
    expect(await full.title()).toMatch(/ — Winnow$/);
    await full.close();
    if (!popup.isClosed()) await popup.close();
    await article.close();
  });
});

describe('nothing to read', () => {
  it('says so plainly on a browser page', async () => {
    const { page, tabId } = await openTab('chrome://version/');
    const reader = await openReader(tabId);
    expect(await reader.getAttribute('html', 'data-state')).toBe('restricted');
    expect(await reader.textContent('.notice h1')).toBe('Nothing to read here');
    expect(await reader.isDisabled('#copy-text')).toBe(true);
    await reader.close();
    await page.close();
  });

  it('says so plainly on a page Winnow has no access to', async () => {
    server.page('/plain', '<!doctype html><title>x</title><p>Some page.</p>');
    const { page, tabId } = await openTab(server.url('www.example-unlisted.test', '/plain'));
    const reader = await openReader(tabId);
    expect(['no-permission', 'restricted']).toContain(await reader.getAttribute('html', 'data-state'));
    expect(await reader.$('[data-winnow-article]')).toBeNull();
    await reader.close();
    await page.close();
  });

  it('says so for a closed tab', async () => {
    const reader = await openReader(999_999);
    expect(await reader.getAttribute('html', 'data-state')).toBe('no-tab');
    await reader.close();
  });
});

describe('options page', () => {
  it('changes behaviour on the next page: the collapse look', async () => {
    await setSettings({ highlightMode: 'tint' });
    const options = await h.context.newPage();
    const errors = watchConsole(options);
    await options.goto(extUrl('src/options/index.html'));
    await options.waitForSelector('html[data-state="ready"]');
    await options.check('input[name="highlightMode"][value="collapse"]');
    await options.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Look'));
    const { page, tabId } = await openArticle(SEEDS[0]);
    const summary = await waitReady(h, tabId);
    expect(summary.mode).toBe('collapse');
    await options.check('input[name="highlightMode"][value="tint"]');
    await page.close();
    expect(errors).toEqual([]);
    await options.close();
  });

  it('shows the keyboard shortcut', async () => {
    const options = await h.context.newPage();
    await options.goto(extUrl('src/options/index.html'));
    await options.waitForSelector('html[data-state="ready"]');
    expect(await options.textContent('#shortcut-keys')).toMatch(/\w/);
    await options.close();
  });
});

describe('accessibility (axe-core)', () => {
  for (const theme of THEMES) {
    it(`reading view in ${theme}: no serious or critical violation`, async () => {
      await setSettings({ theme });
      const { page: article, tabId } = await openArticle(SEEDS[1]);
      const reader = await openReader(tabId);
      await reader.click('.removed > summary');
      await reader.click('#display > summary');
      expect(await reader.getAttribute('html', 'data-theme')).toBe(theme);
      expect(await seriousViolations(reader)).toEqual([]);
      await reader.close();
      await article.close();
    });

    it(`options page in ${theme}: no serious or critical violation`, async () => {
      await setSettings({ theme, 'corrections:kenyastar.com': [{ fingerprint: '0123456789abcdef', action: 'keep' }], enabledSites: ['example.org'] });
      const options = await h.context.newPage();
      await options.goto(extUrl('src/options/index.html'));
      await options.waitForSelector('html[data-state="ready"]');
      await options.click('#builtin > summary');
      expect(await options.getAttribute('html', 'data-theme')).toBe(theme);
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
    });
  }
  afterAll(async () => {
    await h.worker.evaluate(() => chrome.storage.sync.clear());
  });
});
