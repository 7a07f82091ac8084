/**
 * The builds the speed benchmark reads: dist-engine/winnow.iife.js (the
 * standalone engine, vite.engine.config.ts) and dist/ (the shipped
 * extension, for the content script's size). Each is rebuilt when missing or
 * older than the sources; `--no-build` skips that.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './speed-pages';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let n = s.mtimeMs;
  for (const entry of readdirSync(path)) n = Math.max(n, newest(join(path, entry)));
  return n;
}

function stale(output: string, inputs: string[]): boolean {
  const out = join(REPO_ROOT, output);
  return !existsSync(out) || statSync(out).mtimeMs < Math.max(...inputs.map((p) => newest(join(REPO_ROOT, p))));
}

function vite(args: string[]): void {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...args, '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

export const ENGINE_BUNDLE = join(REPO_ROOT, 'dist-engine', 'winnow.iife.js');

export function ensureEngineBundle(build = true): string {
  if (build && stale('dist-engine/winnow.iife.js', ['src', 'vite.engine.config.ts', 'package.json'])) vite(['--config', 'vite.engine.config.ts']);
  if (!existsSync(ENGINE_BUNDLE)) throw new Error(`${ENGINE_BUNDLE} is missing: run npm run build`);
  return readFileSync(ENGINE_BUNDLE, 'utf8');
}

export function ensureShippedBuild(build = true): string {
  const dist = join(REPO_ROOT, 'dist');
  if (build && stale('dist/manifest.json', ['src', 'public', 'manifest.json', 'package.json', 'vite.config.ts'])) vite([]);
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error('dist/manifest.json is missing: run npm run build');
  return dist;
}

export interface ScriptSize {
  /** The entry as the browser loads it (manifest path or registered file). */
  entry: string;
  /** The entry and every file it imports, relative to dist/. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const IMPORT = /(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bimport\s*\(\s*)["'`]([^"'`]+\.js)["'`]/g;

/**
 * A content script's cost as shipped: the entry file and, transitively, every
 * chunk it imports (static or dynamic). Gzip at level 9 over the files
 * concatenated, as one transfer would compress them.
 */
export function scriptSize(dist: string, entry: string): ScriptSize {
  const files: string[] = [];
  const queue = [posix.normalize(entry)];
  while (queue.length) {
    const rel = queue.shift() as string;
    if (files.includes(rel)) continue;
    const abs = join(dist, rel);
    if (!existsSync(abs)) continue;
    files.push(rel);
    const src = readFileSync(abs, 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[1] as string;
      const target = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(rel), spec);
      queue.push(posix.normalize(target));
    }
  }
  const all = Buffer.concat(files.map((f) => readFileSync(join(dist, f))));
  return { entry, files, bytes: all.length, gzipBytes: gzipSync(all, { level: 9 }).length };
}

/** Every content script the shipped build can put into a page: the manifest's and the run-time ones. */
export function contentScriptEntries(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const entries = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) entries.add(js);
  const dir = join(dist, 'src', 'content');
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.js')) entries.add(posix.join('src/content', f));
  return [...entries].sort();
}
