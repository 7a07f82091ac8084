import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expandArgument,
  formatFromName,
  InputError,
  isPageFileName,
  loadBytes,
  readPage,
  sniffFormat,
} from '../../src/cli/inputs';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const noStdin = async (): Promise<Uint8Array> => new Uint8Array();

/** Cyrillic to windows-1251 bytes (ASCII passes through). */
function cp1251(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(0xc0 + c - 0x410);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  return new Uint8Array(out);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-inputs-'));
  mkdirSync(join(dir, 'pages'));
  mkdirSync(join(dir, 'pages', 'sub.html'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'pages', 'b.txt'), 'B');
  writeFileSync(join(dir, 'pages', 'a.html'), '<p>A</p>');
  writeFileSync(join(dir, 'pages', 'C.htm'), '<p>C</p>');
  writeFileSync(join(dir, 'pages', 'd.html.gz'), gzipSync('<p>D</p>'));
  writeFileSync(join(dir, 'pages', 'notes.md'), '# not a page');
  writeFileSync(join(dir, 'pages', 'e.json'), '{}');
  writeFileSync(join(dir, 'empty', 'readme.md'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli inputs', () => {
  it('knows page file names', () => {
    for (const n of ['a.html', 'a.HTM', 'a.txt', 'a.html.gz', 'a.txt.gz']) expect(isPageFileName(n)).toBe(true);
    for (const n of ['a.md', 'a.gz', 'a.json', 'html']) expect(isPageFileName(n)).toBe(false);
    expect(formatFromName('x/a.html.gz')).toBe('html');
    expect(formatFromName('a.txt')).toBe('text');
    expect(formatFromName('a.page')).toBeNull();
  });

  it('expands a directory to its page files in code-point name order, skipping subdirectories', async () => {
    const refs = await expandArgument(join(dir, 'pages'));
    expect(refs.map((r) => r.file)).toEqual(['C.htm', 'a.html', 'b.txt', 'd.html.gz'].map((n) => join(dir, 'pages', n)));
  });

  it('keeps a file argument and stdin as they are', async () => {
    expect(await expandArgument('-')).toEqual([{ file: '-', stdin: true }]);
    expect(await expandArgument('does/not/exist.html')).toEqual([{ file: 'does/not/exist.html', stdin: false }]);
  });

  it('rejects a directory without pages', async () => {
    await expect(expandArgument(join(dir, 'empty'))).rejects.toBeInstanceOf(InputError);
  });

  it('reads gzip by content and by name', async () => {
    const page = await readPage({ file: join(dir, 'pages', 'd.html.gz'), stdin: false }, { readStdin: noStdin });
    expect(page).toMatchObject({ format: 'html', text: '<p>D</p>' });
    expect(() => loadBytes('x.txt.gz', enc('plain'), 'text')).toThrow(/not gzip/);
    expect(() => loadBytes('x.html.gz', new Uint8Array([0x1f, 0x8b, 1, 2, 3]), 'html')).toThrow(/not valid gzip/);
  });

  it('names the problem with a missing file, a directory and binary data', async () => {
    await expect(readPage({ file: join(dir, 'nope.html'), stdin: false }, { readStdin: noStdin })).rejects.toThrow(
      'no such file or directory',
    );
    await expect(readPage({ file: join(dir, 'pages'), stdin: false }, { readStdin: noStdin })).rejects.toThrow('is a directory');
    expect(() => loadBytes('x.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'html')).toThrow(/binary/);
  });

  it('decodes a windows-1251 page by its meta charset', () => {
    const bytes = cp1251('<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Привет, мир</p></body></html>');
    const page = loadBytes('ru.html', bytes, 'html');
    expect(page.text).toContain('Привет, мир');
    expect(page.text).toContain('<title>Новости</title>');
    expect(page.text).not.toContain('\ufffd');
  });

  it('sniffs HTML versus text for stdin', () => {
    expect(sniffFormat(enc('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(sniffFormat(enc('\n  <p>hello</p>'))).toBe('html');
    expect(sniffFormat(enc('\ufeff<html>'))).toBe('html');
    expect(sniffFormat(enc('Some text\n<html> is mentioned later'))).toBe('html');
    expect(sniffFormat(enc('Russia Rejects Anti-China Alliances\n(MENAFN) Russian…'))).toBe('text');
    expect(sniffFormat(enc('a < b and c > d'))).toBe('text');
  });
});
