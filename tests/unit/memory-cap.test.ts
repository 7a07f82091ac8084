/** The size cap under a flood: 100,000 simulated pages never push the memory past it, and what stays is what was used last. */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/memory/store';
import type { RecordedBlock } from '../../src/memory/types';

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

function floodBlocks(i: number, siteId: number, articleBlocks: number): RecordedBlock[] {
  const blocks: RecordedBlock[] = [];
  // The article: new on every page.
  for (let k = 0; k < articleBlocks; k++) blocks.push({ fp: hex(Math.imul(i + 1, 2654435761) ^ k) + hex(i * 31 + k), article: true });
  // The site's template: the same three blocks on every page of the site.
  for (let k = 0; k < 3; k++) blocks.push({ fp: hex(0xabc00000 + k) + hex(siteId), article: false });
  return blocks;
}

describe('the size cap', () => {
  it('holds under a flood of 100,000 pages over many sites, forgetting the least recently used', { timeout: 120_000 }, () => {
    const cap = 2 * 1024 * 1024;
    const store = new MemoryStore({ capBytes: cap });
    let max = 0;
    let evicted = 0;
    const sites = 2_000;
    for (let i = 0; i < 100_000; i++) {
      const siteId = i % sites;
      const site = `site${siteId}.example`;
      const out = store.record({ url: `https://${site}/news/${i}`, site, time: 1.7e12 + i, blocks: floodBlocks(i, siteId, 5) });
      evicted += out!.evicted.length;
      max = Math.max(max, store.byteSize());
    }
    expect(max).toBeLessThanOrEqual(cap);
    expect(evicted).toBeGreaterThan(0);
    const json = store.toJson();
    expect(json.length).toBeLessThanOrEqual(cap);
    // The sites kept are the ones used last.
    const kept = store.sites().map((s) => Number(/site(\d+)/.exec(s)![1]));
    expect(kept).toContain(99_999 % sites);
    expect(Math.min(...store.siteSizes().map((s) => s.last))).toBeGreaterThan(100_000 - sites);
    expect(MemoryStore.fromJson(json).problems).toEqual([]);
  });

  it('holds when one site floods it, dropping that site\'s oldest entries but keeping its template', { timeout: 120_000 }, () => {
    const cap = 512 * 1024;
    const store = new MemoryStore({ capBytes: cap });
    store.record({ url: 'https://other.example/a', time: 1, blocks: floodBlocks(-1, 999, 5) });
    let max = 0;
    let trims = 0;
    for (let i = 0; i < 100_000; i++) {
      const out = store.record({ url: `https://flood.example/p/${i}`, time: 1.7e12 + i, blocks: floodBlocks(i, 1, 5) });
      if (out!.trimmed) trims++;
      max = Math.max(max, store.byteSize());
    }
    expect(max).toBeLessThanOrEqual(cap);
    expect(trims).toBeGreaterThan(10);
    // One site may hold half the cap, so the other site was not pushed out.
    expect(store.sites()).toEqual(['other.example', 'flood.example']);
    expect(store.toJson().length).toBeLessThanOrEqual(cap);
    // The template seen on every page survives, the newest pages too; the oldest are gone.
    const snap = store.snapshot('https://flood.example/p/next')!;
    expect(snap.blocks).toHaveLength(3);
    expect(snap.blocks.every(([, n]) => n === 64)).toBe(true);
    const stats = store.stats();
    expect(stats.pages).toBeLessThan(100_000);
    expect(stats.pages).toBeGreaterThan(1_000);
  });

  it('applies a lowered cap at once', () => {
    const store = new MemoryStore({ capBytes: 1024 * 1024 });
    for (let i = 0; i < 2_000; i++) store.record({ url: `https://s${i % 50}.example/${i}`, time: i, blocks: floodBlocks(i, i % 50, 5) });
    const before = store.byteSize();
    store.setOptions({ capBytes: 64 * 1024 });
    const evicted = store.applyCap();
    expect(evicted.length).toBeGreaterThan(0);
    expect(store.byteSize()).toBeLessThanOrEqual(64 * 1024);
    expect(store.byteSize()).toBeLessThan(before);
  });
});
