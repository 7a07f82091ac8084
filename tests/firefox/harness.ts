/**
 * Firefox smoke-test harness: Debian's firefox-esr, headless, with the
 * Firefox build (dist-firefox/) installed as a temporary add-on by
 * `web-ext run`. Playwright cannot drive stock Firefox, so the pages report
 * back themselves: each served page carries a small script (the page's own,
 * main world) that snapshots the DOM before Winnow runs, waits for
 * `data-winnow` marks, and POSTs what it sees to the local server.
 *
 * Host names: `network.dns.forceResolve` sends every name to 127.0.0.1, so a
 * page at http://www.menafn.com:<port>/… is on a listed site for the add-on
 * (match patterns ignore ports) and nothing leaves the machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
// @ts-expect-error plain ESM helper without type declarations
import { ensureExtensionBuild } from '../../scripts/lib/build.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
const WEB_EXT = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');

/** $FIREFOX_PATH, Debian's firefox-esr, or a firefox on $PATH; null when none. */
export function findFirefox(env = process.env): string | null {
  const ok = (p: string) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.FIREFOX_PATH) return ok(env.FIREFOX_PATH) ? env.FIREFOX_PATH : null;
  for (const p of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (ok(p)) return p;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of ['firefox-esr', 'firefox']) if (dir && ok(join(dir, name))) return join(dir, name);
  }
  return null;
}

export const SKIP_REASON =
  'firefox-esr is not installed: the Firefox smoke test needs it (apt-get install firefox-esr, or set FIREFOX_PATH); .ci/run installs it';

/** Build dist-firefox/ (`vite build --mode firefox`) unless it is newer than every source. */
export function ensureFirefoxBuild(): string {
  return ensureExtensionBuild(ROOT, 'firefox', 'dist-firefox') as string;
}

