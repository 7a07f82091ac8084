/**
 * The CLI contract, run in-process with injected stdout/stderr/stdin: exit codes,
 * one JSON object versus JSON Lines, one line per input in order (errors too),
 * the error line shape, stdin, .gz, binary and non-UTF-8 inputs, and the schema.
 * The engine and segmenter are being written alongside, so these tests check
 * shapes and plumbing, not the verdicts.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIO } from '../../src/cli/io';

const SAMPLES = ['samples/kenyastar-lavrov.html', 'samples/menafn-lavrov.html'];
const SEED_DIR = '../shared/seeds';
const SEEDS = existsSync(SEED_DIR) ? ['000_69ad3688a5889631.txt', '004_807eff2012f1eff6.txt'].map((n) => join(SEED_DIR, n)) : [];

const schema = JSON.parse(readFileSync('docs/analysis.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
const validate = ajv.compile(schema);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin: Uint8Array | string = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  const lines = stdout.split('\n').filter(Boolean);
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

function expectValid(record: unknown): void {
  const ok = validate(record);
  expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
}

function cp1251(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out.push(c < 0x80 ? c : c >= 0x410 && c <= 0x44f ? 0xc0 + c - 0x410 : c === 0x401 ? 0xa8 : 0xb8);
  }
  return new Uint8Array(out);
}

const ANALYSIS_KEYS = ['blocks', 'byline', 'cleanText', 'file', 'lang', 'publishedTime', 'siteName', 'source', 'stats', 'title'];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'winnow-cli-'));
  mkdirSync(join(tmp, 'batch'));
  copyFileSync(SAMPLES[1]!, join(tmp, 'batch', 'b-menafn.html'));
  writeFileSync(join(tmp, 'batch', 'a-kenyastar.html.gz'), gzipSync(readFileSync(SAMPLES[0]!)));
  writeFileSync(join(tmp, 'batch', 'c-binary.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(tmp, 'batch', 'd-notes.txt'), 'A headline\nA first paragraph of text.\n\nAnother paragraph.\n');
  writeFileSync(join(tmp, 'batch', 'ignored.md'), '# not a page');
  writeFileSync(
    join(tmp, 'ru.html'),
    cp1251(
      '<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Новости дня</title></head>' +
        '<body><article><h1>Новости дня</h1><p>Министр иностранных дел заявил, что Москва выполнит все обязательства.</p></article></body></html>',
    ),
  );
  writeFileSync(join(tmp, 'seed.txt.gz'), gzipSync('Line one of a page.\nLine two of it.\n'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('winnow analyze --json', () => {
  it.each([...SAMPLES, ...SEEDS])('gives one schema-valid object for %s', async (file) => {
    const r = await run(['analyze', file, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const obj = JSON.parse(r.stdout) as Record<string, unknown> & { blocks: { id: number }[] };
    expectValid(obj);
    expect(Object.keys(obj).sort()).toEqual(ANALYSIS_KEYS);
    expect(obj.file).toBe(file);
    expect(obj).not.toHaveProperty('dir');
    const ids = obj.blocks.map((b) => b.id);
    expect(ids).toEqual(ids.map((_, i) => i));
  });

  it('reads the seeds as text, one block per line with hard-wrapped lines joined', async () => {
    if (SEEDS.length === 0) return;
    const r = await run(['analyze', SEEDS[0]!, '--json']);
    const obj = JSON.parse(r.stdout) as { blocks: { text: string }[]; stats: { blocks: number } };
    expect(obj.stats.blocks).toBe(obj.blocks.length);
    expect(obj.blocks.some((b) => b.text.startsWith('MENAFN provides the information “as is” without warranty'))).toBe(true);
  });

  it('gives JSON Lines for a directory: one line per page file in name order, errors included', async () => {
    const r = await run(['analyze', join(tmp, 'batch'), '--json']);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(4);
    expect(lines.map((l) => l.file)).toEqual(
      ['a-kenyastar.html.gz', 'b-menafn.html', 'c-binary.html', 'd-notes.txt'].map((n) => join(tmp, 'batch', n)),
    );
    for (const l of lines) expectValid(l);
    expect(lines[2]).toEqual({ file: join(tmp, 'batch', 'c-binary.html'), error: expect.stringMatching(/binary/) });
    expect(r.stderr.trim().split('\n')).toEqual([`winnow: ${join(tmp, 'batch', 'c-binary.html')}: binary data, not an HTML or text page`]);
  });

  it('gives JSON Lines for several arguments, in argument order, a missing file included', async () => {
    const missing = join(tmp, 'missing.html');
    const r = await run(['analyze', '--json', SAMPLES[1]!, missing, SAMPLES[0]!]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([SAMPLES[1], missing, SAMPLES[0]]);
    expect(lines[1]).toEqual({ file: missing, error: 'no such file or directory' });
    for (const l of lines) expectValid(l);
    expect(r.stderr).toBe(`winnow: ${missing}: no such file or directory\n`);
  });

  it('prints an error record and exits 1 for a single missing file', async () => {
    const r = await run(['analyze', 'nowhere.html', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ file: 'nowhere.html', error: 'no such file or directory' });
    expect(r.stderr).toBe('winnow: nowhere.html: no such file or directory\n');
  });

  it('reads stdin as "-", sniffing HTML and text', async () => {
    const html = readFileSync(SAMPLES[0]!);
    const r1 = await run(['analyze', '-', '--json'], new Uint8Array(html));
    expect(r1.code).toBe(0);
    const o1 = JSON.parse(r1.stdout);
    expectValid(o1);
    expect(o1.file).toBe('-');

    const r2 = await run(['analyze', '--json', '-'], 'First line of a text page.\nSecond line.\n');
    const o2 = JSON.parse(r2.stdout) as { blocks: { text: string }[] };
    expectValid(o2);
    expect(o2.blocks.map((b) => b.text)).toEqual(['First line of a text page.', 'Second line.']);

    const r3 = await run(['analyze', '--json', '-'], new Uint8Array(gzipSync('Gzipped text on stdin.')));
    expect((JSON.parse(r3.stdout) as { blocks: { text: string }[] }).blocks.map((b) => b.text)).toEqual(['Gzipped text on stdin.']);
  });

  it('reads .txt.gz', async () => {
    const r = await run(['analyze', join(tmp, 'seed.txt.gz'), '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as { blocks: { text: string }[] };
    expect(o.blocks.map((b) => b.text)).toEqual(['Line one of a page.', 'Line two of it.']);
  });

  it('decodes a windows-1251 page by its meta charset', async () => {
    const r = await run(['analyze', join(tmp, 'ru.html'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\ufffd');
    expect(r.stdout).not.toMatch(/[\u00c0-\u00ff]{3}/); // no mojibake (cp1251 bytes read as Latin-1)
    const o = JSON.parse(r.stdout) as { title: string | null; blocks: { text: string }[]; lang: string | null };
    expectValid(o);
    // With a real segmenter the Cyrillic text arrives intact.
    const texts = [o.title ?? '', ...o.blocks.map((b) => b.text)].join(' ');
    if (texts.trim()) expect(texts).toMatch(/Новости дня|Министр/);
  });

  it('passes --url through for one input and refuses it for several', async () => {
    const ok = await run(['analyze', SAMPLES[0]!, '--json', '--url', 'https://www.kenyastar.com/news/1/x']);
    expect(ok.code).toBe(0);
    const several = await run(['analyze', SAMPLES[0]!, SAMPLES[1]!, '--url', 'https://www.kenyastar.com/']);
    expect(several.code).toBe(2);
    expect(several.stdout).toBe('');
    const dir = await run(['analyze', join(tmp, 'batch'), '--url', 'https://www.kenyastar.com/']);
    expect(dir.code).toBe(2);
    const bad = await run(['analyze', SAMPLES[0]!, '--url', 'not a url']);
    expect(bad.code).toBe(2);
  });
});

describe('winnow analyze (reading view)', () => {
  it('prints the clean text and a removal summary', async () => {
    if (SEEDS.length === 0) return;
    const r = await run(['analyze', SEEDS[1]!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Removed (nothing|\d+ repeated and \d+ chrome block)/);
    for (const line of r.stdout.split('\n')) {
      if (!line.startsWith('  #')) expect(line.length).toBeLessThanOrEqual(80);
    }
  });

  it('heads each file when there are several, and keeps going past a failure', async () => {
    const r = await run(['analyze', ...SAMPLES, 'missing.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`==> ${SAMPLES[0]} <==`);
    expect(r.stdout).toContain(`==> ${SAMPLES[1]} <==`);
    expect(r.stdout).not.toContain('missing.txt');
    expect(r.stderr).toBe('winnow: missing.txt: no such file or directory\n');
  });
});

describe('winnow usage', () => {
  it('prints usage on stderr and exits 2 without a command or with unknown flags', async () => {
    for (const argv of [[], ['analyze'], ['analyze', 'x.html', '--frob'], ['bogus'], ['--nope']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^winnow: .+\n\nUsage:\n {2}winnow analyze/);
    }
  });

  it('answers --help and --version on stdout', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('winnow analyze <file|dir|->...');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version.stdout).toBe(`winnow ${pkg.version}\n`);
  });
});

describe('analysis.schema.json', () => {
  it('is closed: extra fields (such as the engine\'s dir) and bad values fail', () => {
    const base = {
      file: 'a.html',
      title: null,
      byline: null,
      publishedTime: '2025-03-12T18:32:00+10:00',
      siteName: null,
      source: 'RT.com',
      lang: 'en',
      blocks: [
        {
          id: 0,
          kind: 'paragraph',
          text: 'x',
          verdict: 'duplicate',
          score: 0.9,
          reasons: [{ code: 'exact-repeat', params: { of: 3 }, message: 'repeats ¶3' }],
          duplicateOf: 3,
        },
      ],
      cleanText: '',
      stats: { blocks: 1, content: 0, duplicate: 1, boilerplate: 0, meta: 0, ms: 1.5 },
    };
    expectValid(base);
    expect(validate({ ...base, dir: 'ltr' })).toBe(false);
    expect(validate({ ...base, lang: 'en_US' })).toBe(false);
    expect(validate({ ...base, publishedTime: '12 Mar 2025' })).toBe(false);
    expect(validate({ ...base, blocks: [{ ...base.blocks[0], kind: 'div' }] })).toBe(false);
    expect(validate({ ...base, blocks: [{ ...base.blocks[0], verdict: 'spam' }] })).toBe(false);
    expect(validate({ ...base, blocks: [{ ...base.blocks[0], score: 2 }] })).toBe(false);
    const { title: _omit, ...missingTitle } = base;
    expect(validate(missingTitle)).toBe(false);
    expect(validate({ file: 'a.html', error: 'no such file or directory' })).toBe(true);
    expect(validate({ file: 'a.html', error: 'x', extra: 1 })).toBe(false);
  });
});
