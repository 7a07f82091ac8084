import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from './settings-fake-browser';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof makeFakeBrowser> | null }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, p) => (fake.current!.browser as Record<string | symbol, unknown>)[p] }),
}));

import {
  DEFAULT_SETTINGS,
  addCorrection,
  exportSettings,
  highlightOnFor,
  importSettings,
  loadSettings,
  loadSettingsWithProblems,
  normalizeSite,
  onSettingsChanged,
  parseSettings,
  removeCorrection,
  saveSettings,
} from '../../src/shared/settings';

beforeEach(() => {
  fake.current = makeFakeBrowser();
});

describe('normalizeSite', () => {
  it('reduces what a reader types to a host without www, port or path', () => {
    expect(normalizeSite('https://www.KenyaStar.com/news/123?x#y')).toBe('kenyastar.com');
    expect(normalizeSite('menafn.com')).toBe('menafn.com');
    expect(normalizeSite('http://user:pw@news.example.co.uk:8080/')).toBe('example.co.uk');
    expect(normalizeSite('a.b.menafn.com')).toBe('menafn.com');
  });
  it('rejects things that are not host names', () => {
    for (const bad of ['', 'localhost', '127.0.0.1', 'co.uk', 'not a site', 'javascript:alert(1)', '..', '-a.com', 'a..b']) {
      expect(normalizeSite(bad)).toBeNull();
    }
  });
});

