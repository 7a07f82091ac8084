/**
 * The memory in the extension, without a browser: the service worker's store
 * over a key-value backend (restarts, lazy loading, damage), its message
 * handling (private tabs never write; only extension pages administer), the
 * messages' validation, and the content script's client.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (p: string) => `chrome-extension://abc/${p}` } } }));

import type { Runtime } from 'webextension-polyfill';
import { fingerprint } from '../../src/engine/normalize';
import type { Analysis, BlockResult } from '../../src/engine/types';
import { handleMemoryMessage, pageUrlOf, useMemoryBackend } from '../../src/memory/background';
import { MemoryClient } from '../../src/memory/client';
import { MapKV } from '../../src/memory/kv';
import { PersistedMemory } from '../../src/memory/persisted';
import { recordableBlocks } from '../../src/memory/select';
import type { MemoryRecordReply, MemoryViewReply } from '../../src/memory/types';
import { isMessage, type Message } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { articleParagraphs, PROMO, recordOf } from './memory-fixtures';

const promoFp = fingerprint(PROMO);
const settings: Settings = { ...structuredClone(DEFAULT_SETTINGS) } as Settings;
const tab = (incognito = false) => ({ id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito }) as Runtime.MessageSender['tab'];
const from = (url: string, incognito = false): Runtime.MessageSender => ({ id: 'abc', url, tab: tab(incognito) });

async function visit(m: PersistedMemory, site: string, i: number, extra: string[] = [PROMO]) {
  return m.recordPage(`https://www.${site}/news/${i}`, recordOf(articleParagraphs(i), extra), true);
}

describe('the memory in the service worker', () => {
  it('survives a restart: records written once, then loaded lazily (index and the one site asked for)', async () => {
    const kv = new MapKV();
    const m = new PersistedMemory(kv, {}, 5);
    for (let i = 0; i < 3; i++) await visit(m, 'kenyastar.com', i);
    await visit(m, 'menafn.com', 50);
    await m.flush();
    expect([...kv.data.keys()].sort()).toEqual(['index', 'site:kenyastar.com', 'site:menafn.com']);

    const asked: string[][] = [];
    const spy = { ...kv, get: (keys: readonly string[]) => (asked.push([...keys]), kv.get(keys)), keys: kv.keys.bind(kv), write: kv.write.bind(kv), clear: kv.clear.bind(kv) };
    const restarted = new PersistedMemory(spy, {}, 5);
    const snap = await restarted.snapshot('https://kenyastar.com/news/99');
    expect(snap).toEqual({ site: 'kenyastar.com', templateThreshold: 3, blocks: [[promoFp, 3]] });
    expect(asked).toEqual([['index', 'problems'], ['site:kenyastar.com']]);
    expect(await restarted.snapshot('https://www.kenyastar.com/news/1')).toMatchObject({ blocks: [] });
    expect(await restarted.snapshot('file:///x.html')).toBeNull();
  });

  it('finds the story on another site, and never writes for a private tab', async () => {
    const kv = new MapKV();
    const m = useMemoryBackend(kv, {}, 5);
    const story = articleParagraphs(42, 8);
    const record = (url: string, incognito: boolean) =>
      handleMemoryMessage({ type: 'winnow/memory-record', url, blocks: recordOf(story) }, from(url, incognito), settings) as Promise<MemoryRecordReply>;
    expect(await record('https://www.menafn.com/1/story', true)).toEqual({ seenElsewhere: [], recorded: false });
    await m.flush();
    expect(kv.writes).toBe(0);
    expect(await m.size()).toBeLessThan(200);
    expect(await record('https://www.menafn.com/1/story', false)).toEqual({ seenElsewhere: [], recorded: true });
    const there = await record('https://www.kenyastar.com/news/story', true);
    expect(there.recorded).toBe(false);
    expect(there.seenElsewhere).toEqual([{ site: 'menafn.com', url: 'https://www.menafn.com/1/story', firstSeen: expect.any(String) }]);
    await m.flush();
    expect(kv.data.has('site:kenyastar.com')).toBe(false);
    // The view for a private tab is a lookup (read only).
    const view = (await handleMemoryMessage({ type: 'winnow/memory-view', url: 'https://www.menafn.com/2' }, from('https://www.menafn.com/2', true), settings)) as MemoryViewReply;
    expect(view).toMatchObject({ readOnly: true, storeText: false, snapshot: { site: 'menafn.com' } });
    // Memory off: nothing asked, nothing written.
    const off = { ...settings, memoryEnabled: false };
    expect(await handleMemoryMessage({ type: 'winnow/memory-view', url: 'https://www.menafn.com/2' }, from('https://www.menafn.com/2'), off)).toBeNull();
  });

  it('speaks for the sender\'s own site only, and lets only extension pages administer', async () => {
    expect(pageUrlOf('https://www.menafn.com/a#x', from('https://menafn.com/a'))).toBe('https://www.menafn.com/a#x');
    expect(pageUrlOf('https://www.kenyastar.com/a', from('https://menafn.com/a'))).toBe('https://menafn.com/a');
    useMemoryBackend(new MapKV());
    expect(await handleMemoryMessage({ type: 'winnow/memory-admin', op: 'size' }, from('https://menafn.com/a'), settings)).toBeNull();
    expect(await handleMemoryMessage({ type: 'winnow/memory-admin', op: 'size' }, from('chrome-extension://abc/src/options/index.html'), settings)).toEqual(expect.any(Number));
  });

  it('damage: a bad site record drops that site (reported), a bad index starts afresh', async () => {
    const kv = new MapKV();
    const m = new PersistedMemory(kv, {}, 5);
    for (let i = 0; i < 3; i++) await visit(m, 'kenyastar.com', i);
    await visit(m, 'menafn.com', 9);
    await m.flush();
    const rec = kv.data.get('site:kenyastar.com') as { last: number; data: Uint8Array };
    rec.data = rec.data.slice(0, rec.data.length - 3);
    const after = new PersistedMemory(kv, {}, 5);
    expect(await after.snapshot('https://kenyastar.com/x')).toEqual({ site: 'kenyastar.com', templateThreshold: 3, blocks: [] });
    expect((await after.problems()).map((p) => p.text)).toEqual([expect.stringMatching(/^kenyastar\.com: its memory was damaged/)]);
    expect((await after.sites()).map((s) => s.site)).toEqual(['menafn.com']);
    await after.flush();
    expect(kv.data.has('site:kenyastar.com')).toBe(false);
    // Learning starts again on the damaged site.
    for (let i = 10; i < 13; i++) await visit(after, 'kenyastar.com', i);
    expect((await after.snapshot('https://kenyastar.com/y'))!.blocks).toEqual([[promoFp, 3]]);

    kv.data.set('index', { format: 'winnow-memory', version: 2, seq: 'many', sites: 'oops' });
    const fresh = new PersistedMemory(kv, {}, 5);
    expect(await fresh.size()).toBeLessThan(100);
    expect([...kv.data.keys()].filter((k) => k.startsWith('site:'))).toEqual([]);
    expect((await fresh.problems()).at(-1)!.text).toMatch(/index was damaged/);
  });

  it('exports, imports (refusing what is not a memory), forgets one site or everything, applies a lowered cap', async () => {
    const kv = new MapKV();
    const m = new PersistedMemory(kv, {}, 5);
    for (let i = 0; i < 3; i++) await visit(m, 'kenyastar.com', i);
    await visit(m, 'menafn.com', 9);
    const json = await m.exportJson();
    expect(await m.importJson('{"not":"memory"}')).toMatchObject({ ok: false });
    expect((await m.sites()).length).toBe(2);
    expect(await m.forgetSite('menafn.com')).toBe(true);
    expect((await m.sites()).map((s) => s.site)).toEqual(['kenyastar.com']);
    await m.clear();
    expect(await m.sites()).toEqual([]);
    expect(kv.data.size).toBe(0);
    expect(await m.importJson(json)).toEqual({ ok: true, problems: [], sites: 2 });
    const restarted = new PersistedMemory(kv, {}, 5);
    expect((await restarted.snapshot('https://kenyastar.com/z'))!.blocks).toEqual([[promoFp, 3]]);
    await restarted.configure({ capBytes: 400 });
    expect(await restarted.size()).toBeLessThanOrEqual(400);
  });
});

describe('memory messages', () => {
  it('are checked on receipt', () => {
    const ok: Message[] = [
      { type: 'winnow/memory-view', url: 'https://a.com/x' },
      { type: 'winnow/memory-record', url: 'https://a.com/x', blocks: [{ fp: promoFp, article: false }, { fp: promoFp, article: true, text: 'x' }] },
      { type: 'winnow/memory-admin', op: 'forget-site', site: 'a.com' },
    ];
    for (const m of ok) expect(isMessage(m)).toBe(true);
    expect(isMessage({ type: 'winnow/memory-view' })).toBe(false);
    expect(isMessage({ type: 'winnow/memory-record', url: 'https://a.com', blocks: [{ fp: 'XYZ', article: true }] })).toBe(false);
    expect(isMessage({ type: 'winnow/memory-record', url: 'https://a.com', blocks: new Array(2001).fill({ fp: promoFp, article: true }) })).toBe(false);
    expect(isMessage({ type: 'winnow/memory-admin', op: 'drop-tables' })).toBe(false);
  });
});

describe('the content script\'s client', () => {
  const blockResult = (id: number, text: string, verdict: BlockResult['verdict'] = 'content'): BlockResult => ({
    id,
    kind: 'paragraph',
    text,
    verdict,
    score: 1,
    reasons: [],
    duplicateOf: null,
  });
  const analysisOf = (texts: string[]): Analysis => ({
    title: null,
    byline: null,
    publishedTime: null,
    siteName: null,
    source: null,
    lang: 'en',
    dir: 'ltr',
    blocks: texts.map((t, i) => blockResult(i, t)),
    cleanText: '',
    stats: { blocks: texts.length, content: texts.length, duplicate: 0, boilerplate: 0, meta: 0, ms: 0 },
  });

  it('asks for the template once per address, reports once, and keeps the note', async () => {
    const sent: Message[] = [];
    const seen = [{ site: 'menafn.com', url: 'https://www.menafn.com/1', firstSeen: '2025-03-07T12:00:00.000Z' }];
    const send = async <R,>(m: Message): Promise<R | null> => {
      sent.push(m);
      if (m.type === 'winnow/memory-view') return { snapshot: { site: 'kenyastar.com', templateThreshold: 3, blocks: [[promoFp, 4]] }, storeText: false, readOnly: false } as R;
      if (m.type === 'winnow/memory-record') return { seenElsewhere: seen, recorded: true } as R;
      return null;
    };
    const c = new MemoryClient(send);
    const url = 'https://www.kenyastar.com/news/1';
    const view = (await c.view(url))!;
    expect(view.pagesWithBlock(promoFp)).toBe(4);
    expect(view.pagesWithBlock('0000000000000000')).toBe(0);
    await c.view(url);
    const a = analysisOf(articleParagraphs(1));
    expect(await c.report(url, a)).toEqual({ seenElsewhere: seen });
    await c.report(url, a);
    expect(sent.map((m) => m.type)).toEqual(['winnow/memory-view', 'winnow/memory-record']);
    expect(c.note(url)).toEqual({ seenElsewhere: seen });
    expect(await c.settled(url)).toEqual({ seenElsewhere: seen });
    // Another address: ask again; no text goes out unless allowed.
    await c.view('https://www.kenyastar.com/news/2');
    expect(sent.at(-1)).toEqual({ type: 'winnow/memory-view', url: 'https://www.kenyastar.com/news/2' });
    expect(c.note('https://www.kenyastar.com/news/2')).toBeNull();
    const rec = sent.find((m) => m.type === 'winnow/memory-record') as Extract<Message, { type: 'winnow/memory-record' }>;
    expect(rec.blocks.every((b) => b.text === undefined)).toBe(true);
  });

  it('goes ahead without memory when the worker is silent or says no, and waits for an article before reporting', async () => {
    const silent = new MemoryClient(() => new Promise(() => undefined), 20);
    expect(await silent.view('https://a.com/x')).toBeNull();
    const sent: Message[] = [];
    const c = new MemoryClient(async <R,>(m: Message) => {
      sent.push(m);
      return (m.type === 'winnow/memory-view' ? { snapshot: { site: 'a.com', templateThreshold: 3, blocks: [] }, storeText: true, readOnly: false } : { seenElsewhere: [], recorded: true }) as R;
    });
    expect(await c.report('https://a.com/x', analysisOf(['Too short.']))).toBeNull();
    expect(await c.report('https://a.com/x', analysisOf(articleParagraphs(3)))).toEqual({ seenElsewhere: [] });
    const rec = sent.find((m) => m.type === 'winnow/memory-record') as Extract<Message, { type: 'winnow/memory-record' }>;
    expect(rec.blocks[0]!.text).toBe(articleParagraphs(3)[0]);
    const no = new MemoryClient(async () => null);
    expect(await no.view('https://a.com/x')).toBeNull();
    expect(await no.report('https://a.com/x', analysisOf(articleParagraphs(3)))).toBeNull();
  });

  it('records content and boilerplate of a reasonable length, never meta or duplicates', () => {
    const blocks = [
      blockResult(0, 'A headline that is long enough to count here', 'meta'),
      blockResult(1, articleParagraphs(5)[0]!),
      blockResult(2, articleParagraphs(5)[0]!, 'duplicate'),
      blockResult(3, 'Share this'),
      blockResult(4, PROMO, 'boilerplate'),
    ];
    expect(recordableBlocks(blocks)).toEqual([
      { fp: fingerprint(articleParagraphs(5)[0]!), article: true },
      { fp: promoFp, article: false },
    ]);
  });
});