/** `web-ext lint` on a directory, as JSON. */
export function lint(dir = DIST_FIREFOX): { summary: Record<string, number>; messages: string[] } {
  const r = spawnSync(process.execPath, [WEB_EXT, 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = r.stdout.slice(r.stdout.indexOf('{'));
  const d = JSON.parse(out) as { summary: Record<string, number>; errors: Msg[]; warnings: Msg[]; notices: Msg[] };
  type Msg = { code: string; message: string; file?: string; description?: string };
  const messages = [...d.errors, ...d.warnings, ...d.notices].map((m) => `${m.code} ${m.file ?? ''}: ${m.message} ${m.description ?? ''}`);
  return { summary: d.summary, messages };
}

// --- the page's own report -------------------------------------------------------------

export interface PageReport {
  path: string;
  marks: number;
  verdicts: string[];
  hosts: number;
  /** The DOM without data-winnow* attributes and Winnow's host, unchanged since before Winnow ran. */
  unchanged: boolean;
  /** Where the DOM changed, when it did: the first differing element, before -> after. */
  changed: string | null;
  /** Uncaught errors the page saw (its own scripts' and anything else's). */
  errors: string[];
  waitedMs: number;
}

/**
 * The reporter, inserted at the end of <body>: it runs while the page parses,
 * before the add-on's document_idle content script, so its first snapshot is
 * the page as the site made it.
 */
export const REPORTER = `<script>(function () {
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); });
  // Winnow's host: <winnow-ui> on <html> (or winnow-ui-<suffix> when the page took the tag).
  function isHost(el) { return el.localName.indexOf('winnow-ui') === 0 && el.parentNode === document.documentElement; }
  function inHost(el) {
    for (var e = el; e && e !== document.documentElement; e = e.parentElement) if (isHost(e)) return true;
    return false;
  }
  function hosts() {
    var n = 0, kids = document.documentElement.children;
    for (var i = 0; i < kids.length; i++) if (isHost(kids[i])) n++;
    return n;
  }
  function dump() {
    var out = [];
    var all = document.getElementsByTagName('*');
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      // Winnow's host and what it holds (its shadow root, and in Firefox, where a
      // content script cannot adopt a constructed sheet, the marks' <style>).
      if (inHost(el)) continue;
      var attrs = [];
      for (var j = 0; j < el.attributes.length; j++) {
        var a = el.attributes[j];
        if (a.name.indexOf('data-winnow') !== 0) attrs.push(a.name + '=' + a.value);
      }
      out.push(el.localName + '[' + attrs.join(' ') + ']');
    }
    return out.join('\\n');
  }
  // The first line where two dumps differ, so a failure says what changed.
  function firstChange(a, b) {
    if (a === b) return null;
    var x = a.split('\\n'), y = b.split('\\n');
    for (var i = 0; i < Math.max(x.length, y.length); i++) {
      if (x[i] !== y[i]) return 'element ' + i + ': ' + String(x[i]).slice(0, 200) + ' -> ' + String(y[i]).slice(0, 200);
    }
    return null;
  }
  var before = dump();
  var start = Date.now();
  var limit = Number((/[?&]wait=(\\d+)/.exec(location.search) || [])[1] || 45000);
  var last = -1, stable = 0;
  function tick() {
    var marked = document.querySelectorAll('[data-winnow]');
    stable = marked.length === last ? stable + 1 : 0;
    last = marked.length;
    if ((marked.length > 0 && stable >= 4) || Date.now() - start > limit) {
      var verdicts = [];
      for (var i = 0; i < marked.length; i++) verdicts.push(marked[i].getAttribute('data-winnow'));
      var now = dump();
      var report = { path: location.pathname, marks: marked.length, verdicts: verdicts,
        hosts: hosts(), unchanged: now === before, changed: firstChange(before, now),
        errors: errors, waitedMs: Date.now() - start };
      var x = new XMLHttpRequest();
      x.open('POST', '/__report');
      x.send(JSON.stringify(report));
      return;
    }
    setTimeout(tick, 250);
  }
  setTimeout(tick, 250);
})();</script>`;

export function withReporter(html: string): string {
  return /<\/body>/i.test(html) ? html.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${REPORTER}</body>`) : html + REPORTER;
}

export class ReportServer {
  private server: Server | null = null;
  private readonly pages = new Map<string, string>();
  private readonly waiting = new Map<string, (r: PageReport) => void>();
  readonly reports = new Map<string, PageReport>();
  readonly log: string[] = [];
  port = 0;

  page(path: string, html: string): void {
    this.pages.set(path, withReporter(html));
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      this.log.push(`${new Date().toISOString().slice(11, 23)} ${req.method} ${req.headers.host ?? ""} ${path}`);
      if (req.method === 'POST' && path === '/__report') {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString('utf8')));
        req.on('end', () => {
          res.end('ok');
          try {
            const r = JSON.parse(body) as PageReport;
            this.reports.set(r.path, r);
            this.waiting.get(r.path)?.(r);
          } catch {
            // a broken report: the wait times out and says so
          }
        });
        return;
      }
      const html = this.pages.get(path);
      if (html === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(host: string, path: string): string {
    return `http://${host}:${this.port}${path}`;
  }

  report(path: string, timeoutMs: number): Promise<PageReport> {
    const got = this.reports.get(path);
    if (got) return Promise.resolve(got);
    return new Promise((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`no report from ${path} in ${timeoutMs} ms; the server saw:\n${this.log.join('\n')}`)), timeoutMs);
      this.waiting.set(path, (r) => {
        clearTimeout(t);
        ok(r);
      });
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

// --- Firefox ------------------------------------------------------------------------------

export interface RunningFirefox {
  output: string[];
  stop(): Promise<void>;
}

/** Start firefox-esr headless with the add-on and open the given URLs, each in a tab. */
export function runFirefox(firefox: string, urls: string[], dist = DIST_FIREFOX): RunningFirefox {
  const profile = mkdtempSync(join(tmpdir(), 'winnow-firefox-'));
  const prefs = {
    'network.dns.forceResolve': '127.0.0.1',
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    // The pages report from background tabs: don't throttle their timers.
    'dom.min_background_timeout_value': 4,
    'dom.timeout.enable_budget_timer_throttling': false,
  };
  const args = [
    WEB_EXT,
    'run',
    `--firefox=${firefox}`,
    '--source-dir',
    dist,
    '--firefox-profile',
    profile,
    '--profile-create-if-missing',
    '--no-reload',
    '--no-input',
    '--arg=-headless',
    ...Object.entries(prefs).flatMap(([k, v]) => ['--pref', `${k}=${v}`]),
    ...urls.flatMap((u) => ['--start-url', u]),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1' },
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString('utf8')));
  return {
    output,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
        try {
          process.kill(-child.pid, 'SIGTERM'); // web-ext and the Firefox it started
        } catch {
          // already gone
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
