/** `winnow analyze --memory FILE` and `winnow memory stats|clear FILE`, in-process, on generated pages. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIO } from '../../src/cli/io';
import { articleParagraphs, newsPage, PROMO } from './memory-fixtures';

const schema = JSON.parse(readFileSync('docs/analysis.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true }).compile(schema);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => new Uint8Array() };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

interface Json {
  file: string;
  blocks: { text: string; verdict: string; reasons: { code: string; params: Record<string, unknown>; message: string }[] }[];
  memory?: { seenElsewhere: { site: string; url: string | null; firstSeen: string }[] };
}

const lines = (stdout: string): Json[] => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
const promoOf = (j: Json) => j.blocks.find((b) => b.text === PROMO)!;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'winnow-memory-cli-'));
  mkdirSync(join(tmp, 'site'));
  for (let i = 1; i <= 5; i++) {
    writeFileSync(join(tmp, 'site', `story-${i}.html`), newsPage({ host: 'www.daily-example.com', path: `/news/story-${i}`, seed: i }).html);
  }
  const wire = articleParagraphs(42, 8);
  writeFileSync(join(tmp, 'menafn.html'), newsPage({ host: 'www.menafn.com', path: '/1109876/wire-story', seed: 42, paragraphs: wire, promo: null }).html);
  writeFileSync(join(tmp, 'kenyastar.html'), newsPage({ host: 'www.kenyastar.com', path: '/news/wire-story', seed: 42, paragraphs: wire, promo: null }).html);
  writeFileSync(join(tmp, 'no-address.html'), newsPage({ host: 'x.test', path: '/', seed: 77 }).html.replace(/<link rel="canonical"[^>]*>/, ''));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('winnow analyze --memory', () => {
  it('flags the promo as site-template on the fourth page of a site and not before (one batch)', async () => {
    const mem = join(tmp, 'batch.json');
    const r = await run(['analyze', '--json', '--memory', mem, join(tmp, 'site')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((j) => j.file.split('/').pop())).toEqual(['story-1.html', 'story-2.html', 'story-3.html', 'story-4.html', 'story-5.html']);
    for (const j of out) expect(validate(j), JSON.stringify(validate.errors)).toBe(true);
    for (const j of out.slice(0, 3)) {
      expect(promoOf(j).verdict).toBe('content');
      expect(promoOf(j).reasons.map((x) => x.code)).not.toContain('site-template');
    }
    expect(promoOf(out[3]!)).toMatchObject({
      verdict: 'boilerplate',
      reasons: [{ code: 'site-template', params: { pages: 3, site: 'daily-example.com' }, message: 'Appears on 3 pages of daily-example.com' }],
    });
    expect(promoOf(out[4]!).reasons[0]).toMatchObject({ code: 'site-template', params: { pages: 4 } });
    // The article is never learned.
    for (const j of out) expect(j.blocks.filter((b) => b.verdict === 'content').length).toBeGreaterThanOrEqual(6);
    for (const j of out) expect(j.memory).toEqual({ seenElsewhere: [] });
    expect(existsSync(mem)).toBe(true);
  });

  it('carries the memory from one run to the next (and the same page twice counts once)', async () => {
    const mem = join(tmp, 'runs.json');
    for (const i of [1, 2, 2, 3]) {
      const r = await run(['analyze', '--json', '--memory', mem, join(tmp, 'site', `story-${i}.html`)]);
      expect(r.code).toBe(0);
      expect(promoOf(JSON.parse(r.stdout) as Json).verdict).toBe('content');
    }
    const fourth = JSON.parse((await run(['analyze', '--json', '--memory', mem, join(tmp, 'site', 'story-4.html')])).stdout) as Json;
    expect(promoOf(fourth).reasons[0]).toMatchObject({ code: 'site-template', params: { pages: 3 } });
    // No temporary files left beside it.
    expect(readdirSync(tmp).filter((f) => f.startsWith('runs.json'))).toEqual(['runs.json']);
  });

  it('recognises a story seen on one site when it appears on another', async () => {
    const mem = join(tmp, 'wire.json');
    const first = JSON.parse((await run(['analyze', '--json', '--memory', mem, join(tmp, 'menafn.html')])).stdout) as Json;
    expect(first.memory).toEqual({ seenElsewhere: [] });
    const r = await run(['analyze', '--json', '--memory', mem, join(tmp, 'kenyastar.html')]);
    const second = JSON.parse(r.stdout) as Json;
    expect(validate(second), JSON.stringify(validate.errors)).toBe(true);
    expect(second.memory!.seenElsewhere).toEqual([
      { site: 'menafn.com', url: 'https://www.menafn.com/1109876/wire-story', firstSeen: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    ]);
    // The text view says so too.
    const text = await run(['analyze', '--memory', mem, join(tmp, 'kenyastar.html')]);
    expect(text.stdout).toMatch(/^This story also appeared on menafn\.com \(just now\)\.\n/);
  });

  it('uses --url before the canonical link; a page with neither is compared but not remembered', async () => {
    const mem = join(tmp, 'addresses.json');
    await run(['analyze', '--json', '--memory', mem, '--url', 'https://www.other-example.org/a', join(tmp, 'site', 'story-1.html')]);
    await run(['analyze', '--json', '--memory', mem, join(tmp, 'no-address.html')]);
    const stats = await run(['memory', 'stats', '--json', mem]);
    const s = JSON.parse(stats.stdout);
    expect(s.perSite.map((x: { site: string }) => x.site)).toEqual(['other-example.org']);
    expect(s.pages).toBe(1);
  });

  it('recovers from a damaged memory file: keeps it aside, says so, starts afresh', async () => {
    const mem = join(tmp, 'damaged.json');
    writeFileSync(mem, '{"format":"winnow-memory","version":2,"seq":4,"sites":{"daily-exa');
    const r = await run(['analyze', '--json', '--memory', mem, join(tmp, 'site', 'story-1.html')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/damaged\.json: the memory is not valid JSON.*started afresh/);
    expect(r.stderr).toMatch(/kept as .*damaged\.json\.damaged-/);
    expect(readdirSync(tmp).some((f) => f.startsWith('damaged.json.damaged-'))).toBe(true);
    expect(JSON.parse(readFileSync(mem, 'utf8')).version).toBe(2);
    // A damaged site inside a good file: that site is forgotten, reported.
    const doc = JSON.parse(readFileSync(mem, 'utf8'));
    doc.sites['daily-example.com'].data = doc.sites['daily-example.com'].data.slice(0, -8) + 'AAAAAAAA';
    writeFileSync(mem, JSON.stringify(doc));
    const again = await run(['analyze', '--json', '--memory', mem, join(tmp, 'site', 'story-2.html')]);
    expect(again.stderr).toMatch(/daily-example\.com: its memory was damaged/);
    expect(again.code).toBe(0);
  });
});

describe('winnow memory stats|clear', () => {
  it('shows what is remembered and forgets one site or everything', async () => {
    const mem = join(tmp, 'stats.json');
    await run(['analyze', '--json', '--memory', mem, join(tmp, 'site'), join(tmp, 'menafn.html')]);
    const stats = await run(['memory', 'stats', mem]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toMatch(/: 6 pages on 2 sites, [\d,]+ blocks \(2 template blocks\), [\d.]+ KB of 25\.0 MB/);
    expect(stats.stdout).toMatch(/daily-example\.com\s+5 pages/);
    const one = await run(['memory', 'clear', '--site', 'www.menafn.com', mem]);
    expect(one.stdout).toContain('forgot menafn.com');
    expect(JSON.parse((await run(['memory', 'stats', '--json', mem])).stdout).sites).toBe(1);
    const all = await run(['memory', 'clear', mem]);
    expect(all.code).toBe(0);
    expect(JSON.parse((await run(['memory', 'stats', '--json', mem])).stdout)).toMatchObject({ sites: 0, pages: 0 });
  });

  it('reports usage problems', async () => {
    expect((await run(['memory', 'list', join(tmp, 'x.json')])).code).toBe(2);
    expect((await run(['memory', 'stats'])).code).toBe(2);
    expect((await run(['memory', 'stats', join(tmp, 'missing.json')])).code).toBe(1);
    expect((await run(['memory', 'stats', '--site', 'a.com', join(tmp, 'x.json')])).code).toBe(2);
    expect((await run(['--help'])).stdout).toContain('winnow memory stats|clear FILE');
  });
});
