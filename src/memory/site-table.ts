/**
 * What the memory knows about one site: the pages seen (hashed addresses) and,
 * for every block fingerprint, the distinct pages it appeared on, when it was
 * last seen, and whether it was article text the first time.
 *
 * Layout, chosen so that 50,000 remembered pages stay small in memory and on
 * disk: the bulk of the entries live in sorted typed-array columns (fingerprint
 * high and low words, last-seen sequence number, first page, flags), found by
 * binary search; new entries wait in a small map and are merged into the
 * columns in batches. Extra pages of a block (a template block appears on
 * many) sit in a side map, since few blocks have them. Texts are kept only
 * when the reader allows it (`storeText`).
 *
 * Sequence numbers (`seq`) count recorded pages across the whole memory; they
 * are the clock for least-recently-used eviction.
 */
import { ByteReader, ByteWriter, checksum, CorruptData } from './bytes';

/** Distinct pages remembered per block; counts saturate here (well above any template threshold). */
export const MAX_PAGES_PER_BLOCK = 64;

/** Estimated bytes of one entry in the compact format (before base64), kept a little above the real average. */
export const ENTRY_BYTES = 15;
export const EXTRA_PAGE_BYTES = 3;
export const PAGE_BYTES = 14;
const HEADER_BYTES = 24;

const FLAG_ARTICLE = 1;

export interface PageInfo {
  /** The storable address (only for pages with article text: the syndication note links to it), else null. */
  url: string | null;
  /** Unix time in seconds of the first visit. */
  first: number;
  /** Sequence number of the latest visit. */
  last: number;
}

interface Pending {
  pages: number[];
  last: number;
  article: boolean;
}

export interface BlockInfo {
  /** Distinct pages, the first one first (at most MAX_PAGES_PER_BLOCK). */
  pages: readonly number[];
  last: number;
  article: boolean;
}

const HEX = /^[0-9a-f]{16}$/;

export function isFingerprint(fp: unknown): fp is string {
  return typeof fp === 'string' && HEX.test(fp);
}

/** Eight hex digits of `fp` from `at`, as an unsigned 32-bit number (no allocation). */
function hex8(fp: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const c = fp.charCodeAt(i);
    n = n * 16 + (c <= 57 ? c - 48 : c - 87);
  }
  return n;
}

function split(fp: string): [number, number] {
  return [hex8(fp, 0), hex8(fp, 8)];
}

function hex(hi: number, lo: number): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

function varLen(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    len++;
  }
  return len;
}

export class SiteTable {
  // Sorted columns.
  private hi: Uint32Array = new Uint32Array(0);
  private lo: Uint32Array = new Uint32Array(0);
  private lastSeen: Uint32Array = new Uint32Array(0);
  private firstPage: Uint32Array = new Uint32Array(0);
  private flags: Uint8Array = new Uint8Array(0);
  private n = 0;
  /** Pages beyond the first, for column entries seen on more than one page. */
  private readonly more = new Map<string, number[]>();
  /** Entries not yet merged into the columns. */
  private readonly pending = new Map<string, Pending>();
  readonly texts = new Map<string, string>();
  readonly pages = new Map<number, PageInfo>();
  /** Sequence number of the latest page recorded on this site. */
  lastSeq = 0;
  /**
   * Size in the compact format (bytes before base64): a running upper-bound
   * estimate, anchored to the exact size whenever the table is encoded or
   * decoded (`estimate` = exact size then + estimated growth since).
   */
  private running = HEADER_BYTES;
  private exactBase = -1;
  private runningAtBase = 0;

  get estimate(): number {
    return this.exactBase < 0 ? this.running : this.exactBase + (this.running - this.runningAtBase);
  }

  /** Estimated growth since the size was last known exactly (all of it when never). */
  get drift(): number {
    return this.exactBase < 0 ? this.running : this.running - this.runningAtBase;
  }

  private anchor(exact: number): void {
    this.running = this.computeEstimate();
    this.exactBase = exact;
    this.runningAtBase = this.running;
  }

  get blockCount(): number {
    return this.n + this.pending.size;
  }

  private find(hi: number, lo: number): number {
    let a = 0;
    let b = this.n - 1;
    const H = this.hi;
    const L = this.lo;
    while (a <= b) {
      const m = (a + b) >>> 1;
      const h = H[m] as number;
      if (h < hi) a = m + 1;
      else if (h > hi) b = m - 1;
      else {
        const l = L[m] as number;
        if (l < lo) a = m + 1;
        else if (l > lo) b = m - 1;
        else return m;
      }
    }
    return -1;
  }

