/**
 * Input arguments → pages to analyse: files, directories (their .html/.htm/.txt
 * files, optionally .gz, in name order) and '-' for stdin. Bytes are gunzipped
 * when gzip, refused when binary, and decoded the way a browser would
 * (byte-order mark, then a declared charset for HTML, else UTF-8).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes, looksBinary } from '../io/decode';

export type PageFormat = 'html' | 'text';

/** One thing to analyse, as named on the command line (or inside a named directory). */
export interface InputRef {
  /** The path as given, joined with the directory name for a directory's files; '-' for stdin. */
  file: string;
  stdin: boolean;
}

export interface LoadedPage {
  file: string;
  format: PageFormat;
  text: string;
}

/** A problem with one input; the message is what follows `winnow: <file>: `. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const PAGE_FILE = /\.(?:html?|txt)(?:\.gz)?$/i;

/** True for a name a directory listing includes. */
export function isPageFileName(name: string): boolean {
  return PAGE_FILE.test(name);
}

/** The format a file name announces, or null when it doesn't say (then the content decides). */
export function formatFromName(file: string): PageFormat | null {
  const name = file.replace(/\.gz$/i, '');
  if (/\.html?$/i.test(name) || /\.xhtml$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return null;
}

/**
 * Expands one command-line argument: a directory becomes its page files in name
 * order (code-point order, not locale order, so runs are reproducible); anything
 * else stays as it is (a missing file fails later, when read, with its own error).
 * Throws InputError for a directory that can't be listed or holds no page files.
 */
export async function expandArgument(arg: string): Promise<InputRef[]> {
  if (arg === '-') return [{ file: '-', stdin: true }];
  let isDir = false;
  try {
    isDir = (await stat(arg)).isDirectory();
  } catch {
    // Not there or not readable: readPage reports it.
  }
  if (!isDir) return [{ file: arg, stdin: false }];
  let names: string[];
  try {
    names = await readdir(arg);
  } catch (err) {
    throw new InputError(arg, describeFsError(err));
  }
  const files: InputRef[] = [];
  for (const name of names.filter(isPageFileName).sort(byCodePoint)) {
    const path = join(arg, name);
    try {
      if (!(await stat(path)).isFile()) continue;
    } catch {
      // Vanished or unreadable: still listed, so its error gets reported against it.
    }
    files.push({ file: path, stdin: false });
  }
  if (files.length === 0) throw new InputError(arg, 'no .html, .htm or .txt files in this directory');
  return files;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ReadOptions {
  readStdin: () => Promise<Uint8Array>;
}

/** Reads, gunzips, checks and decodes one input. Throws InputError. */
export async function readPage(ref: InputRef, options: ReadOptions): Promise<LoadedPage> {
  let bytes: Uint8Array;
  if (ref.stdin) {
    bytes = await options.readStdin();
  } else {
    try {
      const s = await stat(ref.file);
      if (s.isDirectory()) throw new InputError(ref.file, 'is a directory');
      bytes = new Uint8Array(await readFile(ref.file));
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(ref.file, describeFsError(err));
    }
  }
  return loadBytes(ref.file, bytes, ref.stdin ? null : formatFromName(ref.file));
}

/** The byte-level half of readPage, separate so tests and other callers can use it. */
export function loadBytes(file: string, raw: Uint8Array, declared: PageFormat | null): LoadedPage {
  let bytes = raw;
  const gzipName = file !== '-' && /\.gz$/i.test(file);
  if (isGzip(bytes)) {
    try {
      bytes = new Uint8Array(gunzipSync(bytes));
    } catch (err) {
      throw new InputError(file, `not valid gzip data (${(err as Error).message})`);
    }
  } else if (gzipName) {
    throw new InputError(file, 'not gzip data, though the name ends in .gz');
  }
  if (looksBinary(bytes)) throw new InputError(file, 'binary data, not an HTML or text page');
  const format = declared ?? sniffFormat(bytes);
  return { file, format, text: decodeBytes(bytes, format === 'html') };
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** HTML when the start of the data looks like markup (a doctype, a comment or a known tag). */
export function sniffFormat(bytes: Uint8Array): PageFormat {
  const label = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'latin1';
  const head = new TextDecoder(label).decode(bytes.subarray(0, 1024)).replace(/^(?:\xef\xbb\xbf|\ufeff)/, '');
  const start = head.replace(/^\s+/, '');
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|!--|\?xml|div|p|article|section|main|h[1-6]|table|ul|span|a)\b/i.test(start)) {
    return 'html';
  }
  return /<(?:html|body|head)[\s>]/i.test(head) ? 'html' : 'text';
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory (a path component is a file)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return (err as Error | undefined)?.message ?? String(err);
  }
}
