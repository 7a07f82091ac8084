/**
 * `npm run package` (scripts/package.mjs): deterministic zips that hold exactly
 * the built extension, and a source zip with the build instructions. The pack
 * step runs on the existing builds (`--no-build --no-lint`) into a temporary
 * directory; skipped when the builds are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without type declarations
import { unzip, zip } from '../../scripts/lib/zip.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
type Unzip = (b: Buffer) => Promise<Map<string, Buffer>>;

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('zip writer', () => {
  it('round-trips, sorts entries, and gives the same bytes every time', async () => {
    const files = [
      { name: 'b/c.txt', data: Buffer.from('hello '.repeat(100)) },
      { name: 'a.bin', data: Buffer.from([0, 1, 2, 255]) },
      { name: 'é/ü.json', data: Buffer.from('{"x":"ü"}') },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    const a = zip(files) as Buffer;
    expect(zip([...files].reverse())).toEqual(a);
    const back = await (unzip as Unzip)(a);
    expect([...back.keys()]).toEqual(['a.bin', 'b/c.txt', 'empty', 'é/ü.json']);
    for (const f of files) expect(back.get(f.name)).toEqual(f.data);
    expect(() => zip([{ name: '../evil', data: Buffer.alloc(1) }])).toThrow();
  });
});

const built = existsSync(join(ROOT, 'dist/manifest.json')) && existsSync(join(ROOT, 'dist-firefox/manifest.json'));
const versionsMatch =
  built &&
  [join(ROOT, 'dist/manifest.json'), join(ROOT, 'dist-firefox/manifest.json')].every(
    (f) => (JSON.parse(readFileSync(f, 'utf8')) as { version: string }).version === pkg.version,
  );

describe.skipIf(!versionsMatch)('npm run package (on the existing builds)', () => {
  const out = mkdtempSync(join(tmpdir(), 'winnow-release-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the three archives, each what it should hold', { timeout: 120_000 }, async () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--no-build', '--no-lint', `--out=${out}`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const v = pkg.version;
    expect(readdirSync(out).sort()).toEqual([`winnow-chrome-${v}.zip`, `winnow-firefox-${v}.zip`, `winnow-source-${v}.zip`]);
    const chrome = await (unzip as Unzip)(readFileSync(join(out, `winnow-chrome-${v}.zip`)));
    expect(chrome).toEqual(tree(join(ROOT, 'dist')));
    const firefox = await (unzip as Unzip)(readFileSync(join(out, `winnow-firefox-${v}.zip`)));
    expect(firefox).toEqual(tree(join(ROOT, 'dist-firefox')));
    expect(JSON.parse(firefox.get('manifest.json')!.toString()).browser_specific_settings.gecko.id).toBeTruthy();
    const source = await (unzip as Unzip)(readFileSync(join(out, `winnow-source-${v}.zip`)));
    for (const f of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'src/engine/index.ts', 'SOURCE-BUILD.md']) {
      expect(source.has(f), f).toBe(true);
    }
    expect([...source.keys()].some((k) => /^(node_modules|dist|release)\//.test(k))).toBe(false);
    expect(source.get('SOURCE-BUILD.md')!.toString()).toContain('npm run build:firefox');
  });
});
