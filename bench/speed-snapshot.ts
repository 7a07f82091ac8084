/**
 * Behaviour snapshot for speed work: the CLI's JSON (`winnow analyze --json`,
 * minus `stats.ms`) over every AEB page, the first N WCXB dev pages, the two
 * seeds and the samples. A speed change to the engine or the segmenter must
 * leave this byte-identical.
 *
 *   tsx bench/speed-snapshot.ts --out before.jsonl            # write a snapshot
 *   tsx bench/speed-snapshot.ts --check before.jsonl          # compare; exit 1 on any difference
 *   tsx bench/speed-snapshot.ts --root /tmp/copy --out a.jsonl
 *
 * `--root DIR` runs the sources of another checkout (a copy of src/ with one
 * change undone, say), so "before" and "after" can be taken from the same
 * working tree at the same moment while others edit other files.
 * `--wcxb N` (default 100) · `--quiet`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetsRoot, REPO_ROOT } from './lib/speed-pages';

interface Args {
  root: string;
  out: string | null;
  check: string | null;
  wcxb: number;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { root: REPO_ROOT, out: null, check: null, wcxb: 100, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = (): string => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${k} needs a value`);
      return x;
    };
    if (k === '--root') a.root = resolve(v());
    else if (k === '--out') a.out = resolve(v());
    else if (k === '--check') a.check = resolve(v());
    else if (k === '--wcxb') a.wcxb = Number(v());
    else if (k === '--quiet') a.quiet = true;
    else throw new Error(`unknown option ${k}`);
  }
  return a;
}

/** The snapshot's inputs, in a fixed order: [label, absolute path]. */
export function snapshotInputs(wcxb: number): [string, string][] {
  const out: [string, string][] = [];
  const data = datasetsRoot();
  const aeb = join(data, 'scrapinghub-aeb', 'html');
  if (existsSync(aeb)) for (const f of readdirSync(aeb).filter((x) => x.endsWith('.html.gz')).sort()) out.push([`aeb/${f}`, join(aeb, f)]);
  const wc = join(data, 'wcxb-dev', 'html');
  if (existsSync(wc)) for (const f of readdirSync(wc).filter((x) => x.endsWith('.html.gz')).sort().slice(0, wcxb)) out.push([`wcxb/${f}`, join(wc, f)]);
  const seeds = resolve(data, '..', 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt')).sort()) out.push([`seeds/${f}`, join(seeds, f)]);
  const samples = join(REPO_ROOT, 'samples');
  if (existsSync(samples)) for (const f of readdirSync(samples).filter((x) => x.endsWith('.html')).sort()) out.push([`samples/${f}`, join(samples, f)]);
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const mod = (p: string) => import(pathToFileURL(join(args.root, p)).href);
  const { loadBytes, formatFromName } = await mod('src/cli/inputs.ts');
  const { analyzePage } = await mod('src/cli/analyze-page.ts');
  const { toJson } = await mod('src/cli/format-json.ts');

  const lines: string[] = [];
  const t0 = performance.now();
  for (const [label, path] of snapshotInputs(args.wcxb)) {
    let line: string;
    try {
      const page = loadBytes(label, new Uint8Array(readFileSync(path)), formatFromName(path));
      const json = toJson(label, analyzePage(page, { url: null }));
      delete (json.stats as { ms?: number }).ms;
      line = JSON.stringify(json);
    } catch (e) {
      line = JSON.stringify({ file: label, error: (e as Error)?.message ?? String(e) });
    }
    lines.push(line);
  }
  const text = lines.join('\n') + '\n';
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  if (!args.quiet) console.error(`${lines.length} pages, ${(performance.now() - t0).toFixed(0)} ms, sha256 ${digest}`);
  if (args.out) writeFileSync(args.out, text);
  if (args.check) {
    const want = readFileSync(args.check, 'utf8').split('\n');
    const got = text.split('\n');
    let diffs = 0;
    for (let i = 0; i < Math.max(want.length, got.length); i++) {
      if (want[i] === got[i]) continue;
      diffs++;
      if (diffs <= 5) {
        const label = (() => {
          try {
            return JSON.parse(got[i] ?? want[i] ?? '{}').file;
          } catch {
            return `line ${i + 1}`;
          }
        })();
        console.error(`DIFFERS: ${label}`);
        const a = want[i] ?? '';
        const b = got[i] ?? '';
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        console.error(`  before: …${a.slice(Math.max(0, k - 80), k + 120)}`);
        console.error(`  after:  …${b.slice(Math.max(0, k - 80), k + 120)}`);
      }
    }
    if (diffs) {
      console.error(`${diffs} page(s) differ from ${args.check}`);
      process.exit(1);
    }
    console.error(`identical to ${args.check}`);
  }
  if (!args.out && !args.check) process.stdout.write(text);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
