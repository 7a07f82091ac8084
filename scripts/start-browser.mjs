// npm start's browser step: Chromium with the built extension (dist/) on the sample
// pages, served from 127.0.0.1 under their real (listed) host names, so the shipped
// extension highlights them exactly as it would on the sites. Prints what was
// flagged and how long the first highlight took, and saves screenshots under
// test-results/start/. Headless unless a display is available or --headed is given
// (then the browser stays open until you close it).
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureChromium, extensionArgs } from './lib/chromium.mjs';

/** Sample file → where it is served (a listed host and the page's canonical path). */
export const SAMPLE_SITES = [
  { file: 'samples/menafn-lavrov.html', host: 'www.menafn.com', path: '/1110271843/Russia-Rejects-Anti-China-Alliances' },
  {
    file: 'samples/kenyastar-lavrov.html',
    host: 'www.kenyastar.com',
    path: '/news/278013486/lavrov-russia-will-honor-all-its-commitments-to-china',
  },
];

// Runs in the page's main world before any page script: notes when the first
// data-winnow attribute appears (ms since navigation start).
function firstMarkProbe() {
  const w = /** @type {any} */ (window);
  w.__winnowFirstMark = null;
  new MutationObserver((records, obs) => {
    if (records.some((r) => r.attributeName === 'data-winnow')) {
      w.__winnowFirstMark = performance.now();
      obs.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-winnow'] });
}

function serve(root) {
  const pages = new Map(SAMPLE_SITES.map((s) => [s.path, readFileSync(join(root, s.file))]));
  const server = createServer((req, res) => {
    const body = pages.get((req.url ?? '/').split('?')[0]);
    res.writeHead(body ? 200 : 404, { 'content-type': body ? 'text/html; charset=utf-8' : 'text/plain' });
    res.end(body ?? 'not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function browserStep(ctx) {
  if (ctx.args.includes('--no-browser')) return;
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    console.log('\n(browser step skipped: playwright-core is not installed)');
    return;
  }
  let executablePath;
  try {
    executablePath = ensureChromium();
  } catch (e) {
    console.log(`\n(browser step skipped) ${e.message}`);
    return;
  }
  const headed = ctx.args.includes('--headed') || (!!process.env.DISPLAY && !ctx.args.includes('--headless'));
  const dist = join(ctx.root, 'dist');
  const outDir = join(ctx.root, 'test-results', 'start');
  mkdirSync(outDir, { recursive: true });
  const server = await serve(ctx.root);
  const port = server.address().port;
  const userDataDir = mkdtempSync(join(tmpdir(), 'winnow-start-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(dist, SAMPLE_SITES.map((s) => s.host)),
  });
  try {
    // The samples link the real sites' stylesheets and scripts: answer them empty, offline.
    await context.route((url) => url.port !== String(port), (route) => route.fulfill({ status: 200, body: '' }));
    await context.addInitScript(firstMarkProbe);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    console.log(`\nChromium with the extension (${relative(ctx.root, dist)}/), samples served on 127.0.0.1:${port}:`);
    for (const s of SAMPLE_SITES) {
      const page = await context.newPage();
      const url = `http://${s.host}:${port}${s.path}`;
      await page.goto(url, { waitUntil: 'load' });
      const first = await page
        .waitForFunction(() => /** @type {any} */ (window).__winnowFirstMark, null, { timeout: 15_000 })
        .then((h) => h.jsonValue())
        .catch(() => null);
      await page.waitForTimeout(300);
      const counts = await page.evaluate(() => ({
        duplicate: document.querySelectorAll('[data-winnow="duplicate"]').length,
        boilerplate: document.querySelectorAll('[data-winnow="boilerplate"]').length,
      }));
      const badge = await worker.evaluate(async (u) => {
        const [tab] = await chrome.tabs.query({ url: u });
        return tab ? chrome.action.getBadgeText({ tabId: tab.id }) : '';
      }, url.replace(/:\d+\//, '/').replace('http://', '*://'));
      const shot = join(outDir, `${s.file.replace(/^samples\//, '').replace(/\.html$/, '')}.png`);
      await page.screenshot({ path: shot });
      const ms = typeof first === 'number' ? `${Math.round(first)} ms` : 'no highlight';
      console.log(`  ${s.host}: ${counts.duplicate} repeated + ${counts.boilerplate} chrome marked, badge "${badge}", first highlight ${ms} after navigation → ${relative(ctx.root, shot)}`);
      if (typeof first !== 'number') ctx.failures.push(`${s.host}: no highlight in the browser`);
    }
    if (headed) {
      console.log('\nThe browser stays open: close it to finish.');
      await new Promise((ok) => context.on('close', ok));
    }
  } finally {
    await context.close().catch(() => undefined);
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