  private findFp(fp: string): number {
    return this.find(hex8(fp, 0), hex8(fp, 8));
  }

  has(fp: string): boolean {
    return this.pending.has(fp) || this.findFp(fp) >= 0;
  }

  block(fp: string): BlockInfo | null {
    const p = this.pending.get(fp);
    if (p) return p;
    const i = this.findFp(fp);
    if (i < 0) return null;
    const more = this.more.get(fp);
    return {
      pages: more ? [this.firstPage[i] as number, ...more] : [this.firstPage[i] as number],
      last: this.lastSeen[i] as number,
      article: ((this.flags[i] as number) & FLAG_ARTICLE) !== 0,
    };
  }

  /** Distinct pages with this block, not counting page `exclude`. */
  pagesWith(fp: string, exclude = 0): number {
    const p = this.pending.get(fp);
    if (p) return p.pages.length - (exclude && p.pages.includes(exclude) ? 1 : 0);
    const i = this.findFp(fp);
    if (i < 0) return 0;
    const more = this.more.get(fp);
    const n = 1 + (more ? more.length : 0);
    return n - (exclude && (this.firstPage[i] === exclude || (more !== undefined && more.includes(exclude))) ? 1 : 0);
  }

  /** The one page a block was seen on, or 0 when it is unknown or on several. */
  soloPage(fp: string): number {
    const p = this.pending.get(fp);
    if (p) return p.pages.length === 1 ? (p.pages[0] as number) : 0;
    const i = this.findFp(fp);
    return i < 0 || this.more.has(fp) ? 0 : (this.firstPage[i] as number);
  }

  /** Blocks seen on at least two pages (the only ones that can be template), with their counts. */
  *multiPage(): Generator<[string, BlockInfo]> {
    for (const fp of this.more.keys()) {
      const b = this.block(fp);
      if (b) yield [fp, b];
    }
    for (const [fp, p] of this.pending) if (p.pages.length > 1) yield [fp, p];
  }

  /** Record that block `fp` appeared on page `page` at sequence `seq`; true when the block is new to the site. */
  touch(fp: string, page: number, seq: number, article: boolean, text?: string): boolean {
    if (text !== undefined && !this.texts.has(fp)) {
      this.texts.set(fp, text);
      this.running += text.length * 3 + 4;
    }
    const p = this.pending.get(fp);
    if (p) {
      p.last = seq;
      if (!p.pages.includes(page) && p.pages.length < MAX_PAGES_PER_BLOCK) {
        p.pages.push(page);
        this.running += EXTRA_PAGE_BYTES + (p.pages.length === 2 ? 1 : 0);
      }
      return false;
    }
    const i = this.findFp(fp);
    if (i >= 0) {
      this.lastSeen[i] = seq;
      if (this.firstPage[i] === page) return false;
      const more = this.more.get(fp);
      if (!more) {
        this.more.set(fp, [page]);
        this.running += EXTRA_PAGE_BYTES + 1;
      } else if (!more.includes(page) && more.length < MAX_PAGES_PER_BLOCK - 1) {
        more.push(page);
        this.running += EXTRA_PAGE_BYTES;
      }
      return false;
    }
    this.pending.set(fp, { pages: [page], last: seq, article });
    this.running += ENTRY_BYTES;
    if (this.pending.size > Math.max(64, this.n >>> 3)) this.merge();
    return true;
  }

  /** The high words of the fingerprints of every block first seen as article text. */
  forEachArticleKey(fn: (hi: number) => void): void {
    for (let i = 0; i < this.n; i++) if ((this.flags[i] as number) & FLAG_ARTICLE) fn(this.hi[i] as number);
    for (const [fp, p] of this.pending) if (p.article) fn(hex8(fp, 0));
  }

  /** Note a visit of page `key`. */
  visit(key: number, url: string | null, timeSec: number, seq: number): void {
    const page = this.pages.get(key);
    if (page) {
      page.last = seq;
      if (url && !page.url) {
        page.url = url;
        this.running += url.length;
      }
    } else {
      this.pages.set(key, { url, first: timeSec, last: seq });
      this.running += PAGE_BYTES + (url ? url.length : 0);
    }
    if (seq > this.lastSeq) this.lastSeq = seq;
  }