describe('parseSettings', () => {
  it('gives the defaults for nothing at all', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps the good fields when others are bad, and reports the bad ones', () => {
    const { settings, problems } = parseSettings({
      theme: 'dark',
      sensitivity: 'aggressive', // an old or foreign value
      fontSize: 9999,
      lineWidth: '72',
      highlightMode: 'collapse',
      highlightOn: 'yes',
      memoryCapMB: 40,
      enabledSites: ['https://www.example.com/a', 42, 'example.com'],
      corrections: {
        'www.kenyastar.com': [
          { fingerprint: 'abc', action: 'keep' },
          { fingerprint: 'abc', action: 'flag' },
          { fingerprint: '', action: 'keep' },
          { fingerprint: 'def', action: 'maybe' },
        ],
        'bad site': [{ fingerprint: 'x', action: 'keep' }],
      },
      somethingFromTheFuture: true,
    });
    expect(settings.theme).toBe('dark');
    expect(settings.highlightMode).toBe('collapse');
    expect(settings.memoryCapMB).toBe(40);
    expect(settings.lineWidth).toBe(72);
    expect(settings.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(settings.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(settings.highlightOn).toBe(true);
    expect(settings.enabledSites).toEqual(['example.com']);
    expect(settings.corrections).toEqual({ 'kenyastar.com': [{ fingerprint: 'abc', action: 'flag' }] });
    expect(problems.some((p) => p.startsWith('sensitivity'))).toBe(true);
    expect(problems.some((p) => p.startsWith('fontSize'))).toBe(true);
    expect(problems.some((p) => p.startsWith('highlightOn'))).toBe(true);
    expect(problems.some((p) => p.includes('bad site'))).toBe(true);
    expect(problems.some((p) => p.includes('somethingFromTheFuture'))).toBe(false);
  });

  it('never shares arrays with the frozen defaults', () => {
    const a = parseSettings({}).settings;
    a.enabledSites.push('x.com');
    expect(DEFAULT_SETTINGS.enabledSites).toEqual([]);
  });

  it('treats a non-object as defaults with one problem', () => {
    expect(parseSettings('oops').problems).toHaveLength(1);
    expect(parseSettings([1, 2]).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('storage', () => {
  it('saves fields under their own keys and loads them back', async () => {
    await saveSettings({ theme: 'sepia', fontSize: 20, enabledSites: ['www.foo.org'] });
    expect(fake.current!.data.get('theme')).toBe('sepia');
    const s = await loadSettings();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 20, enabledSites: ['foo.org'] });
  });

  it('loads despite a corrupt stored value, falling back for that field only', async () => {
    fake.current!.data.set('theme', 'neon');
    fake.current!.data.set('highlightMode', 'collapse');
    const { settings, problems } = await loadSettingsWithProblems();
    expect(settings.theme).toBe('system');
    expect(settings.highlightMode).toBe('collapse');
    expect(problems).toHaveLength(1);
  });

  it('refuses to save an invalid value (a caller bug)', async () => {
    await expect(saveSettings({ theme: 'neon' as never })).rejects.toThrow(/theme/);
  });

  it('stores corrections one key per site and replaces the map on save', async () => {
    await saveSettings({ corrections: { 'a.com': [{ fingerprint: 'f1', action: 'keep' }], 'b.com': [] } });
    expect(fake.current!.data.get('corrections:a.com')).toEqual([{ fingerprint: 'f1', action: 'keep' }]);
    await saveSettings({ corrections: { 'b.com': [{ fingerprint: 'f2', action: 'flag' }] } });
    expect(fake.current!.data.has('corrections:a.com')).toBe(false);
    expect((await loadSettings()).corrections).toEqual({ 'b.com': [{ fingerprint: 'f2', action: 'flag' }] });
  });

  it('adds and removes single corrections', async () => {
    await addCorrection('www.kenyastar.com', { fingerprint: 'f1', action: 'keep' });
    await addCorrection('kenyastar.com', { fingerprint: 'f2', action: 'flag' });
    await addCorrection('kenyastar.com', { fingerprint: 'f1', action: 'flag' });
    expect((await loadSettings()).corrections['kenyastar.com']).toEqual([
      { fingerprint: 'f2', action: 'flag' },
      { fingerprint: 'f1', action: 'flag' },
    ]);
    await removeCorrection('kenyastar.com', 'f2');
    expect((await loadSettings()).corrections['kenyastar.com']).toEqual([{ fingerprint: 'f1', action: 'flag' }]);
    await removeCorrection('kenyastar.com', 'f1');
    expect((await loadSettings()).corrections).toEqual({});
  });

  it('tells listeners about changes from any surface', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.theme));
    await saveSettings({ theme: 'dark' });
    await new Promise((r) => setTimeout(r, 0));
    stop();
    await saveSettings({ theme: 'light' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['dark']);
  });

  it('answers per-site highlight questions', () => {
    const s = { ...DEFAULT_SETTINGS, siteOff: ['a.com'] };
    expect(highlightOnFor(s, 'a.com')).toBe(false);
    expect(highlightOnFor(s, 'b.com')).toBe(true);
    expect(highlightOnFor({ ...s, highlightOn: false }, 'b.com')).toBe(false);
  });
});

describe('export / import', () => {
  it('round-trips', async () => {
    await saveSettings({ theme: 'dark', corrections: { 'x.com': [{ fingerprint: 'f', action: 'keep' }] } });
    const json = await exportSettings();
    fake.current = makeFakeBrowser();
    const { problems } = await importSettings(json);
    expect(problems).toEqual([]);
    const s = await loadSettings();
    expect(s.theme).toBe('dark');
    expect(s.corrections).toEqual({ 'x.com': [{ fingerprint: 'f', action: 'keep' }] });
  });

  it('imports what it can from a partly bad file and says what it dropped', async () => {
    const { problems } = await importSettings(JSON.stringify({ theme: 'sepia', fontSize: -1 }));
    expect(problems).toHaveLength(1);
    expect((await loadSettings()).theme).toBe('sepia');
  });

  it('rejects files that are not settings', async () => {
    await expect(importSettings('not json')).rejects.toThrow(/not JSON/);
    await expect(importSettings('{"hello":1}')).rejects.toThrow(/no Winnow settings/);
    await expect(importSettings('[]')).rejects.toThrow(/no Winnow settings/);
  });
});
