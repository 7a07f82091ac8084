/** The pages the browser tests serve, and small page-side probes they share. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FixtureServer, ROOT, hook, launch, tabIdOf, watchConsole, type Harness } from './harness';

export const MENAFN = {
  file: join(ROOT, 'samples/menafn-lavrov.html'),
  host: 'www.menafn.com',
  path: '/1110271843/Russia-Rejects-Anti-China-Alliances',
};
export const KENYASTAR = {
  file: join(ROOT, 'samples/kenyastar-lavrov.html'),
  host: 'www.kenyastar.com',
  path: '/news/278013486/lavrov-russia-will-honor-all-its-commitments-to-china',
};

export const DATASETS = join(ROOT, '../shared/datasets');

export function readDataset(rel: string): Buffer {
  return gunzipSync(readFileSync(join(DATASETS, rel)));
}

/** A page that is neither listed nor an article: a section front of short teasers. */
export const NOT_AN_ARTICLE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Example Daily — Home</title>
<meta property="og:type" content="website"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Today</h1><ul>
<li><a href="/a">Markets rally as inflation cools</a></li>
<li><a href="/b">Local team wins the cup</a></li>
<li><a href="/c">Weather: a wet weekend ahead</a></li>
<li><a href="/b">Local team wins the cup</a></li>
</ul><p>Subscribe to our newsletter.</p><p>Subscribe to our newsletter.</p></main>
<footer><p>© Example Daily</p></footer></body></html>`;

export function serveSeeds(server: FixtureServer): void {
  server.page(MENAFN.path, readFileSync(MENAFN.file, 'utf8'));
  server.page(KENYASTAR.path, readFileSync(KENYASTAR.file, 'utf8'));
  server.page('/', NOT_AN_ARTICLE);
  server.page('/section/world', NOT_AN_ARTICLE);
}

/** Write settings into sync storage from the service worker (as the options page would). */
export async function setSettings(h: Harness, items: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate(async (i) => {
    await (globalThis as unknown as { chrome: { storage: { sync: { set(x: unknown): Promise<void> } } } }).chrome.storage.sync.set(i);
  }, items);
}

export async function clearSettings(h: Harness): Promise<void> {
  await h.worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear();
  });
  await hook(h, 'sync');
}

/** Marked elements as "verdict: text" (main world: the attributes are shared with the content script's world). */
export function marks(page: Page): Promise<{ verdict: string; text: string; tag: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-winnow]')].map((e) => ({
      verdict: e.getAttribute('data-winnow') ?? '',
      text: (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
      tag: e.localName,
    })),
  );
}

/** Every element's tag and attributes except Winnow's own data-winnow*, in document order (Winnow's host skipped). */
export function attributeDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (el.localName === 'winnow-ui') continue;
      const attrs = [...el.attributes].filter((a) => !a.name.startsWith('data-winnow')).map((a) => `${a.name}=${a.value}`);
      out.push(`${el.localName}[${attrs.join(' ')}]`);
    }
    return out.join('\n');
  });
}

/** What Winnow adds to a page beyond attributes: its host element and its adopted stylesheet. */
export function traces(page: Page): Promise<{ hosts: number; attrs: number; adopted: number }> {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('winnow-ui').length,
    attrs: document.querySelectorAll('[data-winnow],[data-winnow-id],[data-winnow-current],[data-winnow-flash]').length,
    adopted: document.adoptedStyleSheets.length,
  }));
}

// --- one browser per test file ---------------------------------------------------------------

export interface OpenedPage {
  page: Page;
  tab: number;
  /** Console errors and uncaught exceptions the page raises from now on. */
  errors: string[];
}

export interface BrowserSession {
  readonly server: FixtureServer;
  /** The browser with the extension; there from the file's beforeAll on. */
  readonly h: Harness;
  /** A new tab at `host` + `path` on the fixture server, closed after the test. */
  open(host: string, path: string): Promise<OpenedPage>;
  /** Close this page after the test too (a page the extension opened). */
  track(page: Page): void;
}

/**
 * The set-up highlight, article-mode and the like share: the seed pages (and what
 * `serve` adds) on a fixture server, one Chromium with the test build for the whole
 * file, and after each test its pages closed and the settings cleared.
 */
export function browserSession(serve?: (server: FixtureServer) => void): BrowserSession {
  const server = new FixtureServer();
  const pages: Page[] = [];
  let harness: Harness | undefined;

  beforeAll(async () => {
    serveSeeds(server);
    serve?.(server);
    await server.start();
    harness = await launch(server);
  });

  afterAll(async () => {
    await harness?.close();
    await server.stop();
  });

  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close().catch(() => undefined);
    if (harness) await clearSettings(harness);
  });

  const session: BrowserSession = {
    server,
    get h(): Harness {
      if (!harness) throw new Error('the browser is not up yet: use the session inside a test or hook');
      return harness;
    },
    async open(host, path) {
      const page = await session.h.context.newPage();
      pages.push(page);
      const errors = watchConsole(page);
      await page.goto(server.url(host, path), { waitUntil: 'load' });
      return { page, tab: await tabIdOf(session.h, page), errors };
    },
    track(page) {
      pages.push(page);
    },
  };
  return session;
}