  /** Fold the pending entries into the sorted columns. */
  merge(): void {
    if (!this.pending.size) return;
    const add = [...this.pending].map(([fp, p]) => ({ fp, hi: hex8(fp, 0), lo: hex8(fp, 8), p }));
    // Sort by (hi, lo) with a native numeric sort on hi·2^21 + index, then order equal-hi runs by lo.
    if (add.length >= 2097152) {
      add.sort((a, b) => a.hi - b.hi || a.lo - b.lo);
      return this.mergeSorted(add);
    }
    const keys = new Float64Array(add.length);
    for (let x = 0; x < add.length; x++) keys[x] = (add[x] as (typeof add)[number]).hi * 2097152 + x;
    keys.sort();
    const sorted = new Array<(typeof add)[number]>(add.length);
    for (let x = 0; x < add.length; x++) sorted[x] = add[(keys[x] as number) % 2097152] as (typeof add)[number];
    for (let x = 1; x < sorted.length; x++) {
      const cur = sorted[x] as (typeof add)[number];
      let y = x - 1;
      while (y >= 0 && (sorted[y] as (typeof add)[number]).hi === cur.hi && (sorted[y] as (typeof add)[number]).lo > cur.lo) {
        sorted[y + 1] = sorted[y] as (typeof add)[number];
        y--;
      }
      sorted[y + 1] = cur;
    }
    this.mergeSorted(sorted);
  }

