/**
 * The cross-page memory: per site (registrable domain), the distinct pages on
 * which each block fingerprint appeared, so a block the site prints on every
 * page becomes its template; and, across sites, where an article's paragraphs
 * were first seen, so a syndicated story is recognised on the next outlet.
 *
 * Pure: no browser API and no file system. The CLI keeps it in one JSON file
 * (src/memory/file-store.ts), the extension in IndexedDB one record per site
 * (src/memory/persisted.ts); both use the same site payloads.
 *
 * Bounded by a size cap, with least-recently-used eviction on two levels:
 *   - by site: when the memory is over the cap, the site visited longest ago is
 *     forgotten whole (its template is the least likely to be needed again);
 *   - by entry, within a site: one site may take at most half the cap; past
 *     that, its blocks and pages seen longest ago are dropped until it is back
 *     to 40 %. The same happens to the only site left when it alone is over.
 * Sizes are those of the JSON document (base64 payloads), so the cap is what
 * the memory file or export actually weighs.
 */
import type { MemoryView } from '../engine/types';
import { CorruptData, fromBase64, toBase64 } from './bytes';
import { ArticleIndex } from './article-index';
import { hex8, isFingerprint, MAX_PAGES_PER_BLOCK, SiteTable, type BlockInfo } from './site-table';
import type { RecordedBlock, SeenElsewhere, TemplateSnapshot } from './types';
import { normalizeUrl, pageKey, siteOfUrl, storableUrl } from './url';

export type { RecordedBlock, SeenElsewhere, TemplateSnapshot } from './types';

export const FORMAT = 'winnow-memory';
export const VERSION = 2;
export const DEFAULT_CAP_BYTES = 25 * 1024 * 1024;

/** Share of the cap one site may hold before its oldest entries are dropped, and the share it is cut back to. */
const SITE_SHARE = 0.5;
const SITE_TRIM = 0.4;
/** Bytes of the document outside the site payloads, and per site around its payload. */
const DOC_OVERHEAD = 64;
const SITE_OVERHEAD = 40;

export interface MemoryOptions {
  /** Size cap in bytes (of the serialised document). */
  capBytes: number;
  /** Distinct earlier pages that make a block the site's template. */
  templateThreshold: number;
  /** Keep block text (otherwise only fingerprints). */
  storeText: boolean;
}

export const DEFAULT_OPTIONS: MemoryOptions = { capBytes: DEFAULT_CAP_BYTES, templateThreshold: 3, storeText: false };

export interface PageRecord {
  url: string;
  /** Site key; derived from `url` when absent. */
  site?: string | null;
  /** When the page was seen, Unix ms. */
  time: number;
  blocks: RecordedBlock[];
}

export interface RecordOutcome {
  site: string;
  /** The page repeats an earlier page of the site (the same story at another address) and was counted as that page. */
  alias: boolean;
  /** Sites forgotten to keep under the cap. */
  evicted: string[];
  /** The site itself lost its oldest entries to stay under its share of the cap. */
  trimmed: boolean;
}

export interface MemoryStats {
  sites: number;
  pages: number;
  blocks: number;
  /** Blocks at or over the template threshold on their site. */
  templateBlocks: number;
  bytes: number;
  capBytes: number;
  /** Pages recorded since the memory began (the LRU clock). */
  seq: number;
  perSite: { site: string; pages: number; blocks: number; templateBlocks: number; bytes: number }[];
}

export interface Slot {
  /** Sequence number of the latest page recorded on the site. */
  last: number;
  /** Estimated bytes of the site in the document. */
  bytes: number;
  table: SiteTable | null;
  /** The payload, not decoded yet (checked already). */
  raw: Uint8Array | null;
  /** Known from the index only (the persisted backend loads it on demand). */
  stub: boolean;
  dirty: boolean;
}

export interface LoadResult {
  store: MemoryStore;
  /** What was wrong and what was done about it, in plain words. */
  problems: string[];
  /** The whole document could not be read (not JSON, not a memory file, a newer format): nothing was loaded. */
  unreadable: boolean;
}

