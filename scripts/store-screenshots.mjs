#!/usr/bin/env node
// `npm run store:screenshots`: the store screenshots (1280×800, the size both stores take)
// in docs/store/screenshots/, made from what the browser tests saved in
// test-results/screenshots/ (run `npx vitest run --project browser tests/browser/seeds.test.ts
// tests/browser/popup.test.ts` first). A page shot is cut to its first 800 px; a popup shot
// is framed on a plain background with a caption. Uses Debian's Chromium (playwright-core).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const FROM = join(ROOT, 'test-results/screenshots');
const TO = join(ROOT, 'docs/store/screenshots');

const SHOTS = [
  { from: 'menafn-lavrov-highlighted.png', to: '1-highlighted-page.png', kind: 'page', caption: '' },
  { from: 'popup-light-kenyastar.png', to: '2-reading-view-light.png', kind: 'popup', caption: 'The article, clean: the reading view' },
  { from: 'popup-dark-kenyastar.png', to: '3-reading-view-dark.png', kind: 'popup', caption: 'Light, dark and sepia, your text size and line width' },
  { from: 'kenyastar-lavrov-highlighted.png', to: '4-highlighted-syndicated-copy.png', kind: 'page', caption: '' },
];

const missing = SHOTS.filter((s) => !existsSync(join(FROM, s.from))).map((s) => s.from);
if (missing.length) {
  process.stderr.write(`store-screenshots: missing in test-results/screenshots: ${missing.join(', ')}\nRun the seeds and popup browser tests first.\n`);
  process.exit(1);
}
mkdirSync(TO, { recursive: true });

const browser = await chromium.launch({ executablePath: ensureChromium({ log: (s) => console.error(s) }), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const s of SHOTS) {
    const src = `data:image/png;base64,${readFileSync(join(FROM, s.from)).toString('base64')}`;
    const html =
      s.kind === 'page'
        ? `<body style="margin:0;overflow:hidden"><img src="${src}" style="display:block;width:1280px"></body>`
        : `<body style="margin:0;width:1280px;height:800px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px;background:#e9ecf2;font:600 30px system-ui,sans-serif;color:#2c3448">
             <img src="${src}" style="display:block;max-height:640px;box-shadow:0 8px 30px rgba(20,30,60,.25);border-radius:8px">
             <div>${s.caption}</div></body>`;
    await page.setContent(html);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    await page.screenshot({ path: join(TO, s.to), clip: { x: 0, y: 0, width: 1280, height: 800 } });
    console.log(`docs/store/screenshots/${s.to}`);
  }
} finally {
  await browser.close();
}
