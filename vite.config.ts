import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { expandSiteMarkers, manifestHostPatterns } from './src/sites/patterns';

/**
 * Two builds from one config:
 * - `vite build` → dist/: the shipped extension. Host access is exactly the
 *   curated list (src/sites/news-sites.ts), written into the manifest here so
 *   the list is the single source of truth.
 * - `vite build --mode test` → dist-test/: the same extension plus access to
 *   the browser tests' local server (http://127.0.0.1) and the test hooks
 *   (`__WINNOW_TEST__`), which the shipped build compiles out.
 * - `vite build --mode firefox` → dist-firefox/: the shipped extension for
 *   Firefox (see `firefoxManifest`).
 */
export const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

export function buildManifest(test: boolean) {
  const manifest = expandSiteMarkers(baseManifest, manifestHostPatterns());
  manifest.version = pkg.version;
  if (test) {
    manifest.name = 'Winnow (test build)'; // the shipped name is __MSG_extName__ (public/_locales)
    manifest.host_permissions = [...manifest.host_permissions, ...TEST_HOST_PERMISSIONS];
  }
  return manifest;
}

/** Firefox's add-on id (AMO keys updates and storage to it: never change it once published). */
export const GECKO_ID = 'winnow@winnow.extension';
/**
 * data_collection_permissions needs Firefox 140 on desktop and 142 on Android
 * (web-ext lint warns below either), so each platform gets its own minimum:
 * 140 keeps the current ESR (Debian's firefox-esr 140) supported on desktop.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/**
 * The Firefox manifest (`vite build --mode firefox` → dist-firefox/): the same
 * extension, with what Firefox needs instead of what only Chrome reads. The
 * background runs as a module event page (`background.scripts`; crxjs writes
 * the loader), Firefox gets its add-on id, its minimum version and the
 * declaration that Winnow collects no data; Chrome-only keys go.
 */
export function firefoxManifest(manifest: ReturnType<typeof buildManifest>) {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = manifest as typeof manifest & { key?: string };
  delete (rest as { key?: string }).key;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  };
}

/**
 * crxjs lists every `?script` import in `web_accessible_resources` for all
 * http(s) pages. Winnow's content scripts are self-contained IIFE files run by
 * the browser (manifest, registerContentScripts, executeScript), which never
 * need to be web-accessible; exposing them would only let any page detect
 * the extension by probing the URL. So they are taken out again.
 */
function privateContentScripts(outDir: string): Plugin {
  return {
    name: 'winnow:private-content-scripts',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const file = join(outDir, 'manifest.json');
      const m = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      if (!m.web_accessible_resources) return;
      const war = m.web_accessible_resources
        .map((w) => ({ ...w, resources: w.resources.filter((r) => !/^src\/content\/.*\.iife\.js$/.test(r)) }))
        .filter((w) => w.resources.length > 0);
      if (war.length) m.web_accessible_resources = war;
      else delete m.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(m, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const test = mode === 'test';
  const firefox = mode === 'firefox';
  const outDir = test ? 'dist-test' : firefox ? 'dist-firefox' : 'dist';
  const manifest = firefox ? firefoxManifest(buildManifest(false)) : buildManifest(test);
  return {
    plugins: [crx({ manifest: manifest as never, browser: firefox ? 'firefox' : 'chrome' }), privateContentScripts(outDir)],
    define: { __WINNOW_TEST__: JSON.stringify(test) },
    build: { outDir, emptyOutDir: true },
  };
});
