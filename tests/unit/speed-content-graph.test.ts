/**
 * What the content script carries into every page it runs on: its modules,
 * followed through their imports from each entry (src/content/*.iife.ts). The
 * engine runs in the service worker, so no engine step may be among them
 * (normalize.ts for fingerprints, block.ts's plain constructors and type-only
 * imports are fine), and
 * neither may tldts (the public suffix list is the service worker's).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'src/content');

/** Runtime imports of a module (`import type` and `export type` are erased by the build). */
function runtimeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of src.matchAll(re)) if (!m[2]) out.push(m[3] as string);
  for (const m of src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] as string);
  return out;
}

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return spec; // a package
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  return null;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const spec of runtimeImports(file)) {
      const target = resolveModule(file, spec);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('speed: what the content script carries', () => {
  const entries = readdirSync(CONTENT).filter((f) => f.endsWith('.iife.ts'));

  it('has entries to check', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
  });

  for (const entry of entries) {
    it(`${entry} carries no engine step and no tldts`, () => {
      const modules = [...graph(join(CONTENT, entry))].map((f) => (f.startsWith('/') ? relative(ROOT, f) : f));
      const allowed = new Set(['src/engine/normalize.ts', 'src/engine/block.ts', 'src/engine/types.ts']);
      const engine = modules.filter((m) => m.startsWith('src/engine/') && !allowed.has(m));
      expect(engine).toEqual([]);
      expect(modules.filter((m) => m === 'tldts' || m.startsWith('tldts/'))).toEqual([]);
      expect(modules).toContain('src/dom/segment.ts');
    });
  }
});
