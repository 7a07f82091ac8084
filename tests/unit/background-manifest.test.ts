/**
 * The shipped manifest: host access is exactly the curated list (generated
 * from src/sites/news-sites.ts), the test build's local-server access never
 * ships, and the content scripts are not web-accessible.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, TEST_HOST_PERMISSIONS } from '../../vite.config';
import { NEWS_SITES } from '../../src/sites/news-sites';
import { manifestHostPatterns, SITES_MARKER } from '../../src/sites/patterns';
import source from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };

const ROOT = resolve(import.meta.dirname, '../..');
const LIST = NEWS_SITES.map((s) => `*://*.${s.host}/*`);

type Manifest = {
  version: string;
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: { matches: string[]; js: string[]; run_at: string }[];
  commands: Record<string, { suggested_key?: { default?: string } }>;
  web_accessible_resources?: { resources: string[] }[];
};

function checkShipped(m: Manifest): void {
  expect(m.content_scripts).toHaveLength(1);
  expect(m.content_scripts[0]!.matches).toEqual(LIST);
  expect(m.content_scripts[0]!.run_at).toBe('document_idle');
  expect(m.host_permissions).toEqual(LIST);
  expect(JSON.stringify(m)).not.toContain('127.0.0.1');
  expect(JSON.stringify(m)).not.toContain(SITES_MARKER);
  expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  expect(m.commands['toggle-highlighting']?.suggested_key?.default).toBe('Alt+Shift+W');
  expect(m.version).toBe(pkg.version);
}

describe('manifest', () => {
  it('source manifest.json keeps the marker; the list lives in src/sites only', () => {
    expect(source.content_scripts[0]!.matches).toEqual([SITES_MARKER]);
    expect(source.host_permissions).toEqual([SITES_MARKER]);
    expect(manifestHostPatterns()).toEqual(LIST);
  });

  it('the shipped build gets exactly the curated list as matches and host permissions', () => {
    checkShipped(buildManifest(false) as unknown as Manifest);
  });

  it('the test build only adds the local server', () => {
    const test = buildManifest(true) as unknown as Manifest;
    expect(test.host_permissions).toEqual([...LIST, ...TEST_HOST_PERMISSIONS]);
    expect(test.content_scripts[0]!.matches).toEqual(LIST);
  });

  it.skipIf(!existsSync(join(ROOT, 'dist/manifest.json')))('dist/manifest.json (as built) is the shipped manifest, content scripts not web-accessible', () => {
    const built = JSON.parse(readFileSync(join(ROOT, 'dist/manifest.json'), 'utf8')) as Manifest;
    checkShipped(built);
    expect(built.content_scripts[0]!.js[0]).toMatch(/^src\/content\/listed\.iife\.js$/);
    const war = (built.web_accessible_resources ?? []).flatMap((w) => w.resources);
    expect(war.filter((r) => r.startsWith('src/content/'))).toEqual([]);
    // The test hooks are compiled out of the shipped build.
    const content = readFileSync(join(ROOT, 'dist', built.content_scripts[0]!.js[0]!), 'utf8');
    expect(content.includes('1e6+'), 'forced-marks handler in the shipped content script').toBe(false);
    const assets = readdirSync(join(ROOT, 'dist/assets')).filter((f) => f.endsWith('.js'));
    const withHooks = assets.filter((f) => readFileSync(join(ROOT, 'dist/assets', f), 'utf8').includes('winnowTest'));
    expect(withHooks).toEqual([]);
  });
});
