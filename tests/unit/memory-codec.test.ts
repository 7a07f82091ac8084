/** The memory's compact format: round trips, the upgrade from format 1, and recovery from damage. */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine/normalize';
import { fromBase64, toBase64 } from '../../src/memory/bytes';
import { MemoryStore, type SiteRecord } from '../../src/memory/store';
import { articleParagraphs, PROMO, recordOf } from './memory-fixtures';

const T0 = Date.parse('2025-03-10T12:00:00Z');
const promoFp = fingerprint(PROMO);

function sample(): MemoryStore {
  const store = new MemoryStore();
  for (let i = 0; i < 4; i++) store.record({ url: `https://www.example.com/news/${i}`, time: T0 + i * 60_000, blocks: recordOf(articleParagraphs(i), [PROMO]) });
  store.record({ url: 'https://www.menafn.com/story', time: T0 - 86_400_000, blocks: recordOf(articleParagraphs(50, 8)) });
  store.record({ url: 'https://www.kenyastar.com/x', time: T0, blocks: recordOf(articleParagraphs(60)) });
  return store;
}

/** Replace one site's payload in a format-2 document. */
function withSiteData(json: string, site: string, data: (b64: string) => string): string {
  const doc = JSON.parse(json);
  doc.sites[site].data = data(doc.sites[site].data);
  return JSON.stringify(doc);
}

describe('base64', () => {
  it('round-trips every length and rejects what is not base64', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const b64 = toBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect([...fromBase64(b64)]).toEqual([...bytes]);
    }
    expect(() => fromBase64('abc')).toThrow();
    expect(() => fromBase64('ab!d')).toThrow();
  });
});

describe('format 2', () => {
  it('round-trips: the same answers, and the same document again', () => {
    const store = sample();
    const json = store.toJson();
    const { store: back, problems, unreadable } = MemoryStore.fromJson(json);
    expect(problems).toEqual([]);
    expect(unreadable).toBe(false);
    expect(back.seq).toBe(store.seq);
    expect(back.sites()).toEqual(store.sites());
    expect(back.snapshot('https://example.com/news/9')).toEqual(store.snapshot('https://example.com/news/9'));
    expect(back.view('https://example.com/news/1')!.pagesWithBlock(promoFp)).toBe(3);
    const story = articleParagraphs(50, 8).map(fingerprint);
    expect(back.seenElsewhere(story, 'nigeriasun.com')).toEqual(store.seenElsewhere(story, 'nigeriasun.com'));
    expect(back.stats()).toMatchObject({ sites: 3, pages: 6, templateBlocks: 1 });
    expect(back.toJson()).toBe(json);
    // Recording on the reloaded memory carries on where it stopped.
    back.record({ url: 'https://example.com/news/9', time: T0, blocks: recordOf([], [PROMO]) });
    expect(back.view('https://example.com/news/10')!.pagesWithBlock(promoFp)).toBe(5);
  });

  it('keeps no text and no addresses of pages without article text', () => {
    const store = new MemoryStore();
    store.record({ url: 'https://example.com/section/world?utm_source=x', time: T0, blocks: recordOf([], [PROMO]) });
    const json = store.toJson();
    expect(json).not.toContain('section');
    expect(json).not.toContain('coastal');
  });
});

describe('damage', () => {
  it('a document cut off while being written: unreadable, started afresh, said so', () => {
    const json = sample().toJson();
    const r = MemoryStore.fromJson(json.slice(0, Math.floor(json.length / 2)));
    expect(r.unreadable).toBe(true);
    expect(r.store.sites()).toEqual([]);
    expect(r.problems.join()).toMatch(/not valid JSON/);
  });

  it('a damaged site payload: that site forgotten, the others kept, reported', () => {
    const json = sample().toJson();
    const flipped = withSiteData(json, 'example.com', (b64) => b64.slice(0, 20) + (b64[20] === 'A' ? 'B' : 'A') + b64.slice(21));
    const r = MemoryStore.fromJson(flipped);
    expect(r.unreadable).toBe(false);
    expect(r.store.sites().sort()).toEqual(['kenyastar.com', 'menafn.com']);
    expect(r.problems).toEqual([expect.stringMatching(/^example\.com: its memory was damaged \(checksum mismatch\)/)]);
    // Learning starts again for the damaged site.
    expect(r.store.view('https://example.com/news/9')!.pagesWithBlock(promoFp)).toBe(0);
  });

  it('truncated payloads, bad base64, wrong shapes and bad site names are each dropped and reported', () => {
    const json = sample().toJson();
    const truncated = withSiteData(json, 'menafn.com', (b64) => toBase64(fromBase64(b64).subarray(0, 30)));
    expect(MemoryStore.fromJson(truncated).problems).toEqual([expect.stringMatching(/^menafn\.com: its memory was damaged/)]);
    const notB64 = withSiteData(json, 'menafn.com', () => '%%%%');
    expect(MemoryStore.fromJson(notB64).problems).toEqual([expect.stringMatching(/^menafn\.com: .*not base64/)]);
    const doc = JSON.parse(json);
    doc.sites['kenyastar.com'] = 'oops';
    doc.sites['Not A Site!'] = doc.sites['menafn.com'];
    const r = MemoryStore.fromJson(JSON.stringify(doc));
    expect(r.store.sites().sort()).toEqual(['example.com', 'menafn.com']);
    expect(r.problems).toHaveLength(2);
  });

  it('not a memory file, or a newer format: unreadable, nothing loaded', () => {
    expect(MemoryStore.fromJson('{"hello":1}')).toMatchObject({ unreadable: true, problems: [expect.stringMatching(/not a Winnow memory/)] });
    expect(MemoryStore.fromJson('{"format":"winnow-memory","version":9,"sites":{}}')).toMatchObject({ unreadable: true });
    expect(MemoryStore.fromJson('')).toMatchObject({ unreadable: true });
  });
});

