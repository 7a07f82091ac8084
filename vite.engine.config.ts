import { defineConfig, type Plugin } from 'vite';

/**
 * The standalone engine for pages and benchmarks: `dist-engine/winnow.iife.js`,
 * one classic script that defines
 *
 *   globalThis.Winnow.analyzeDocument(document, options?)
 *
 * returning the CLI's JSON object (src/cli/format-json.ts, the contract in
 * docs/analysis.schema.json) without `file`. The same DOM segmenter and engine as
 * the extension and the CLI; no browser-extension API, no Node API. Options are the
 * engine's (sensitivity, corrections) plus `url`.
 *
 * The entry is a virtual module so the bundle's whole surface reads here, in one place.
 */
const ENTRY = 'virtual:winnow-engine-entry';
const RESOLVED = `\0${ENTRY}`;

const entrySource = `
import { analyzeDocument as analyzeDom } from '/src/dom/analyze-document.ts';
import { toJson } from '/src/cli/format-json.ts';

export function analyzeDocument(doc, options) {
  const d = doc || globalThis.document;
  const opts = Object.assign({}, options || {});
  if (opts.url === undefined) {
    try { opts.url = d.URL || null; } catch (e) { opts.url = null; }
  }
  const json = toJson('', analyzeDom(d, opts));
  delete json.file;
  return json;
}
`;

function virtualEntry(): Plugin {
  return {
    name: 'winnow:engine-entry',
    resolveId: (id) => (id === ENTRY ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? entrySource : null),
  };
}

export default defineConfig({
  plugins: [virtualEntry()],
  publicDir: false,
  build: {
    outDir: 'dist-engine',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      input: ENTRY,
      preserveEntrySignatures: 'strict',
      output: { format: 'iife', name: 'Winnow', entryFileNames: 'winnow.iife.js', extend: true },
    },
  },
});