/** A site key as stored: a lower-case host name. */
const SITE_KEY = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/;

const docBytesOf = (site: string, rawBytes: number) => Math.ceil(rawBytes / 3) * 4 + site.length + SITE_OVERHEAD;

export class MemoryStore {
  private readonly slots = new Map<string, Slot>();
  private total = DOC_OVERHEAD;
  seq = 0;
  options: MemoryOptions;
  /** Problems met after loading (a payload that failed to decode late), for the caller to report. */
  readonly problems: string[] = [];
  /** Sites dropped since the last `takeRemoved()` (the persisted backend deletes their records). */
  private removed = new Set<string>();
  /** Article paragraphs → sites, for `seenElsewhere`; built on first use, null when it must be rebuilt. */
  private index: ArticleIndex | null = null;
  private readonly siteIds = new Map<string, number>();
  private readonly siteNames: string[] = [''];

  constructor(options: Partial<MemoryOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  setOptions(options: Partial<MemoryOptions>): void {
    this.options = { ...this.options, ...options };
  }

  // --- sites ------------------------------------------------------------------------

  sites(): string[] {
    return [...this.slots.keys()];
  }

  hasSite(site: string): boolean {
    return this.slots.has(site);
  }

  /** Sites known from the index whose records are not loaded yet. */
  stubs(): string[] {
    return [...this.slots].filter(([, s]) => s.stub).map(([k]) => k);
  }

  private table(site: string): SiteTable | null {
    const slot = this.slots.get(site);
    if (!slot || slot.stub) return null;
    if (!slot.table) {
      try {
        slot.table = slot.raw ? SiteTable.decode(slot.raw) : new SiteTable();
      } catch (e) {
        this.problems.push(`${site}: its memory was damaged (${(e as Error).message}) and was forgotten`);
        this.drop(site);
        return null;
      }
      slot.raw = null;
    }
    return slot.table;
  }

  private setBytes(slot: Slot, bytes: number): void {
    this.total += bytes - slot.bytes;
    slot.bytes = bytes;
  }

  private drop(site: string): void {
    const slot = this.slots.get(site);
    if (!slot) return;
    this.total -= slot.bytes;
    this.slots.delete(site);
    this.removed.add(site);
    this.siteIds.delete(site); // its entries in the index go stale and are skipped
  }

  private idOf(site: string): number {
    let id = this.siteIds.get(site);
    if (id === undefined) {
      id = this.siteNames.length;
      this.siteNames.push(site);
      this.siteIds.set(site, id);
    }
    return id;
  }

  /** Index every loaded site's article paragraphs; sites not decoded yet are read from their payload's columns. */
  private buildIndex(): ArticleIndex {
    let n = 0;
    const sources: [number, SiteTable | Uint32Array][] = [];
    for (const [site, slot] of [...this.slots]) {
      if (slot.stub) continue;
      let keys: SiteTable | Uint32Array | null = slot.table;
      if (!keys && slot.raw) {
        try {
          keys = SiteTable.articleKeys(slot.raw);
        } catch {
          keys = this.table(site); // damaged: decoding drops it and says so
        }
      }
      if (!keys) continue;
      sources.push([this.idOf(site), keys]);
      n += keys instanceof SiteTable ? keys.blockCount : keys.length;
    }
    const index = new ArticleIndex(n);
    for (const [id, keys] of sources) {
      if (keys instanceof SiteTable) keys.forEachArticleKey((hi) => index.add(hi, id));
      else for (let i = 0; i < keys.length; i++) index.add(keys[i] as number, id);
    }
    this.index = index;
    return index;
  }

  forgetSite(site: string): boolean {
    const had = this.slots.has(site);
    this.drop(site);
    return had;
  }

  clear(): void {
    for (const site of [...this.slots.keys()]) this.drop(site);
  }

  /** Bytes of the serialised document (estimated between saves, a little above the real size). */
  byteSize(): number {
    return this.total;
  }

  siteSizes(): { site: string; bytes: number; last: number }[] {
    return [...this.slots].map(([site, s]) => ({ site, bytes: s.bytes, last: s.last }));
  }

  // --- what the engine sees -------------------------------------------------------------

  /**
   * The engine's MemoryView for a page: on how many distinct pages of its site
   * OTHER than this one each block appeared. Null for a page without a site.
   */
  view(url: string, site: string | null = siteOfUrl(url)): MemoryView | null {
    if (!site) return null;
    const table = this.table(site);
    const key = pageKey(url);
    return {
      site,
      templateThreshold: this.options.templateThreshold,
      pagesWithBlock: (fp: string) => (table && isFingerprint(fp) ? table.pagesWith(fp, key) : 0),
    };
  }

  /** The blocks of the page's site at or over the template threshold, counted without the page itself. */
  snapshot(url: string, site: string | null = siteOfUrl(url)): TemplateSnapshot | null {
    if (!site) return null;
    const threshold = this.options.templateThreshold;
    const out: TemplateSnapshot = { site, templateThreshold: threshold, blocks: [] };
    const table = this.table(site);
    if (!table) return out;
    const key = pageKey(url);
    for (const [fp, info] of table.multiPage()) {
      const n = info.pages.length - (info.pages.includes(key) ? 1 : 0);
      if (n >= threshold) out.blocks.push([fp, n]);
    }
    return out;
  }

  // --- learning -------------------------------------------------------------------------

  /** Remember a page after it was analysed. */
  record(page: PageRecord): RecordOutcome | null {
    const site = page.site ?? siteOfUrl(page.url);
    if (!site) return null;
    let slot = this.slots.get(site);
    if (slot?.stub) throw new Error(`memory: site ${site} is not loaded`);
    if (!slot) {
      slot = { last: 0, bytes: 0, table: new SiteTable(), raw: null, stub: false, dirty: true };
      this.slots.set(site, slot);
      this.removed.delete(site);
    }
    const table = this.table(site);
    if (!table) return this.record(page); // damaged and dropped: start the site afresh
    const seq = ++this.seq;
    // Most recently used last: Map order is the LRU order.
    this.slots.delete(site);
    this.slots.set(site, slot);
    slot.last = seq;
    slot.dirty = true;

    const seen = new Set<string>();
    const blocks = page.blocks.filter((b) => isFingerprint(b.fp) && !seen.has(b.fp) && (seen.add(b.fp), true));
    const article = blocks.filter((b) => b.article);
    let key = pageKey(page.url);
    const alias = table.pages.has(key) ? 0 : aliasOf(table, article, key);
    if (alias) key = alias;
    const time = Number.isFinite(page.time) ? page.time : Date.now();
    const url = article.length >= 1 && normalizeUrl(page.url) ? storableUrl(page.url) : null;
    table.visit(key, url, Math.floor(time / 1000), seq);
    const index = this.index && !this.index.full ? this.index : null;
    if (!index) this.index = null;
    const id = index ? this.idOf(site) : 0;
    for (const b of blocks) {
      const created = table.touch(b.fp, key, seq, b.article, this.options.storeText && typeof b.text === 'string' ? b.text.slice(0, 4000) : undefined);
      if (created && b.article && index) index.add(hex8(b.fp, 0), id);
    }
    // The size estimate runs high (~20 %); re-measure exactly (an encode) once a quarter of it is estimated, so the cap is used fully.
    if (table.drift > Math.max(8192, table.estimate * 0.25)) table.encode();
    this.setBytes(slot, docBytesOf(site, table.estimate));
    const { evicted, trimmed } = this.enforceCap(site);
    return { site, alias: alias !== 0, evicted, trimmed };
  }

  private trimSite(site: string, targetDocBytes: number): boolean {
    const slot = this.slots.get(site);
    const table = this.table(site);
    if (!slot || !table) return false;
    const targetRaw = Math.max(0, ((targetDocBytes - site.length - SITE_OVERHEAD) * 3) / 4);
    const cutoff = table.cutoffFor(targetRaw, slot.last);
    if (cutoff <= 0) return false;
    table.trim(cutoff);
    slot.dirty = true;
    this.setBytes(slot, docBytesOf(site, table.estimate));
    return true;
  }

  private enforceCap(current: string): { evicted: string[]; trimmed: boolean } {
    const cap = this.options.capBytes;
    const evicted: string[] = [];
    let trimmed = false;
    const slot = this.slots.get(current);
    if (slot && slot.bytes > cap * SITE_SHARE) trimmed = this.trimSite(current, cap * SITE_TRIM);
    while (this.total > cap) {
      let oldest: string | null = null;
      for (const site of this.slots.keys()) {
        if (site !== current) {
          oldest = site;
          break;
        }
      }
      if (oldest === null) {
        trimmed = this.trimSite(current, cap * 0.9) || trimmed;
        break;
      }
      this.drop(oldest);
      evicted.push(oldest);
    }
    return { evicted, trimmed };
  }

  /** Apply a lowered cap now (not only at the next page). */
  applyCap(): string[] {
    const newest = [...this.slots.keys()].pop();
    return newest ? this.enforceCap(newest).evicted : [];
  }

  // --- syndication ----------------------------------------------------------------------

  /**
   * Other sites on which the article's paragraphs were already seen: those
   * holding at least 2 of them, or at least 30 % (a very short article), as
   * article text there and not as that site's template. Earliest first.
   * Sites known only from the index (not loaded) are not searched.
   */
  seenElsewhere(fps: readonly string[], site: string | null): SeenElsewhere[] {
    const wanted = [...new Set(fps.filter(isFingerprint))];
    if (!wanted.length) return [];
    const need = Math.min(2, Math.max(1, Math.ceil(wanted.length * 0.3)));
    const threshold = this.options.templateThreshold;
    const index = this.index ?? this.buildIndex();
    // Candidates from the index: sites holding at least `need` of the paragraphs' keys.
    const hits = new Map<number, number>();
    for (const fp of wanted) {
      const seen = new Set<number>();
      index.forEach(hex8(fp, 0), (id) => {
        if (seen.has(id)) return;
        seen.add(id);
        hits.set(id, (hits.get(id) ?? 0) + 1);
      });
    }
    const out: (SeenElsewhere & { t: number })[] = [];
    for (const [id, count] of hits) {
      const other = this.siteNames[id] as string;
      if (count < need || other === site || this.siteIds.get(other) !== id) continue;
      const table = this.table(other);
      if (!table) continue;
      let matched = 0;
      let best: { t: number; url: string | null } | null = null;
      for (const fp of wanted) {
        const info = table.block(fp);
        if (!info || !info.article || info.pages.length >= threshold) continue;
        matched++;
        const page = table.pages.get(info.pages[0] as number);
        if (page && (!best || page.first < best.t)) best = { t: page.first, url: page.url };
      }
      if (matched >= need && best) out.push({ site: other, url: best.url, firstSeen: new Date(best.t * 1000).toISOString(), t: best.t });
    }
    out.sort((a, b) => a.t - b.t || (a.site < b.site ? -1 : 1));
    return out.slice(0, 5).map(({ site: s, url, firstSeen }) => ({ site: s, url, firstSeen }));
  }

  // --- statistics -------------------------------------------------------------------------

  stats(): MemoryStats {
    const perSite: MemoryStats['perSite'] = [];
    let pages = 0;
    let blocks = 0;
    let templateBlocks = 0;
    for (const site of [...this.slots.keys()]) {
      const table = this.table(site);
      const slot = this.slots.get(site);
      if (!table || !slot) continue;
      let t = 0;
      for (const [, info] of table.multiPage()) if (info.pages.length >= this.options.templateThreshold) t++;
      perSite.push({ site, pages: table.pages.size, blocks: table.blockCount, templateBlocks: t, bytes: slot.bytes });
      pages += table.pages.size;
      blocks += table.blockCount;
      templateBlocks += t;
    }
    return { sites: perSite.length, pages, blocks, templateBlocks, bytes: this.total, capBytes: this.options.capBytes, seq: this.seq, perSite };
  }

  /** Block details of one site (tests, debugging). */
  blocksOf(site: string): [string, BlockInfo][] {
    const table = this.table(site);
    return table ? [...table.entries()] : [];
  }

  textOf(site: string, fp: string): string | null {
    return this.table(site)?.texts.get(fp) ?? null;
  }

  // --- the document (CLI file, export, import) -----------------------------------------------

  /** One site's payload (format 2), encoding it afresh when it changed. */
  sitePayload(site: string): Uint8Array | null {
    const slot = this.slots.get(site);
    if (!slot || slot.stub) return null;
    if (slot.raw && !slot.table) return slot.raw;
    const table = this.table(site);
    if (!table) return null;
    const bytes = table.encode();
    slot.dirty = false;
    this.setBytes(slot, docBytesOf(site, bytes.length));
    return bytes;
  }

  /** The whole memory as JSON text (format 2). Stub sites (not loaded) are left out. */
  toJson(): string {
    const parts: string[] = [];
    for (const site of [...this.slots.keys()]) {
      const slot = this.slots.get(site) as Slot;
      const payload = this.sitePayload(site);
      if (!payload) continue;
      parts.push(`${JSON.stringify(site)}:{"last":${slot.last},"data":"${toBase64(payload)}"}`);
    }
    return `{"format":"${FORMAT}","version":${VERSION},"seq":${this.seq},"sites":{${parts.join(',')}}}\n`;
  }

  /** Read a memory document (format 2, or format 1, which is upgraded). Damaged parts are dropped and reported. */
  static fromJson(text: string, options: Partial<MemoryOptions> = {}): LoadResult {
    const store = new MemoryStore(options);
    const problems: string[] = [];
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      problems.push('the memory is not valid JSON (perhaps cut off while being written); started afresh');
      return { store, problems, unreadable: true };
    }
    if (!isObj(doc) || doc.format !== FORMAT) {
      problems.push('this is not a Winnow memory file; started afresh');
      return { store, problems, unreadable: true };
    }
    if (doc.version === 1) {
      upgradeV1(store, doc, problems);
      return { store, problems, unreadable: false };
    }
    if (doc.version !== VERSION) {
      problems.push(`the memory has format version ${JSON.stringify(doc.version)}, which this Winnow cannot read; started afresh`);
      return { store, problems, unreadable: true };
    }
    const sites = isObj(doc.sites) ? doc.sites : null;
    if (!sites) problems.push('the memory lists no sites (damaged); started afresh');
    const loaded: [string, Slot][] = [];
    for (const [site, rec] of Object.entries(sites ?? {})) {
      const slot = readSiteRecord(site, rec, problems);
      if (slot) loaded.push([site, slot]);
    }
    loaded.sort((a, b) => a[1].last - b[1].last);
    for (const [site, slot] of loaded) store.adopt(site, slot);
    const seq = typeof doc.seq === 'number' && Number.isSafeInteger(doc.seq) && doc.seq >= 0 ? doc.seq : 0;
    store.seq = Math.max(seq, ...loaded.map(([, s]) => s.last), 0);
    return { store, problems, unreadable: false };
  }

