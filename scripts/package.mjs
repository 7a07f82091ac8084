#!/usr/bin/env node
// `npm run package`: store-ready archives in release/ (gitignored), named with the version
// from package.json:
//   winnow-chrome-<v>.zip    the Chrome Web Store upload (dist/)
//   winnow-firefox-<v>.zip   the addons.mozilla.org upload (dist-firefox/)
//   winnow-source-<v>.zip    the source for Firefox's review: every tracked file, and
//                            SOURCE-BUILD.md saying how to rebuild dist-firefox/ from it
// Builds both extensions first (`--no-build` packs what is there; `--no-lint`; `--out=DIR`
// writes elsewhere), checks they are the
// shipped builds of this version (not the test build), lints the Firefox one with web-ext,
// then prints each archive's size and SHA-256. The zips are deterministic.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zip } from './lib/zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const outArg = process.argv.slice(2).find((a) => a.startsWith('--out='));
const OUT = outArg ? resolve(outArg.slice('--out='.length)) : join(ROOT, 'release');

function run(cmd, argv, what) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail(`${what} failed`);
}

function fail(message) {
  process.stderr.write(`package: ${message}\n`);
  process.exit(1);
}

/** Every file under dir, as { name, data } with '/'-separated names relative to dir. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push({ name: relative(dir, p).split(sep).join('/'), data: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/** The tracked source files (git), or the tree without build output when this is not a checkout. */
function sourceFiles() {
  const git = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  let names;
  if (git.status === 0 && git.stdout) {
    names = git.stdout.split('\0').filter(Boolean);
  } else {
    const skip = /^(node_modules|dist[^/]*|release|test-results|\.git|\.scratch)(\/|$)/;
    names = filesUnder(ROOT).map((f) => f.name).filter((n) => !skip.test(n));
  }
  return names.filter((n) => existsSync(join(ROOT, n)) && statSync(join(ROOT, n)).isFile()).map((name) => ({ name, data: readFileSync(join(ROOT, name)) }));
}

function checkBuild(dir, version, browser) {
  const file = join(ROOT, dir, 'manifest.json');
  if (!existsSync(file)) fail(`${dir}/manifest.json is missing: run npm run build${browser === 'firefox' ? ':firefox' : ''} first`);
  const m = JSON.parse(readFileSync(file, 'utf8'));
  if (m.version !== version) fail(`${dir} is version ${m.version}, package.json says ${version}: rebuild`);
  const text = JSON.stringify(m);
  if (/test build|127\.0\.0\.1/.test(text)) fail(`${dir} is a test build`);
  if (m.key) fail(`${dir}/manifest.json has a key`);
  if (browser === 'firefox' && !m.browser_specific_settings?.gecko?.id) fail(`${dir} has no gecko id`);
  if (browser === 'chrome' && !m.background?.service_worker) fail(`${dir} is not a Chrome build`);
  for (const f of filesUnder(join(ROOT, dir))) {
    if (f.name.endsWith('.map')) fail(`${dir}/${f.name}: source maps are not shipped`);
  }
}

const SOURCE_BUILD = (version) => `# Building Winnow ${version} from this source

The Firefox add-on (\`winnow-firefox-${version}.zip\`) is built from these files with Vite
(bundling TypeScript; no obfuscation, minification only of whitespace and names).

Requirements: Node.js 20.19 or newer (20.20 used), npm 10 or newer; Linux or macOS.

\`\`\`sh
npm ci                  # the exact dependency versions in package-lock.json
npm run build:firefox   # writes dist-firefox/
\`\`\`

\`dist-firefox/\` is then the add-on, file for file. To check the package as uploaded:
\`npm run package\` writes \`release/winnow-firefox-${version}.zip\` (deterministic: the same
sources give the same bytes).

Sources: \`src/\` (engine, DOM segmenter, content script, service worker, popup, options),
\`public/\` (icons, \`_locales\`), \`manifest.json\` (the build adds the curated host list from
\`src/sites/news-sites.ts\`), \`vite.config.ts\` (the Firefox variant: \`firefoxManifest\`).
`;

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const version = pkg.version;
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json version ${version} is not a store version (x.y.z)`);

if (!args.has('--no-build')) {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], 'the Chrome build');
  run(process.execPath, [vite, 'build', '--mode', 'firefox', '--logLevel', 'warn'], 'the Firefox build');
}
checkBuild('dist', version, 'chrome');
checkBuild('dist-firefox', version, 'firefox');
if (!args.has('--no-lint')) {
  run(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', 'dist-firefox', '--warnings-as-errors', '--no-input'], 'web-ext lint');
}

mkdirSync(OUT, { recursive: true });
const outputs = [
  [`winnow-chrome-${version}.zip`, filesUnder(join(ROOT, 'dist'))],
  [`winnow-firefox-${version}.zip`, filesUnder(join(ROOT, 'dist-firefox'))],
  [`winnow-source-${version}.zip`, [...sourceFiles(), { name: 'SOURCE-BUILD.md', data: Buffer.from(SOURCE_BUILD(version)) }]],
];
for (const [name, files] of outputs) {
  const bytes = zip(files);
  writeFileSync(join(OUT, name), bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`${relative(process.cwd(), join(OUT, name))}  ${files.length} files  ${(bytes.length / 1024).toFixed(1)} KB  sha256 ${sha}`);
}