describe('format 1 (the first prototype) is upgraded', () => {
  it('reads pages and blocks by address and counts the same', () => {
    const paragraphs = articleParagraphs(3);
    const pages: Record<string, { first: number; last: number }> = {};
    const blocks: Record<string, { pages: string[]; last: number }> = {};
    const urls = [1, 2, 3].map((i) => `https://www.example.com/news/${i}`);
    urls.forEach((u, i) => (pages[u] = { first: T0 + i, last: T0 + i }));
    blocks[promoFp] = { pages: urls, last: T0 + 2 };
    blocks[fingerprint(paragraphs[0]!)] = { pages: [urls[2]!], last: T0 + 2 };
    const v1 = { format: 'winnow-memory', version: 1, sites: { 'example.com': { pages, blocks }, 'bad site': {} } };
    const r = MemoryStore.fromJson(JSON.stringify(v1));
    expect(r.unreadable).toBe(false);
    expect(r.problems).toContain('upgraded the memory from format 1 to format 2');
    expect(r.problems.some((p) => p.startsWith('bad site'))).toBe(true);
    expect(r.store.view('https://example.com/news/4')!.pagesWithBlock(promoFp)).toBe(3);
    expect(r.store.view('https://example.com/news/2')!.pagesWithBlock(promoFp)).toBe(2);
    const again = MemoryStore.fromJson(r.store.toJson());
    expect(JSON.parse(r.store.toJson()).version).toBe(2);
    expect(again.problems).toEqual([]);
    expect(again.store.seenElsewhere([fingerprint(paragraphs[0]!)], 'other.com')).toEqual([
      { site: 'example.com', url: urls[2], firstSeen: new Date(Math.floor((T0 + 2) / 1000) * 1000).toISOString() },
    ]);
  });
});

describe('the persisted layout: an index plus one record per site', () => {
  it('loads sites on demand and drops a missing or damaged record', () => {
    const store = sample();
    const index = store.indexRecord();
    const records = new Map(store.sites().map((s) => [s, store.siteRecord(s, true) as SiteRecord]));
    const { store: lazy, problems } = MemoryStore.fromIndex(JSON.parse(JSON.stringify(index)));
    expect(problems).toEqual([]);
    expect(lazy.stubs().sort()).toEqual(['example.com', 'kenyastar.com', 'menafn.com']);
    expect(lazy.attach('example.com', records.get('example.com'))).toBe(true);
    expect(lazy.view('https://example.com/news/7')!.pagesWithBlock(promoFp)).toBe(4);
    // menafn's record is damaged, kenyastar's is missing.
    const bad = records.get('menafn.com')!;
    const bytes = (bad.data as Uint8Array).slice();
    bytes[bytes.length - 6] ^= 0xff;
    expect(lazy.attach('menafn.com', { ...bad, data: bytes })).toBe(false);
    expect(lazy.attach('kenyastar.com', undefined)).toBe(false);
    expect(lazy.sites()).toEqual(['example.com']);
    expect(lazy.problems).toEqual([expect.stringMatching(/^menafn\.com: its memory was damaged/), expect.stringMatching(/^kenyastar\.com: .*missing/)]);
    expect(lazy.takeRemoved().sort()).toEqual(['kenyastar.com', 'menafn.com']);
    expect(MemoryStore.fromIndex({ format: 'x' }).unreadable).toBe(true);
  });
});