  /** Put a loaded site in place (most recently used last). */
  adopt(site: string, slot: Slot): void {
    this.index = null;
    this.siteIds.delete(site);
    const existing = this.slots.get(site);
    if (existing) this.total -= existing.bytes;
    this.slots.delete(site);
    this.slots.set(site, slot);
    this.total += slot.bytes;
    this.removed.delete(site);
  }

  // --- the persisted backend: an index plus one record per site ------------------------------

  /** The index record: format, clock and every site's size and last use. */
  indexRecord(): MemoryIndex {
    return { format: FORMAT, version: VERSION, seq: this.seq, sites: [...this.slots].map(([site, s]) => [site, s.last, s.bytes]) };
  }

  /** A store that knows its sites from the index only; `attach` loads each one. */
  static fromIndex(index: unknown, options: Partial<MemoryOptions> = {}): LoadResult {
    const store = new MemoryStore(options);
    const problems: string[] = [];
    if (index === undefined || index === null) return { store, problems, unreadable: false };
    if (!isObj(index) || index.format !== FORMAT || index.version !== VERSION || !Array.isArray(index.sites)) {
      problems.push('the memory index was damaged or of another version; started afresh');
      return { store, problems, unreadable: true };
    }
    for (const row of index.sites as unknown[]) {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || !SITE_KEY.test(row[0]) || !isCount(row[1]) || !isCount(row[2])) {
        problems.push('an entry of the memory index was damaged and was dropped');
        continue;
      }
      store.adopt(row[0], { last: row[1], bytes: row[2], table: null, raw: null, stub: true, dirty: false });
    }
    store.seq = Math.max(isCount(index.seq) ? index.seq : 0, ...store.siteSizes().map((s) => s.last), 0);
    return { store, problems, unreadable: false };
  }

  /** Load a stub site from its record; a missing or damaged record drops the site (reported). */
  attach(site: string, record: unknown): boolean {
    const slot = this.slots.get(site);
    if (!slot || !slot.stub) return false;
    const problems: string[] = [];
    const loaded = record === undefined ? null : readSiteRecord(site, record, problems, slot.last);
    if (!loaded) {
      this.problems.push(...(problems.length ? problems : [`${site}: its memory record was missing and was forgotten`]));
      this.drop(site);
      return false;
    }
    slot.raw = loaded.raw;
    slot.stub = false;
    this.index = null;
    this.setBytes(slot, loaded.bytes);
    return true;
  }

  /** A site's record for the persisted backend, or null when it has not changed since loaded/saved. */
  siteRecord(site: string, force = false): SiteRecord | null {
    const slot = this.slots.get(site);
    if (!slot || slot.stub || (!slot.dirty && !force)) return null;
    const payload = this.sitePayload(site);
    return payload ? { last: slot.last, data: payload } : null;
  }

  dirtySites(): string[] {
    return [...this.slots].filter(([, s]) => s.dirty && !s.stub).map(([k]) => k);
  }

  /** Sites dropped since the last call. */
  takeRemoved(): string[] {
    const out = [...this.removed].filter((s) => !this.slots.has(s));
    this.removed = new Set();
    return out;
  }
}

