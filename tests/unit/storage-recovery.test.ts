/**
 * Settings and memory survive a browser restart, an extension update and
 * corrupted stored values: the broken part falls back to its default, the
 * rest is kept, nothing throws, and what comes back is sound (saving it and
 * loading it again changes nothing).
 *
 * Property-based (fast-check): any value in any stored key, any subset of
 * fields broken at once; for the memory, any value in its index, site records
 * and problems list. Fixed seed; FUZZ_SEED=random|<n> and FUZZ_RUNS as in
 * tests/unit/fuzz-engine.test.ts.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from './settings-fake-browser';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof makeFakeBrowser> | null }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, p) => (fake.current!.browser as Record<string | symbol, unknown>)[p] }),
}));

import { MapKV } from '../../src/memory/kv';
import { PersistedMemory } from '../../src/memory/persisted';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  loadSettingsWithProblems,
  parseSettings,
  saveSettings,
  type Settings,
} from '../../src/shared/settings';
import { articleParagraphs, PROMO, recordOf } from './memory-fixtures';

const seedEnv = process.env.FUZZ_SEED;
const SEED = seedEnv === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : seedEnv ? Number(seedEnv) : 0x5eed_0017;
const runs = (n: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(n * Number(process.env.FUZZ_RUNS ?? 1))) });

beforeEach(() => {
  fake.current = makeFakeBrowser();
});

/** A valid value for each field, different from the default where possible. */
const VALID: Settings = {
  enabledSites: ['example.com', 'example.co.uk'],
  pausedSites: ['kenyastar.com'],
  allArticlePages: true,
  sensitivity: 'thorough',
  highlightMode: 'collapse',
  highlightOn: false,
  siteOff: ['menafn.com'],
  corrections: { 'kenyastar.com': [{ fingerprint: '0123456789abcdef', action: 'keep' }] },
  theme: 'sepia',
  fontSize: 22,
  lineWidth: 80,
  memoryEnabled: false,
  memoryCapMB: 50,
  templateThreshold: 5,
  storeText: true,
};
const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Values that are wrong for every field (the fields' own types or shapes, broken). */
const junk = fc.oneof(
  fc.constantFrom(null, 'nonsense', -1, 1e309, Number.NaN, {}, [], [null], { a: 1 }, true, '', '  ', '__proto__', [['x']], [{ fingerprint: 1 }]),
  fc.anything({ maxDepth: 2 }),
);

/** Does `value` happen to be a valid value for `field` (fc.anything can produce one)? Then it is not junk. */
function validFor(field: keyof Settings, value: unknown): boolean {
  return parseSettings({ [field]: value }).problems.length === 0 && value !== undefined;
}

describe('settings: corrupted values', () => {
  it('each broken field falls back to its default; every other field is kept', () => {
    fc.assert(
      fc.property(fc.subarray(FIELDS, { minLength: 1 }), fc.array(junk, { minLength: FIELDS.length, maxLength: FIELDS.length }), (broken, values) => {
        const raw: Record<string, unknown> = structuredClone(VALID) as unknown as Record<string, unknown>;
        broken.forEach((f, i) => (raw[f] = values[i]));
        const { settings, problems } = parseSettings(raw);
        for (const f of FIELDS) {
          if (!broken.includes(f)) expect(settings[f], f).toEqual(VALID[f]);
          else if (!validFor(f, raw[f]) && !['enabledSites', 'pausedSites', 'siteOff', 'corrections'].includes(f)) {
            expect(settings[f], f).toEqual(DEFAULT_SETTINGS[f]);
          }
        }
        // Whatever came back is sound, and stable.
        expect(parseSettings(settings).problems).toEqual([]);
        expect(parseSettings(settings).settings).toEqual(settings);
        if (broken.some((f, i) => !validFor(f, values[i]) && values[i] !== undefined)) expect(problems.length).toBeGreaterThan(0);
      }),
      runs(300),
    );
  });

  it('not an object at all: defaults, one problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.anything())), (raw) => {
        const { settings, problems } = parseSettings(raw);
        expect(settings).toEqual(DEFAULT_SETTINGS);
        expect(problems).toHaveLength(1);
      }),
      runs(100),
    );
  });

  it('lists keep their good entries and drop the bad ones', () => {
    const { settings, problems } = parseSettings({
      enabledSites: ['https://www.Example.com/path', 42, null, 'not a site', 'example.com', { x: 1 }],
      corrections: { 'kenyastar.com': [{ fingerprint: 'abc', action: 'keep' }, { fingerprint: 7 }, 'x'], '%%%': [], 'menafn.com': 'not a list' },
    });
    expect(settings.enabledSites).toEqual(['example.com']);
    expect(settings.corrections).toEqual({ 'kenyastar.com': [{ fingerprint: 'abc', action: 'keep' }] });
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });
});