  private mergeSorted(sorted: { fp: string; hi: number; lo: number; p: Pending }[]): void {
    const total = this.n + this.pending.size;
    const hi = new Uint32Array(total);
    const lo = new Uint32Array(total);
    const last = new Uint32Array(total);
    const first = new Uint32Array(total);
    const flags = new Uint8Array(total);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.n || j < sorted.length) {
      const a = sorted[j];
      const takeOld =
        a === undefined || (i < this.n && ((this.hi[i] as number) < a.hi || ((this.hi[i] as number) === a.hi && (this.lo[i] as number) < a.lo)));
      if (takeOld) {
        hi[k] = this.hi[i] as number;
        lo[k] = this.lo[i] as number;
        last[k] = this.lastSeen[i] as number;
        first[k] = this.firstPage[i] as number;
        flags[k] = this.flags[i] as number;
        i++;
      } else {
        hi[k] = a.hi;
        lo[k] = a.lo;
        last[k] = a.p.last;
        first[k] = a.p.pages[0] as number;
        flags[k] = a.p.article ? FLAG_ARTICLE : 0;
        if (a.p.pages.length > 1) this.more.set(a.fp, a.p.pages.slice(1));
        j++;
      }
      k++;
    }
    this.hi = hi;
    this.lo = lo;
    this.lastSeen = last;
    this.firstPage = first;
    this.flags = flags;
    this.n = total;
    this.pending.clear();
  }

  /** Forget every block and page last seen before sequence number `cutoff`. */
  trim(cutoff: number): void {
    this.merge();
    for (const side of [this.more, this.texts] as Map<string, unknown>[]) {
      for (const fp of [...side.keys()]) {
        const i = this.findFp(fp);
        if (i < 0 || (this.lastSeen[i] as number) < cutoff) side.delete(fp);
      }
    }
    let k = 0;
    for (let i = 0; i < this.n; i++) {
      if ((this.lastSeen[i] as number) < cutoff) continue;
      if (k !== i) {
        this.hi[k] = this.hi[i] as number;
        this.lo[k] = this.lo[i] as number;
        this.lastSeen[k] = this.lastSeen[i] as number;
        this.firstPage[k] = this.firstPage[i] as number;
        this.flags[k] = this.flags[i] as number;
      }
      k++;
    }
    this.n = k;
    this.hi = this.hi.slice(0, k);
    this.lo = this.lo.slice(0, k);
    this.lastSeen = this.lastSeen.slice(0, k);
    this.firstPage = this.firstPage.slice(0, k);
    this.flags = this.flags.slice(0, k);
    for (const [key, page] of this.pages) if (page.last < cutoff) this.pages.delete(key);
    this.running = this.computeEstimate();
    this.exactBase = -1; // exact again at the next encode
  }

  /**
   * The oldest sequence number to keep so that the estimate falls to `target`
   * bytes, never dropping anything seen at `keepFrom` or later.
   */
  cutoffFor(target: number, keepFrom: number): number {
    this.merge();
    // In the running estimate's units throughout, so that afterwards running ≤ target.
    const excess = this.running - target;
    if (excess <= 0) return 0;
    let lo = Infinity;
    for (let i = 0; i < this.n; i++) lo = Math.min(lo, this.lastSeen[i] as number);
    for (const p of this.pages.values()) lo = Math.min(lo, p.last);
    if (!Number.isFinite(lo) || lo >= keepFrom) return 0;
    const range = Math.max(1, Math.min(keepFrom, this.lastSeq + 1) - lo);
    const bytes = new Float64Array(range + 1);
    const at = (seq: number) => Math.min(range, Math.max(0, seq - lo));
    for (let i = 0; i < this.n; i++) bytes[at(this.lastSeen[i] as number)] += ENTRY_BYTES;
    for (const [fp, more] of this.more) {
      const b = this.block(fp);
      if (b) bytes[at(b.last)] += more.length * EXTRA_PAGE_BYTES + 1;
    }
    for (const p of this.pages.values()) bytes[at(p.last)] += PAGE_BYTES + (p.url ? p.url.length : 0);
    let removed = 0;
    for (let s = 0; s < range; s++) {
      removed += bytes[s] as number;
      if (removed >= excess) return lo + s + 1;
    }
    return lo + range;
  }

  computeEstimate(): number {
    let e = HEADER_BYTES + (this.n + this.pending.size) * ENTRY_BYTES;
    for (const more of this.more.values()) e += more.length * EXTRA_PAGE_BYTES + 1;
    for (const p of this.pending.values()) if (p.pages.length > 1) e += (p.pages.length - 1) * EXTRA_PAGE_BYTES + 1;
    for (const p of this.pages.values()) e += PAGE_BYTES + (p.url ? p.url.length : 0);
    for (const t of this.texts.values()) e += t.length * 3 + 4;
    return e;
  }

  // --- the compact format -----------------------------------------------------------

  /**
   * Site payload, format 2 (all integers LEB128 varints unless noted):
   *   lastSeq, nPages, nBlocks,
   *   hi[nBlocks] (u32 LE), lo[nBlocks] (u32 LE)       sorted fingerprints
   *   lastSeq − last, per block
   *   ref·4 + hasMore·2 + article, per block           ref: page index, or nPages + page hash when the page is gone
   *   for each block with hasMore: k, then k refs
   *   per page: hash (u32 LE), first visit (Unix s), lastSeq − last, url (length + UTF-8; length 0 = none)
   *   nTexts, then per text: block index delta, text
   *   checksum (u32 LE, FNV-1a of everything before it)
   */
  encode(): Uint8Array {
    this.merge();
    const w = new ByteWriter(Math.max(1024, this.running + 64));
    const pageKeys = [...this.pages.keys()];
    const index = new Map<number, number>();
    pageKeys.forEach((k, i) => index.set(k, i));
    const nPages = pageKeys.length;
    const ref = (key: number) => index.get(key) ?? nPages + key;
    const top = this.lastSeq;
    w.varint(top);
    w.varint(nPages);
    w.varint(this.n);
    w.u32s(this.hi, this.n);
    w.u32s(this.lo, this.n);
    for (let i = 0; i < this.n; i++) w.varint(Math.max(0, top - (this.lastSeen[i] as number)));
    const withMore: number[] = [];
    const moreLists: number[][] = [];
    for (let i = 0; i < this.n; i++) {
      const more = this.more.size ? this.more.get(hex(this.hi[i] as number, this.lo[i] as number)) : undefined;
      if (more) {
        withMore.push(i);
        moreLists.push(more);
      }
      w.varint(ref(this.firstPage[i] as number) * 4 + (more ? 2 : 0) + ((this.flags[i] as number) & FLAG_ARTICLE));
    }
    for (const more of moreLists) {
      w.varint(more.length);
      for (const k of more) w.varint(ref(k));
    }
    for (const key of pageKeys) {
      const p = this.pages.get(key) as PageInfo;
      w.u32(key);
      w.varint(Math.max(0, Math.floor(p.first)));
      w.varint(Math.max(0, top - p.last));
      w.string(p.url ?? '');
    }
    const texts: [number, string][] = [];
    if (this.texts.size) {
      for (let i = 0; i < this.n; i++) {
        const t = this.texts.get(hex(this.hi[i] as number, this.lo[i] as number));
        if (t !== undefined) texts.push([i, t]);
      }
    }
    w.varint(texts.length);
    let prev = 0;
    for (const [i, t] of texts) {
      w.varint(i - prev);
      w.string(t);
      prev = i;
    }
    w.u32(checksum(w.bytes()));
    const out = w.bytes().slice();
    this.anchor(out.length);
    return out;
  }

  static decode(bytes: Uint8Array): SiteTable {
    if (bytes.length < 8) throw new CorruptData('too short');
    const body = bytes.length - 4;
    const sum = new ByteReader(bytes.subarray(body)).u32();
    if (checksum(bytes.subarray(0, body)) !== sum) throw new CorruptData('checksum mismatch');
    const r = new ByteReader(bytes, body);
    const t = new SiteTable();
    const top = r.varint();
    const nPages = r.varint();
    const n = r.count(8);
    t.hi = r.u32s(n);
    t.lo = r.u32s(n);
    for (let i = 1; i < n; i++) {
      const a = t.hi[i - 1] as number;
      const b = t.hi[i] as number;
      if (a > b || (a === b && (t.lo[i - 1] as number) >= (t.lo[i] as number))) throw new CorruptData('fingerprints out of order');
    }
    t.n = n;
    t.lastSeen = new Uint32Array(n);
    for (let i = 0; i < n; i++) t.lastSeen[i] = Math.max(0, top - r.varint());
    const refs = new Array<number>(n);
    t.flags = new Uint8Array(n);
    const withMore: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = r.varint();
      refs[i] = Math.floor(v / 4);
      if (v & 2) withMore.push(i);
      t.flags[i] = v & FLAG_ARTICLE;
    }
    const moreRefs: number[][] = [];
    for (let m = 0; m < withMore.length; m++) {
      const k = r.count(1);
      if (k < 1 || k >= MAX_PAGES_PER_BLOCK) throw new CorruptData('bad page list');
      const list: number[] = [];
      for (let x = 0; x < k; x++) list.push(r.varint());
      moreRefs.push(list);
    }
    if (nPages * 7 > body - r.pos) throw new CorruptData('page count exceeds the data');
    const keys = new Uint32Array(nPages);
    for (let i = 0; i < nPages; i++) {
      const key = r.u32();
      const first = r.varint();
      const last = Math.max(0, top - r.varint());
      const url = r.string(4096);
      keys[i] = key;
      t.pages.set(key, { url: url || null, first, last });
    }
    const resolve = (ref: number): number => {
      if (ref < nPages) return keys[ref] as number;
      const key = ref - nPages;
      if (key > 0xffffffff) throw new CorruptData('bad page reference');
      return key;
    };
    t.firstPage = new Uint32Array(n);
    for (let i = 0; i < n; i++) t.firstPage[i] = resolve(refs[i] as number);
    withMore.forEach((i, m) => t.more.set(hex(t.hi[i] as number, t.lo[i] as number), (moreRefs[m] as number[]).map(resolve)));
    const nTexts = r.count(2);
    let at = 0;
    for (let x = 0; x < nTexts; x++) {
      at += r.varint();
      if (at >= n) throw new CorruptData('bad text index');
      t.texts.set(hex(t.hi[at] as number, t.lo[at] as number), r.string());
    }
    if (!r.done) throw new CorruptData('trailing bytes');
    t.lastSeq = top;
    t.anchor(bytes.length);
    return t;
  }

  /** Check a payload's checksum (cheap: no decoding). Throws CorruptData. */
  static verify(bytes: Uint8Array): void {
    if (bytes.length < 8) throw new CorruptData('too short');
    const body = bytes.length - 4;
    if (checksum(bytes.subarray(0, body)) !== new ByteReader(bytes.subarray(body)).u32()) throw new CorruptData('checksum mismatch');
  }

  /**
   * The high words of the article blocks' fingerprints, read straight from a
   * payload (the fingerprint column and the flag bits only: no pages, no
   * addresses), to index a site for syndication without decoding it.
   */
  static articleKeys(bytes: Uint8Array): Uint32Array {
    const r = new ByteReader(bytes, bytes.length - 4);
    r.varint();
    r.varint();
    const n = r.count(8);
    const hi = r.u32s(n);
    r.pos += n * 4; // low words
    for (let i = 0; i < n; i++) r.varint(); // last seen
    const keys = new Uint32Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) if (r.varint() & FLAG_ARTICLE) keys[k++] = hi[i] as number;
    return keys.subarray(0, k);
  }

  /** Every block with what is known of it (tests, export, the upgrade from format 1). */
  *entries(): Generator<[string, BlockInfo]> {
    for (let i = 0; i < this.n; i++) {
      const fp = hex(this.hi[i] as number, this.lo[i] as number);
      yield [fp, this.block(fp) as BlockInfo];
    }
    for (const [fp, p] of this.pending) yield [fp, p];
  }

  /** Set an entry wholesale (the upgrade from format 1). */
  put(fp: string, info: BlockInfo): void {
    const pages = info.pages.slice(0, MAX_PAGES_PER_BLOCK);
    if (!pages.length) return;
    this.pending.set(fp, { pages: [...pages], last: info.last, article: info.article });
    this.running += ENTRY_BYTES + (pages.length > 1 ? (pages.length - 1) * EXTRA_PAGE_BYTES + 1 : 0);
    if (info.last > this.lastSeq) this.lastSeq = info.last;
    if (this.pending.size >= 1_000_000) this.merge();
  }
}

export { hex as fingerprintHex, split as splitFingerprint, hex8 };
