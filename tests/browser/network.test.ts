/**
 * Winnow makes no network request, shown by recording the browser's whole
 * network log (Chromium's NetLog: every request of every context, the
 * extension's service worker, its pages and its content scripts included)
 * while the extension works through a session on self-contained test pages:
 * highlighting by itself on a listed site, a page that keeps changing, the
 * keyboard command, the context menu on an unlisted page (on-demand
 * injection), the reading view, the full-tab view and the options page.
 *
 * Expected traffic is only what the pages themselves load from the local
 * server (the page, its one image, the browser's favicon probe); the reading
 * view may show that same image again, from the cache or the same URL. Any
 * other request, and any request started by the extension's own origin for
 * something else, fails the test.
 *
 * The extension pages also run under the manifest's strict CSP here: any
 * violation reaches their console and fails the test.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer, hook, launch, tabIdOf, waitReady, watchConsole, type Harness } from './harness';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const PARA = [
  'The foreign minister said on Tuesday that talks with partners in the region would continue next week, despite growing pressure at home to walk away from the table.',
  'Officials in the capital said the shipping routes through the strait would stay closed for a third week while inspectors checked the vessels waiting at anchor.',
  'Grain exporters have warned that the delays are costing them millions of dollars a day, and that contracts signed before the dispute began may have to be broken.',
  'The minister added that a settlement was possible before the end of the month if both sides agreed to the compromise put forward by the mediators in March.',
];

/** A self-contained article (no external resources): repetition, chrome, one local image. */
function articlePage(title: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<article><h1>${title}</h1><p class="standfirst">${PARA[0]}</p>
<figure><img src="/photo.gif" alt="The strait at dawn" width="320" height="200"><figcaption>The strait at dawn.</figcaption></figure>
${PARA.map((p) => `<p>${p}</p>`).join('\n')}
<p>${PARA[0]}</p>
<p>Subscribe to our newsletter for the latest news delivered to your inbox.</p>
</article>
<aside class="related"><h2>Most popular</h2><ul><li><a href="/a">Markets rally as inflation cools</a></li><li><a href="/b">Local team wins the cup</a></li></ul></aside>
<footer><p>© 2025 Example News. All rights reserved.</p></footer>
</body></html>`;
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
const LISTED = 'www.kenyastar.com';
const UNLISTED = 'www.example-unlisted.test';

const server = new FixtureServer();
let h: Harness;
let dir = '';
let netlog = '';
const pages: Page[] = [];
const consoles = new Map<string, string[]>();

beforeAll(async () => {
  server.page('/news/1/talks-continue', articlePage('Talks to continue next week'));
  server.page('/news/2/other-story', articlePage('Another story on the talks'));
  server.page('/photo.gif', GIF);
  await server.start();
  dir = mkdtempSync(join(tmpdir(), 'winnow-netlog-'));
  netlog = join(dir, 'netlog.json');
  // No answering of outside requests here (the harness's default): a request answered
  // by the test never reaches Chromium's network stack and would be missing from the log.
  h = await launch(server, { args: [`--log-net-log=${netlog}`, '--net-log-capture-mode=Default'], answerOutside: false });
  await h.context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
});

afterAll(async () => {
  await h?.close();
  await server.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(url: string, name: string): Promise<Page> {
  const page = await h.context.newPage();
  pages.push(page);
  consoles.set(name, watchConsole(page));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

interface NetRequest {
  url: string;
  initiator: string | null;
}

/** Every URL request in the NetLog (http, https, ws, wss), with who started it. */
function readNetLog(file: string): NetRequest[] {
  let text = readFileSync(file, 'utf8').trim();
  // Chromium writes the closing brackets on a clean exit; tolerate a cut-off file.
  if (!text.endsWith('}')) text = text.replace(/,?\s*$/, '') + ']}';
  else if (!/\]\s*}\s*$/.test(text)) text += ']}';
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const types = log.constants.logEventTypes;
  const wanted = new Set([types.URL_REQUEST_START_JOB, types.REQUEST_ALIVE, types.CORS_REQUEST].filter((x) => x !== undefined));
  const out: NetRequest[] = [];
  for (const e of log.events) {
    if (!wanted.has(e.type) || !e.params?.url) continue;
    if (!/^(https?|wss?):/.test(e.params.url)) continue;
    out.push({ url: e.params.url, initiator: e.params.initiator ?? null });
  }
  return out;
}

/**
 * Chromium's own background services (component updates, network time, account
 * checks) run despite the launch flags; they have no initiator (no page, no
 * worker, no extension started them) and go to Google's hosts. Anything an
 * extension context starts carries that context's origin as its initiator.
 */
function chromiumService(r: NetRequest): boolean {
  const browserStarted = r.initiator === null || r.initiator === 'not an origin';
  return browserStarted && /^https?:\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:\d+)?\//.test(r.url);
}

describe('no network', () => {
  it('a whole session makes no request beyond what the pages load themselves', { timeout: 180_000 }, async () => {
    const ext = `chrome-extension://${h.extensionId}`;

    // 1. A listed site: Winnow runs by itself.
    const article = await open(server.url(LISTED, '/news/1/talks-continue'), 'article');
    const tab = await tabIdOf(h, article);
    const first = await waitReady(h, tab);
    expect(first.duplicate + first.boilerplate).toBeGreaterThan(0);

    // 2. The page keeps changing: Winnow re-reads it.
    await article.evaluate(() => {
      for (let i = 0; i < 5; i++) {
        const p = document.createElement('p');
        p.textContent = `Update ${i}: officials said the talks would go on through the weekend in the capital.`;
        document.querySelector('article')!.append(p);
      }
    });
    await article.waitForTimeout(1500);

    // 3. The keyboard command, off and on again.
    expect((await hook(h, 'command', tab))?.on).toBe(false);
    expect((await hook(h, 'command', tab))?.on).toBe(true);
    await waitReady(h, tab);

    // 4. The reading view (popup layout) and the full-tab view.
    const reader = await open(`${ext}/src/popup/index.html?tab=${tab}&view=popup`, 'popup');
    await reader.waitForSelector('html[data-state]', { timeout: 20_000 });
    const full = await open(`${ext}/src/popup/index.html?tab=${tab}`, 'full-tab view');
    await full.waitForSelector('html[data-state]', { timeout: 20_000 });
    expect(await full.locator('[data-winnow-article]').count()).toBeGreaterThan(0);

    // 5. The options page.
    const options = await open(`${ext}/src/options/index.html`, 'options');
    await options.waitForLoadState('load');
    await options.waitForTimeout(500);

    // 6. An unlisted site, through the context menu (on-demand injection).
    const other = await open(server.url(UNLISTED, '/news/2/other-story'), 'unlisted');
    const ids: number[] = await h.worker.evaluate(async () => ((await chrome.tabs.query({})) as { id: number }[]).map((t) => t.id));
    const otherTab = Math.max(...ids);
    await other.bringToFront();
    await hook(h, 'menu', otherTab);
    await other.waitForTimeout(1500);

    // The CSP covers the service worker too: neither it nor an extension page can fetch.
    const workerFetch = await h.worker.evaluate((u) => fetch(u).then(() => 'fetched', () => 'blocked'), server.url(LISTED, '/probe-from-worker'));
    expect(workerFetch).toBe('blocked');
    const pageFetch = await options.evaluate((u) => fetch(u).then(() => 'fetched', () => 'blocked'), server.url(LISTED, '/probe-from-options'));
    expect(pageFetch).toBe('blocked');
    consoles.set('options', (consoles.get('options') ?? []).filter((e) => !/Content Security Policy|Failed to fetch/.test(e)));
    // The log does see what an extension page loads (an image, as the reading view does):
    // a probe image must show up, started by the extension's origin.
    const probe = server.url(LISTED, '/probe.gif');
    await options.evaluate(
      (u) => new Promise<void>((done) => { const img = new Image(); img.onload = img.onerror = () => done(); img.src = u; }),
      probe,
    );

    // Let anything lazy (idle callbacks, alarms) have its chance, then stop the browser
    // so Chromium writes the whole log.
    await article.waitForTimeout(1500);
    for (const p of pages) await p.close().catch(() => undefined);
    await h.close();
    expect(existsSync(netlog)).toBe(true);

    const requests = readNetLog(netlog);
    const origin = (host: string) => `http://${host}:${server.port}`;
    expect(requests.filter((r) => r.url === probe).map((r) => r.initiator)).toContain(ext);
    const allowed = new Set([
      probe,
      `${origin(LISTED)}/news/1/talks-continue`,
      `${origin(LISTED)}/photo.gif`,
      `${origin(LISTED)}/favicon.ico`,
      `${origin(UNLISTED)}/news/2/other-story`,
      `${origin(UNLISTED)}/photo.gif`,
      `${origin(UNLISTED)}/favicon.ico`,
    ]);
    // The pages did load (the log is real), and nothing else was asked for.
    expect(requests.some((r) => r.url === `${origin(LISTED)}/news/1/talks-continue`)).toBe(true);
    const unexpected = requests
      .filter((r) => !allowed.has(r.url) && !chromiumService(r))
      .map((r) => `${r.url} (from ${r.initiator ?? 'the browser'})`);
    expect([...new Set(unexpected)]).toEqual([]);
    // What the extension's own origin started: only the article's image, shown in the reading view.
    const byExtension = requests.filter((r) => r.initiator === ext && !r.url.endsWith('/photo.gif') && r.url !== probe);
    expect(byExtension).toEqual([]);
    // The local server saw the same.
    const served = server.log.map((l) => l.split(' ')[1]).filter((p) => p !== '/favicon.ico' && p !== '/probe.gif');
    expect([...new Set(served)].sort()).toEqual(['/news/1/talks-continue', '/news/2/other-story', '/photo.gif']);

    // The extension pages ran clean under the CSP; so did the pages' consoles.
    for (const [name, errors] of consoles) expect(errors, name).toEqual([]);
  });
});
