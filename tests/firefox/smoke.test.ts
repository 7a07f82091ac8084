/**
 * Firefox smoke test: the Firefox build in Debian's firefox-esr (headless,
 * installed by `web-ext run`) highlights the seed pages on their listed
 * hosts — data-winnow marks, one host element, nothing else about the page
 * changed, no page errors — and leaves an unlisted site alone.
 *
 * Skipped, with the reason, only when no Firefox can be found (.ci/run
 * installs firefox-esr).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHostilePages, FRAME_CHILD } from '../hostile/browser-pages';
import { ensureFirefoxBuild, findFirefox, ReportServer, ROOT, runFirefox, SKIP_REASON, type RunningFirefox } from './harness';

const firefox = findFirefox();
if (!firefox) console.warn(`[firefox smoke] skipped: ${SKIP_REASON}`);

const MENAFN = { host: 'www.menafn.com', path: '/1110271843/Russia-Rejects-Anti-China-Alliances', file: 'samples/menafn-lavrov.html' };
const KENYASTAR = { host: 'www.kenyastar.com', path: '/news/278013486/lavrov-russia-will-honor-all-its-commitments-to-china', file: 'samples/kenyastar-lavrov.html' };
const UNLISTED = { host: 'www.example-unlisted.test', path: '/news/unlisted-copy' };
/** A few hostile pages (tests/hostile/browser-pages.ts) where Firefox differs most: custom elements, frames, depth. */
const HOSTILE = browserHostilePages().filter((p) => ['/hostile/host-tag', '/hostile/frames', '/hostile/deep'].includes(p.path));

describe.skipIf(!firefox)('Firefox (firefox-esr, headless)', () => {
  const server = new ReportServer();
  let ff: RunningFirefox | null = null;

  beforeAll(async () => {
    ensureFirefoxBuild();
    for (const seed of [MENAFN, KENYASTAR]) server.page(seed.path, readFileSync(join(ROOT, seed.file), 'utf8'));
    server.page(UNLISTED.path, readFileSync(join(ROOT, MENAFN.file), 'utf8'));
    for (const p of HOSTILE) server.page(p.path, p.html);
    server.page('/hostile/frame-child', FRAME_CHILD);
    await server.start();
    ff = runFirefox(firefox!, [
      server.url(MENAFN.host, MENAFN.path),
      server.url(KENYASTAR.host, KENYASTAR.path),
      server.url(UNLISTED.host, `${UNLISTED.path}?wait=6000`),
      ...HOSTILE.map((p) => server.url(KENYASTAR.host, `${p.path}?wait=20000`)),
    ]);
  }, 120_000);

  afterAll(async () => {
    await ff?.stop();
    await server.stop();
  });

  const why = () => `web-ext said:\n${ff?.output.join('').slice(-3000)}`;

  it.each([
    ['menafn', MENAFN],
    ['kenyastar', KENYASTAR],
  ])('highlights the %s seed on its listed host', { timeout: 120_000 }, async (_name, seed) => {
    const r = await server.report(seed.path, 100_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
    expect(r.marks, why()).toBeGreaterThan(0);
    expect(new Set(r.verdicts)).toEqual(new Set(r.verdicts.filter((v) => v === 'duplicate' || v === 'boilerplate')));
    expect(r.hosts).toBe(1);
    expect(r.unchanged, r.changed ?? '').toBe(true);
    expect(r.errors).toEqual([]);
  });

  it.each(HOSTILE.map((p) => [p.name, p] as const))('survives a hostile page: %s', { timeout: 120_000 }, async (_name, p) => {
    const r = await server.report(p.path, 100_000);
    if (p.flags) expect(r.marks, why()).toBeGreaterThan(0);
    expect(r.hosts).toBeLessThanOrEqual(1);
    expect(r.unchanged, r.changed ?? '').toBe(true);
    expect(r.errors).toEqual([]);
  });

  it('leaves an unlisted site alone', { timeout: 120_000 }, async () => {
    const r = await server.report(UNLISTED.path, 100_000);
    expect(r).toMatchObject({ marks: 0, hosts: 0, unchanged: true, errors: [] });
  });
});
