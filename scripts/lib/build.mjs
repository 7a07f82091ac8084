// Is the build older than its sources? Build when it is (npm start, and later the browser step).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of a file or of every file under a directory; 0 when absent. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** What the build reads. */
export const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'package.json', 'vite.config.ts', 'vite.cli.config.ts'];
/** What the build writes that npm start relies on. */
export const BUILD_OUTPUTS = ['dist-cli/winnow.js', 'dist/manifest.json'];

/** Reasons the build is needed (missing or older outputs); empty when it is up to date. */
export function staleOutputs(root, outputs = BUILD_OUTPUTS, inputs = BUILD_INPUTS) {
  const newestInput = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
  const reasons = [];
  for (const out of outputs) {
    const path = join(root, out);
    if (!existsSync(path)) reasons.push(`${out} is missing`);
    else if (statSync(path).mtimeMs < newestInput) reasons.push(`${out} is older than the sources`);
  }
  return reasons;
}

/** Runs `npm run build` when needed; returns true when the build is (now) up to date. */
export function ensureBuilt(root, { log = console.log, force = false } = {}) {
  const reasons = force ? ['--build given'] : staleOutputs(root);
  if (reasons.length === 0) {
    log('Build is up to date.');
    return true;
  }
  log(`Building (${reasons.join('; ')}): npm run build`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

/** Builds the CLI bundle alone (dist-cli/), for when the extension build is broken. */
export function buildCliOnly(root) {
  const r = spawnSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return r.status === 0;
}

/** What the extension build reads (the browser and Firefox test builds). */
export const EXTENSION_INPUTS = ['src', 'public', 'manifest.json', 'package.json', 'vite.config.ts'];

/**
 * `vite build --mode <mode>` into `outDir` (relative to root: dist-test, dist-firefox)
 * unless its manifest is newer than every extension source. Returns the absolute
 * output directory; throws with the build's output when it fails.
 */
export function ensureExtensionBuild(root, mode, outDir) {
  if (staleOutputs(root, [`${outDir}/manifest.json`], EXTENSION_INPUTS).length > 0) {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--logLevel', 'warn'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${mode} build failed:\n${r.stdout}\n${r.stderr}`);
  }
  return join(root, outDir);
}
