/**
 * The built CLI (`node bin/winnow.js`, as a user runs it) over the hostile
 * corpus: every file analysed (exit 0, one JSON line each, no error), in both
 * output modes, and nothing from a page reaches the terminal as a control
 * sequence. Needs `npm run build` (npm test builds first); skipped without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus, words } from '../hostile/corpus';

const BIN = resolve('bin/winnow.js');
const built = existsSync('dist-cli/winnow.js');

function winnow(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe.skipIf(!built)('winnow analyze on hostile pages', () => {
  let dir = '';
  let small = '';
  let nul = '';
  // Pages with U+0000 in them: the CLI's sniffing calls a file with NUL bytes binary and
  // refuses it (its documented contract), so those are checked apart.
  const corpus = hostileCorpus().filter((p) => !p.html.includes('\u0000'));
  const withNul = hostileCorpus().filter((p) => p.html.includes('\u0000'));
  const files: string[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'winnow-hostile-'));
    small = join(dir, 'small');
    nul = join(dir, 'nul');
    mkdirSync(small);
    mkdirSync(nul);
    for (const p of corpus) {
      const name = `${p.name}.html`;
      writeFileSync(join(dir, name), p.html);
      if (p.size === 'small') writeFileSync(join(small, name), p.html);
      files.push(name);
    }
    for (const p of withNul) writeFileSync(join(nul, `${p.name}.html`), p.html);
    // The text path and the gzip path get their own giants.
    writeFileSync(join(dir, 'zz-text-5mb.txt'), words(800_000, 3));
    writeFileSync(join(dir, 'zz-text-spaces.txt'), 'Word' + ' '.repeat(500_000) + 'end\n');
    writeFileSync(join(dir, 'zz-gzip-nodes.html.gz'), gzipSync(corpus.find((p) => p.name === 'nodes-200k')!.html));
    files.push('zz-text-5mb.txt', 'zz-text-spaces.txt', 'zz-gzip-nodes.html.gz');
    files.sort();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json: one line per page, each an analysis, exit 0', { timeout: 600_000 }, () => {
    const r = winnow(['analyze', '--json', dir]);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; blocks: unknown[]; stats: { blocks: number } });
    expect(lines.map((l) => l.file.slice(dir.length + 1))).toEqual(files);
    for (const l of lines) {
      expect(l.error, l.file).toBeUndefined();
      expect(l.blocks.length, l.file).toBe(l.stats.blocks);
    }
  });

  it('reading view: every page, no control characters reach the terminal', { timeout: 600_000 }, () => {
    const r = winnow(['analyze', small]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/^==> .* <==$/gm)).toHaveLength(corpus.filter((p) => p.size === 'small').length);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('pages with NUL bytes: refused as binary, one line each, the run goes on', () => {
    expect(withNul.length).toBeGreaterThan(0);
    writeFileSync(join(nul, 'zz-fine.html'), `<p>${words(30)}</p>`);
    const r = winnow(['analyze', '--json', nul]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string });
    expect(lines).toHaveLength(withNul.length + 1);
    expect(lines.slice(0, -1).every((l) => /binary/.test(l.error ?? ''))).toBe(true);
    expect(lines.at(-1)!.error).toBeUndefined();
  });

  it('escape sequences in a page are not passed to the terminal', () => {
    const evil = '<p>Clear \u001b[2J\u001b[H screen, retitle \u001b]0;pwned\u0007 window, and \u009b31m C1 too, with enough words to be an article paragraph.</p>';
    const r = winnow(['analyze', '-'], `<html><head><title>T\u001b[31mitle</title></head><body>${evil}${evil}</body></html>`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Clear [2J[H screen');
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
    const j = winnow(['analyze', '--json', '-'], `<html><body>${evil}</body></html>`);
    expect(j.stdout).toContain('\\u001b[2J'); // JSON escapes it; the data stays intact
  });

  it('empty and whitespace-only standard input', () => {
    for (const input of ['', '   \n\t\n']) {
      const r = winnow(['analyze', '--json', '-'], input);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', blocks: [], cleanText: '' });
    }
  });
});