export interface MemoryIndex {
  format: string;
  version: number;
  seq: number;
  /** [site, last seq, bytes], least recently used first. */
  sites: [string, number, number][];
}

export interface SiteRecord {
  last: number;
  /** The format-2 payload: bytes in IndexedDB, base64 in JSON. */
  data: Uint8Array | string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function readSiteRecord(site: string, rec: unknown, problems: string[], knownLast?: number): Slot | null {
  if (!SITE_KEY.test(site)) {
    problems.push(`a site named ${JSON.stringify(site.slice(0, 80))} is not a site name; dropped`);
    return null;
  }
  if (!isObj(rec)) {
    problems.push(`${site}: its memory was damaged (not a record) and was forgotten`);
    return null;
  }
  try {
    const raw = typeof rec.data === 'string' ? fromBase64(rec.data) : rec.data instanceof Uint8Array ? rec.data : null;
    if (!raw) throw new CorruptData('no data');
    // The checksum now, so damage is found and reported at load; the payload is decoded when first used.
    SiteTable.verify(raw);
    const last = isCount(rec.last) ? rec.last : (knownLast ?? 0);
    return { last, bytes: docBytesOf(site, raw.length), table: null, raw, stub: false, dirty: false };
  } catch (e) {
    const why = e instanceof CorruptData ? e.message : 'unreadable';
    problems.push(`${site}: its memory was damaged (${why}) and was forgotten`);
    return null;
  }
}

/**
 * Format 1, the readable layout of the first prototype, is read and upgraded
 * (never written):
 *   { format, version: 1, sites: { <site>: {
 *       pages:  { <url>: { first: <Unix ms>, last: <Unix ms> } },
 *       blocks: { <fingerprint>: { pages: [<url>…], last: <Unix ms> } } } } }
 * Times become sequence numbers by their order; a block on one page is taken
 * as article text (format 1 did not say).
 */
function upgradeV1(store: MemoryStore, doc: Record<string, unknown>, problems: string[]): void {
  const sites = isObj(doc.sites) ? doc.sites : {};
  const times = new Set<number>();
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  for (const rec of Object.values(sites)) {
    if (!isObj(rec)) continue;
    for (const p of Object.values(isObj(rec.pages) ? rec.pages : {})) if (isObj(p)) times.add(num(p.last));
    for (const b of Object.values(isObj(rec.blocks) ? rec.blocks : {})) if (isObj(b)) times.add(num(b.last));
  }
  const order = [...times].sort((a, b) => a - b);
  const seqOf = new Map(order.map((t, i) => [t, i + 1]));
  const upgraded: [string, SiteTable, number][] = [];
  for (const [site, rec] of Object.entries(sites)) {
    if (!SITE_KEY.test(site) || !isObj(rec)) {
      problems.push(`${site.slice(0, 80)}: damaged in the format-1 memory; dropped`);
      continue;
    }
    const table = new SiteTable();
    for (const [url, p] of Object.entries(isObj(rec.pages) ? rec.pages : {})) {
      if (!isObj(p)) continue;
      table.visit(pageKey(url), normalizeUrl(url) ? storableUrl(url) : null, Math.floor(num(p.first) / 1000), seqOf.get(num(p.last)) ?? 1);
    }
    for (const [fp, b] of Object.entries(isObj(rec.blocks) ? rec.blocks : {})) {
      if (!isFingerprint(fp) || !isObj(b) || !Array.isArray(b.pages)) continue;
      const pages = [...new Set((b.pages as unknown[]).filter((u): u is string => typeof u === 'string').map(pageKey))].slice(0, MAX_PAGES_PER_BLOCK);
      if (!pages.length) continue;
      table.put(fp, { pages, last: seqOf.get(num(b.last)) ?? 1, article: pages.length === 1 });
    }
    upgraded.push([site, table, table.lastSeq]);
  }
  upgraded.sort((a, b) => a[2] - b[2]);
  for (const [site, table, last] of upgraded) {
    const raw = table.encode();
    store.adopt(site, { last, bytes: docBytesOf(site, raw.length), table, raw: null, stub: false, dirty: true });
  }
  store.seq = order.length;
  problems.push(`upgraded the memory from format 1 to format ${VERSION}`);
}

/**
 * The page's earlier copy on this site, if it is one: at least 2 and 80 % of
 * its article paragraphs (those not already on several pages) were seen on one
 * single earlier page. Then it is the same story at another address (AMP,
 * print, mobile), and it must not count as another page, or the story's own
 * paragraphs would become the site's "template".
 */
function aliasOf(table: SiteTable, article: readonly RecordedBlock[], key: number): number {
  const tally = new Map<number, number>();
  let candidates = 0;
  for (const b of article) {
    const n = table.pagesWith(b.fp);
    if (n >= 2) continue;
    candidates++;
    const owner = n === 1 ? table.soloPage(b.fp) : 0;
    if (owner && owner !== key) tally.set(owner, (tally.get(owner) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [owner, count] of tally) if (count > bestCount) [best, bestCount] = [owner, count];
  return bestCount >= 2 && bestCount >= 0.8 * candidates ? best : 0;
}
