/**
 * Icons at every size the stores ask for, all rendered from one source
 * (scripts/icons/winnow.svg, `npm run icons`): the manifest names each PNG
 * under its real size, the Chrome and Firefox builds carry them, and the
 * Chrome Web Store's small promo tile is 440x280.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

type Icons = Record<string, string>;
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { icons: Icons; action: { default_icon: Icons } };

/** Chrome: 16/32 toolbar, 48 extensions page, 128 install dialog and store. Firefox (AMO): 48 and 96. 64 for HiDPI 32. */
const STORE_SIZES = [16, 32, 48, 64, 96, 128];

describe('icons', () => {
  it('the manifest has every size the stores ask for, each a PNG of that size', () => {
    expect(Object.keys(manifest.icons).map(Number).sort((a, b) => a - b)).toEqual(STORE_SIZES);
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      for (const [size, path] of Object.entries(icons)) {
        expect(pngSize(join(ROOT, 'public', path)), path).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  it('are drawn from one SVG source by npm run icons', () => {
    const svg = readFileSync(join(ROOT, 'scripts/icons/winnow.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
    const script = readFileSync(join(ROOT, 'scripts/icons.mjs'), 'utf8');
    expect(script).toContain(`[${STORE_SIZES.join(', ')}]`);
    expect((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.icons).toBe('node scripts/icons.mjs');
  });

  it('the Chrome Web Store small promo tile is 440x280', () => {
    expect(pngSize(join(ROOT, 'docs/store/promo-440x280.png'))).toEqual({ width: 440, height: 280 });
  });

  it.each(['dist', 'dist-firefox'])('the %s build carries them and names them in its manifest', (dir) => {
    const built = join(ROOT, dir, 'manifest.json');
    if (!existsSync(built)) return; // npm test builds first; a unit-only run may have no build
    const m = JSON.parse(readFileSync(built, 'utf8')) as { icons: Icons };
    expect(m.icons).toEqual(manifest.icons);
    for (const [size, path] of Object.entries(m.icons)) {
      expect(pngSize(join(ROOT, dir, path))).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});
