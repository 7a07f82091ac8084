// npm run icons: the extension's icons and the store's promo tile, rendered from one
// source (scripts/icons/winnow.svg) by the Chromium the browser tests use, so they are
// reproducible without an image tool. Writes public/icons/winnow-<size>.png for every
// size below (manifest.json names them; the stores ask for 16/32 toolbar, 48 extension
// page, 96 AMO listing, 128 Chrome Web Store and install dialog; 64 for HiDPI pages)
// and docs/store/promo-440x280.png (the Chrome Web Store's small promo tile).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 32, 48, 64, 96, 128];
export const ICON_SOURCE = 'scripts/icons/winnow.svg';
export const PROMO_TILE = { path: 'docs/store/promo-440x280.png', width: 440, height: 280 };

const svg = readFileSync(join(ROOT, ICON_SOURCE), 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const promo = `<!DOCTYPE html><html><head><style>
  html, body { margin: 0; width: ${PROMO_TILE.width}px; height: ${PROMO_TILE.height}px; overflow: hidden; }
  body { background: #2f5bd3; color: #fff; display: flex; align-items: center; gap: 28px; padding: 0 36px; box-sizing: border-box;
         font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
  img { width: 140px; height: 140px; flex: none; filter: drop-shadow(0 2px 6px rgba(0, 0, 0, 0.25)); }
  h1 { margin: 0 0 10px; font-size: 44px; font-weight: 700; letter-spacing: -0.5px; }
  p { margin: 0; font-size: 17px; line-height: 1.35; color: #e6ecfb; }
  p b { color: #ffb703; font-weight: 700; }
</style></head><body><img src="${svgUrl}" alt=""><div><h1>Winnow</h1>
<p>Flags <b>repeated text</b> and page clutter on news sites, and gives you the article, clean.</p></div></body></html>`;

const browser = await chromium.launch({ executablePath: ensureChromium({ log: (s) => console.error(s) }), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!DOCTYPE html><html><body style="margin:0;background:transparent"><img src="${svgUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    const out = join(ROOT, 'public/icons', `winnow-${size}.png`);
    writeFileSync(out, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    console.log(`${relative(ROOT, out)} (${size}x${size})`);
  }
  await page.setViewportSize({ width: PROMO_TILE.width, height: PROMO_TILE.height });
  await page.setContent(promo);
  await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
  const out = join(ROOT, PROMO_TILE.path);
  writeFileSync(out, await page.screenshot({ clip: { x: 0, y: 0, width: PROMO_TILE.width, height: PROMO_TILE.height } }));
  console.log(`${relative(ROOT, out)} (${PROMO_TILE.width}x${PROMO_TILE.height})`);
} finally {
  await browser.close();
}
