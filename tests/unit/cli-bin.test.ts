/**
 * The built CLI as a user runs it: `node bin/winnow.js`. Needs `npm run build`
 * (npm test builds first); skipped when dist-cli/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/winnow.js');
const built = existsSync('dist-cli/winnow.js');

function winnow(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('node bin/winnow.js (built)', () => {
  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(winnow(['--version'])).toMatchObject({ code: 0, stdout: `winnow ${pkg.version}\n` });
  });

  it('analyses the samples directory as JSON Lines, one line per page, in name order', () => {
    const r = winnow(['analyze', 'samples', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = r.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toEqual(['samples/kenyastar-lavrov.html', 'samples/menafn-lavrov.html']);
  });

  it('reads stdin and exits 1 naming a missing file', () => {
    const r = winnow(['analyze', '--json', '-'], 'A line of text.\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', blocks: [{ id: 0, text: 'A line of text.' }] });
    const m = winnow(['analyze', 'no/such/page.html']);
    expect(m).toMatchObject({ code: 1, stdout: '', stderr: 'winnow: no/such/page.html: no such file or directory\n' });
  });

  it('exits 2 with usage for bad usage', () => {
    const r = winnow(['analyze', '--bogus', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });
});

describe('bin/winnow.js without a build', () => {
  it('says to run npm run build first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'winnow-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(BIN, join(dir, 'bin', 'winnow.js'));
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'winnow.js'), '--version'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('run npm run build first');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
