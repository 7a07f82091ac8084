#!/usr/bin/env node
// npm start: build if needed, show Winnow's reading view of the sample pages with
// what it removed, and write per-page counts to test-results/start/summary.md.
//
// Steps run in order; each is a function of the shared context, so a later one
// (opening Chromium with the extension on the samples) is one more entry in STEPS.
//
//   npm start                 build if stale, reading views, summary
//   npm start -- --build      rebuild first even if up to date
//   npm start -- --quiet      counts only, no reading views
//   npm start -- --no-browser skip the Chromium step (--headed keeps the browser open)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliOnly, ensureBuilt } from './lib/build.mjs';
import { samplePages } from './lib/samples.mjs';
import { browserStep } from './start-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Step 1: the extension and CLI bundles exist and are newer than the sources.
 * When the full build fails, the CLI is built alone so the samples still run,
 * and npm start exits 1 at the end.
 */
export function buildStep(ctx) {
  if (ensureBuilt(ctx.root, { force: ctx.args.includes('--build') })) return;
  console.error('\nnpm start: npm run build failed (see above); building the CLI alone to show the samples.\n');
  ctx.failures.push('npm run build failed');
  if (!buildCliOnly(ctx.root)) throw new Error('the CLI build failed too (see above)');
}

/** Runs the built CLI, as a user would. */
function winnow(ctx, args) {
  const r = spawnSync(process.execPath, [join(ctx.root, 'bin', 'winnow.js'), ...args], {
    cwd: ctx.root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Step 2: the reading view of every sample page, then the counts. */
export function samplesStep(ctx) {
  ctx.pages = samplePages(ctx.root);
  ctx.results = [];
  for (const file of ctx.pages) {
    const json = winnow(ctx, ['analyze', '--json', file]);
    let record = null;
    try {
      record = JSON.parse(json.stdout);
    } catch {
      // reported below
    }
    if (!record || 'error' in record) {
      const problem = record?.error ?? (json.stderr.trim() || `exit ${json.code}`);
      ctx.results.push({ file, error: problem });
      console.error(`winnow: ${file}: ${problem}`);
      continue;
    }
    ctx.results.push({ file, ...record.stats, title: record.title, source: record.source });
    if (!ctx.args.includes('--quiet')) {
      const view = winnow(ctx, ['analyze', file]);
      console.log(`\n${'─'.repeat(80)}\n${file}\n${'─'.repeat(80)}\n`);
      process.stdout.write(view.stdout);
      if (view.stderr) process.stderr.write(view.stderr);
    }
  }
  console.log(`\n${summaryTable(ctx.results)}`);
}

function summaryTable(results) {
  const rows = [
    '| page | blocks | content | duplicate | boilerplate | meta | ms | title |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    if (r.error) rows.push(`| ${r.file} | error: ${r.error} | | | | | | |`);
    else {
      const title = (r.title ?? '—').replace(/\|/g, '\\|');
      rows.push(`| ${r.file} | ${r.blocks} | ${r.content} | ${r.duplicate} | ${r.boilerplate} | ${r.meta} | ${r.ms.toFixed(1)} | ${title} |`);
    }
  }
  return rows.join('\n');
}

/** Step 3: test-results/start/summary.md (test-results/ is gitignored). */
export function summaryStep(ctx) {
  const out = join(ctx.root, 'test-results', 'start', 'summary.md');
  mkdirSync(dirname(out), { recursive: true });
  const body = [
    '# npm start — sample pages',
    '',
    `Generated ${new Date().toISOString()} by scripts/start.mjs with the built CLI (\`winnow analyze --json\`).`,
    '',
    summaryTable(ctx.results),
    '',
  ].join('\n');
  writeFileSync(out, body);
  console.log(`\nWrote ${relative(ctx.root, out)}`);
}

// Step 4: Chromium with dist/ loaded on the samples (scripts/start-browser.mjs;
// skipped with --no-browser or when no Chromium is available).

export const STEPS = [buildStep, samplesStep, summaryStep, browserStep];

export async function start(args = process.argv.slice(2)) {
  const ctx = { root, args, pages: [], results: [], failures: [] };
  for (const step of STEPS) await step(ctx);
  for (const r of ctx.results) if (r.error) ctx.failures.push(`${r.file}: ${r.error}`);
  if (ctx.failures.length) console.error(`\nnpm start: ${ctx.failures.length} problem(s): ${ctx.failures.join('; ')}`);
  return ctx.failures.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  start().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`npm start: ${err.message}`);
      process.exitCode = 1;
    },
  );
}