describe('settings: restart, update, broken storage', () => {
  it('survive a restart: saved, then read by a fresh load (a new worker) as they were', async () => {
    await saveSettings(VALID);
    vi.resetModules();
    const fresh = await import('../../src/shared/settings');
    expect(await fresh.loadSettings()).toEqual(VALID);
  });

  it('survive an update: keys a newer or older version wrote are ignored, missing ones take defaults', async () => {
    fake.current!.data.set('fontSize', '20'); // a number stored as text by an older options page
    fake.current!.data.set('theme', 'solarized'); // a theme this version does not know
    fake.current!.data.set('futureSetting', { v: 2 });
    fake.current!.data.set('corrections:kenyastar.com', [{ fingerprint: 'abc', action: 'flag', addedIn: '0.2.0' }]);
    fake.current!.data.set('corrections:', [{ fingerprint: 'x', action: 'keep' }]);
    const { settings, problems } = await loadSettingsWithProblems();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, fontSize: 20, corrections: { 'kenyastar.com': [{ fingerprint: 'abc', action: 'flag' }] } });
    expect(problems.some((p) => p.startsWith('theme'))).toBe(true);
  });

  it('any junk in any stored key: loading never throws and gives sound settings; saving them back is stable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.constantFrom('corrections:kenyastar.com', 'corrections:', 'corrections:%%', 'x')), junk), async (items) => {
        fake.current = makeFakeBrowser();
        for (const [k, v] of Object.entries(items)) if (v !== undefined) fake.current.data.set(k, v);
        const loaded = await loadSettings();
        expect(parseSettings(loaded).problems).toEqual([]);
        await saveSettings(loaded);
        expect(await loadSettings()).toEqual(loaded);
      }),
      runs(150),
    );
  });

  it('storage that refuses to answer: defaults, no throw', async () => {
    fake.current!.browser.storage.sync.get = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('memory: restart and damage', () => {
  async function learned(kv: MapKV): Promise<void> {
    const m = new PersistedMemory(kv, {}, 5);
    for (let i = 0; i < 4; i++) await m.recordPage(`https://www.kenyastar.com/news/${i}`, recordOf(articleParagraphs(i), [PROMO]), true);
    await m.recordPage('https://www.menafn.com/1/story', recordOf(articleParagraphs(50), [PROMO]), true);
    await m.flush();
  }

  it('survives a restart: a new worker over the same storage knows the template', async () => {
    const kv = new MapKV();
    await learned(kv);
    const restarted = new PersistedMemory(kv, {}, 5);
    expect((await restarted.snapshot('https://www.kenyastar.com/news/9'))?.blocks.length).toBeGreaterThan(0);
  });

  it('any value in any of its records: loading never throws, the rest is kept, and it learns again', async () => {
    const base = new MapKV();
    await learned(base);
    const keys = [...base.data.keys()];
    await fc.assert(
      fc.asyncProperty(fc.subarray([...keys, 'problems'], { minLength: 1 }), fc.array(fc.oneof(junk, fc.string(), fc.uint8Array().map((a) => Buffer.from(a).toString('base64'))), { minLength: keys.length + 1, maxLength: keys.length + 1 }), async (broken, values) => {
        const kv = new MapKV();
        for (const [k, v] of base.data) kv.data.set(k, structuredClone(v));
        broken.forEach((k, i) => kv.data.set(k, values[i]));
        const m = new PersistedMemory(kv, {}, 5);
        const site = await m.snapshot('https://www.menafn.com/2/other');
        const kenya = await m.snapshot('https://www.kenyastar.com/news/9');
        expect(site === null || Array.isArray(site.blocks)).toBe(true);
        // A site whose record and the index are untouched keeps what it learned.
        if (!broken.includes('index') && !broken.includes('site:kenyastar.com')) expect(kenya?.blocks.length).toBeGreaterThan(0);
        await m.problems();
        // Learning goes on after the damage, and is written back.
        for (let i = 10; i < 14; i++) await m.recordPage(`https://www.kenyastar.com/news/${i}`, recordOf(articleParagraphs(i), [PROMO]), true);
        await m.flush();
        const again = new PersistedMemory(kv, {}, 5);
        expect((await again.snapshot('https://www.kenyastar.com/news/99'))?.blocks.length).toBeGreaterThan(0);
      }),
      runs(60),
    );
  });
});
