/**
 * Browser-test harness: the built extension (test build, dist-test/) loaded
 * into Debian's Chromium through playwright-core, and a local HTTP server on
 * 127.0.0.1 that serves the fixture pages under any host name. Chromium's
 * --host-resolver-rules maps the listed news domains to that server, so a page
 * at http://www.menafn.com:<port>/… is "on menafn.com" for the extension
 * (match patterns ignore the port) while nothing leaves the machine.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
// @ts-expect-error plain ESM helper without type declarations
import { ensureChromium, extensionArgs } from '../../scripts/lib/chromium.mjs';
// @ts-expect-error plain ESM helper without type declarations
import { ensureExtensionBuild } from '../../scripts/lib/build.mjs';

// The extension API inside service-worker evaluate() callbacks (no @types/chrome here).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_TEST = join(ROOT, 'dist-test');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** Host names the fixtures are served under (all resolve to 127.0.0.1). */
export const MAPPED_HOSTS = [
  'www.menafn.com',
  'menafn.com',
  'www.kenyastar.com',
  'kenyastar.com',
  'www.nigeriasun.com',
  'www.example-unlisted.test',
];

// --- the test build -----------------------------------------------------------

/** Build dist-test/ (`vite build --mode test`) unless it is newer than every source. */
export function ensureTestBuild(): string {
  return ensureExtensionBuild(ROOT, 'test', 'dist-test') as string;
}

// --- fixture server ---------------------------------------------------------------

export class FixtureServer {
  private readonly pages = new Map<string, string | Buffer>();
  private server: Server | null = null;
  port = 0;
  /** Every request the server saw, as "host path". */
  readonly log: string[] = [];

  /** Serve `html` at `path` (on every host name). Bytes are sent as is, for the page's own <meta charset>. */
  page(path: string, html: string | Buffer): void {
    this.pages.set(path, html);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      this.log.push(`${req.headers.host ?? ''} ${req.url ?? ''}`);
      const html = this.pages.get(path);
      if (html === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      const type = typeof html === 'string' ? 'text/html; charset=utf-8' : 'text/html';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(html);
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(host: string, path: string): string {
    return `http://${host}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

// --- the browser --------------------------------------------------------------------

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension (default: the test build). */
  dist?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /**
   * Answer every request not for the local server with an empty body (default), so
   * the fixtures' links to the real sites fetch nothing. Off for the no-network
   * test: an answered request never reaches the network stack, so Chromium's
   * NetLog would not see it; there every request must go through and be logged.
   */
  answerOutside?: boolean;
}

export async function launch(server: FixtureServer, opts: LaunchOptions = {}): Promise<Harness> {
  const dist = opts.dist ?? ensureTestBuild();
  const executablePath = ensureChromium({ log: (s: string) => console.error(s) }) as string;
  const userDataDir = mkdtempSync(join(tmpdir(), 'winnow-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(dist, MAPPED_HOSTS, opts.args ?? []) as string[],
  });
  // The fixtures link the real sites' stylesheets, scripts and images over
  // https; answer those with empty bodies so nothing is fetched and no
  // "failed to load" noise reaches the console checks.
  if (opts.answerOutside ?? true) {
    await context.route(
      (url) => !(url.protocol === 'http:' && url.port === String(server.port)),
      (route) => {
        const type = route.request().resourceType();
        const contentType =
          type === 'stylesheet' ? 'text/css' : type === 'script' ? 'text/javascript' : type === 'image' ? 'image/gif' : 'text/plain';
        const body = type === 'image' ? Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64') : '';
        return route.fulfill({ status: 200, contentType, body });
      },
    );
  }
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  // Wait until the worker's own start-up (listeners, test hooks) has run.
  await worker.evaluate(async () => {
    for (let i = 0; i < 100 && !(globalThis as { winnowTest?: unknown }).winnowTest; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  return {
    context,
    worker,
    extensionId,
    server,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// --- helpers the tests share ------------------------------------------------------------

/** Console errors and uncaught exceptions seen on a page. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  for (let i = 0; i < 50; i++) {
    const id = await h.worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return (tabs as { id?: number; url?: string }[]).find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

export interface Summary {
  on: boolean;
  duplicate: number;
  boilerplate: number;
  marked: number;
  mode: 'tint' | 'collapse';
  firstHighlightMs: number | null;
  timings?: Record<string, number>;
  errors?: string[];
}

type Hooks = {
  command(tabId: number): Promise<Summary | null>;
  toggle(tabId: number, on?: boolean): Promise<Summary | null>;
  menu(tabId: number): Promise<Summary | null>;
  ping(tabId: number): Promise<Summary | null>;
  badge(tabId: number): Promise<string>;
  force(tabId: number, marks: { selector: string; verdict: 'duplicate' | 'boilerplate' }[]): Promise<Summary | null>;
  analysis(tabId: number): Promise<unknown>;
  sync(): Promise<void>;
  registered(): Promise<{ id: string; matches?: string[] }[]>;
};

/** Call one of the service worker's test hooks (`self.winnowTest`). */
export function hook<K extends keyof Hooks>(h: Harness, name: K, ...args: Parameters<Hooks[K]>): Promise<Awaited<ReturnType<Hooks[K]>>> {
  return h.worker.evaluate(
    ([n, a]) => ((globalThis as unknown as { winnowTest: Record<string, (...x: unknown[]) => unknown> }).winnowTest[n as string]!(...(a as unknown[]))),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Hooks[K]>>>;
}

/** Wait until the tab's content script has finished a pass (on, analysed, marks applied). */
export async function waitReady(h: Harness, tabId: number, timeoutMs = 20_000): Promise<Summary> {
  const end = Date.now() + timeoutMs;
  let last: Summary | null = null;
  while (Date.now() < end) {
    last = await hook(h, 'ping', tabId).catch(() => null);
    if (last?.on && last.timings?.readyAt !== undefined) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`content script not ready on tab ${tabId}: ${JSON.stringify(last)}`);
}

/** The page's DOM as it serialises (main world). */
export function serialise(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

export function ensureScreenshotDir(): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return SCREENSHOTS;
}
