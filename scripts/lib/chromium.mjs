// Finding a Chromium for the browser tests and `npm start`'s browser step.
// No browser downloads are possible here: Debian's `chromium` package is the browser.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATE_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const CANDIDATE_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First executable Chromium: $CHROMIUM_PATH, the usual Debian/Ubuntu paths, then $PATH. Null when none. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const p of CANDIDATE_PATHS) if (executable(p)) return p;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of CANDIDATE_NAMES) {
      const p = join(dir, name);
      if (executable(p)) return p;
    }
  }
  return null;
}

function osRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function isDebianLike() {
  const os = osRelease();
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(os) && existsSync('/usr/bin/apt-get');
}

export const INSTALL_HINT = [
  'Winnow\'s browser tests need Chromium (no browser is downloaded).',
  '  Debian:  sudo apt-get update && sudo apt-get install -y chromium',
  '  Ubuntu:  sudo apt-get install -y chromium-browser   (or Google Chrome)',
  '  other:   install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
].join('\n');

/**
 * A Chromium path, installing Debian's `chromium` with apt-get when none is
 * found and we are root on Debian/Ubuntu. Otherwise throws with exactly what
 * to install.
 */
export function ensureChromium({ log = console.error, env = process.env } = {}) {
  const found = findChromium(env);
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebianLike() && !env.CHROMIUM_PATH) {
    log('Chromium not found: installing Debian\'s chromium with apt-get …');
    const opts = { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
    const update = spawnSync('apt-get', ['update'], opts);
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], opts) : update;
    const again = findChromium(env);
    if (install.status === 0 && again) return again;
  }
  throw new Error(`No Chromium found${env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${env.CHROMIUM_PATH}` : ''}.\n${INSTALL_HINT}`);
}

/**
 * The flags every Winnow Chromium run shares (browser tests, `npm start`, icon and
 * screenshot rendering): no sandbox (containers, root), no GPU, no first-run UI,
 * none of Chromium's own background fetching, and http:// kept http:// (the local
 * fixture server answers under real host names, without TLS).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

/**
 * Flags for Chromium with one unpacked extension (`dist`, an absolute path) and the
 * given host names answered by 127.0.0.1 (match patterns ignore the port, so a page
 * at http://www.menafn.com:<port>/ is "on menafn.com" while nothing leaves the machine).
 */
export function extensionArgs(dist, hosts = [], extra = []) {
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    ...(rules ? [`--host-resolver-rules=${rules}`] : []),
    ...CHROMIUM_ARGS,
    ...extra,
  ];
}
