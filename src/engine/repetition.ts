/**
 * Repetition as a hash index, never a pairwise loop:
 *  - exact copies share a key (canonical text without a trailing "..." or
 *    end punctuation, so a teaser that is the whole standfirst plus "…" matches);
 *  - near-copies (a paragraph pasted again with small edits) meet in a
 *    MinHash LSH bucket and are confirmed by the Jaccard similarity of their
 *    word 2-shingles;
 *  - contained copies (a teaser cut off with "…", a pull quote) are found
 *    through a postings index of the word 4-shingles of longer blocks,
 *    walking only as many lists as the containment threshold needs
 *    (prefix filtering) and counting each candidate's shared shingles exactly.
 * Every step is linear in the number of words: buckets and postings lists
 * are capped, so a page of a thousand identical teasers costs no more than a
 * thousand lookups.
 */
import { scanWordChar, tokenize, tokenOverlap, tokensOf, type Measured } from './measure';
import type { EngineSettings } from './settings';
import { FNV_OFFSET, FNV_PRIME } from './normalize';

export type RepeatKind = 'exact' | 'near';

export interface Repetition {
  /** Groups of blocks that are copies of each other (exact or near), each in page order; only groups of 2+. */
  groups: number[][];
  /** groupOf[id] → index into groups, or -1. */
  groupOf: Int32Array;
  /** How each member came into its group: 'exact' when its key equals another member's. */
  kindOf: (RepeatKind | null)[];
  /** containedIn[id] → id of a longer block that holds this one's words, or -1. */
  containedIn: Int32Array;
  /** Share of this block's 4-shingles found in containedIn[id]. */
  containRatio: Float32Array;
  /** Jaccard similarity of two blocks' word-pair sets (1 for identical texts). */
  similarity(a: number, b: number): number;
}

// The exact-repeat key strips, at the end, the longest run of whitespace and these marks
// when it holds at least one mark (what /(?:\s*(?:\.\.\.|…|[.!?:;,\-–—'"”’)]))+\s*$/u removes),
// then, at the start, the longest run of whitespace and the opening marks below
// (/^[\s\-–—•*·'"“‘(]+/u). Plain scans: this runs on every block.
const TRAILING_MARKS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x2c, 0x2d, 0x2013, 0x2014, 0x27, 0x22, 0x201d, 0x2019, 0x29, 0x2026]);
const LEADING_MARKS = new Set([0x2d, 0x2013, 0x2014, 0x2022, 0x2a, 0xb7, 0x27, 0x22, 0x201c, 0x2018, 0x28]);

/** JavaScript's \s: WhiteSpace and LineTerminator code points. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The exact-repeat key: canonical text without decoration at either end. */
export function repeatKey(canon: string): string {
  let end = canon.length;
  let q = end;
  let mark = false;
  while (q > 0) {
    const c = canon.charCodeAt(q - 1);
    if (TRAILING_MARKS.has(c)) mark = true;
    else if (!isJsSpace(c)) break;
    q--;
  }
  if (mark) end = q;
  let start = 0;
  while (start < end) {
    const c = canon.charCodeAt(start);
    if (!LEADING_MARKS.has(c) && !isJsSpace(c)) break;
    start++;
  }
  return start === 0 && end === canon.length ? canon : canon.slice(start, end);
}

// MinHash: 24 hash functions in 8 bands of 3 rows. A pair with Jaccard 0.6
// lands in a shared bucket with probability ~0.87, one with 0.2 with ~0.06.
const HASHES = 24;
const BANDS = 8;
const ROWS = HASHES / BANDS;
const SEEDS_A = new Uint32Array(HASHES);
const SEEDS_B = new Uint32Array(HASHES);
const SEEDS_A_SIGNED = new Int32Array(SEEDS_A.buffer);
const SEEDS_B_SIGNED = new Int32Array(SEEDS_B.buffer);
{
  // Fixed pseudo-random seeds (xorshift32) so results are deterministic.
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    SEEDS_A[i] = x | 1;
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    SEEDS_B[i] = x;
  }
}
/** How many blocks on a near copy is compared outright, and how much less alike it may be there. */
const NEIGHBOURS = 3;
const NEIGHBOUR_EASING = 0.1;
const EDITED_NEIGHBOUR_WORDS = 0.8;

/**
 * A copy keeps its figures, however its words were edited (it may add a year, or drop the
 * dateline's day): those of one block are all the other's. Entries of a list built alike
 * ("For weight loss, a realistic rate is 0.5-1% …" / "For muscle gain, a realistic rate is
 * 0.25-0.5% …", "April 15: First quarter …" / "June 15: Second quarter …") differ in them.
 * Figures compare without their separators ("Rs 1,250" is "Rs 1250").
 */
function sameFigures(a: Measured, b: Measured): boolean {
  const fa = figuresOf(a.canon);
  const fb = figuresOf(b.canon);
  const [fewer, more] = fa.size <= fb.size ? [fa, fb] : [fb, fa];
  for (const f of fewer) if (!more.has(f)) return false;
  return true;
}
const FIGURE = /\d(?:[\d,.]*\d)?/g;
function figuresOf(canon: string): Set<string> {
  const found = canon.match(FIGURE);
  return new Set(found ? found.map((f) => f.replace(/[,.]/g, '')) : []);
}

/** Candidates compared per bucket at most; keeps the worst case linear. */
const BUCKET_CAP = 16;
/** A shingle found in more long blocks than this is too common to tell anything. */
const POSTINGS_CAP = 24;

/**
 * Scratch typed arrays kept from one findRepetition call to the next (pages are analysed
 * one at a time, synchronously): the big tables that die inside the call reuse the last
 * page's memory instead of allocating it again (in a browser, a fresh multi-kilobyte
 * buffer is zeroed memory and new pages for the process, and later garbage). An array may
 * be longer than asked and hold the last page's values: every user writes an element
 * before it reads it, or clears what it needs. Nothing that outlives the call (the
 * similarity sets, the result arrays) comes from here. Arrays over KEEP_MAX elements are
 * not kept, so one huge page does not pin its tables.
 */
const KEEP_MAX = 1 << 16;
const keptI32 = new Map<string, Int32Array>();
const keptU32 = new Map<string, Uint32Array>();
const keptU16 = new Map<string, Uint16Array>();
const keptU8 = new Map<string, Uint8Array>();

function scratch<T extends { length: number }>(kept: Map<string, T>, make: (n: number) => T, name: string, size: number): T {
  const old = kept.get(name);
  if (old !== undefined && old.length >= size) return old;
  const fresh = make(size);
  if (size <= KEEP_MAX) kept.set(name, fresh);
  return fresh;
}
const scratchI32 = (name: string, size: number): Int32Array => scratch(keptI32, (n) => new Int32Array(n), name, size);
const scratchU32 = (name: string, size: number): Uint32Array => scratch(keptU32, (n) => new Uint32Array(n), name, size);
const scratchU16 = (name: string, size: number): Uint16Array => scratch(keptU16, (n) => new Uint16Array(n), name, size);
const scratchU8 = (name: string, size: number): Uint8Array => scratch(keptU8, (n) => new Uint8Array(n), name, size);
/**
 * A scratch array whose first `size` elements are 0. A new typed array is zeroed already:
 * only a kept one is cleared (clearing a fresh table of a very large page again would touch
 * tens of megabytes for nothing).
 */
function zeroedI32(name: string, size: number): Int32Array {
  const before = keptI32.get(name);
  const a = scratchI32(name, size);
  if (a === before) a.fill(0, 0, size);
  return a;
}
function zeroedU8(name: string, size: number): Uint8Array {
  const before = keptU8.get(name);
  const a = scratchU8(name, size);
  if (a === before) a.fill(0, 0, size);
  return a;
}

/**
 * Every block's words laid out once per page as " w0 w1 w2 …" in one code-unit buffer,
 * shared by both shingle sizes: a shingle's hash is then one tight loop over a typed
 * array. Each word is hashed n times per set; reading its characters from the token
 * strings each time (slices of all shapes) cost more than the hashing itself.
 * Block i's word j starts (at its leading space) at pos[first[i] + j]; pos[first[i] + count]
 * is where its last word ends.
 *
 * The words are copied straight from each block's canonical text by the tokenizer's own
 * plain scan, so no token string is made again; a text the scan cannot read (unspaced
 * scripts, letters above U+0530) is tokenized in full instead.
 */
class WordBuffer {
  readonly chars: Uint16Array;
  readonly pos: Int32Array;
  readonly first: Int32Array;

  constructor(items: readonly Pick<Measured, 'canon' | 'tokenCount'>[]) {
    const count = items.length;
    let words = 0;
    let len = 0;
    for (let i = 0; i < count; i++) {
      const m = items[i] as Pick<Measured, 'canon' | 'tokenCount'>;
      words += m.tokenCount;
      // A space before each word, and no more word characters than the text has.
      len += m.tokenCount + m.canon.length;
    }
    // Written below before anything reads them (up to pos[] of the last block): scratch memory serves.
    const chars = (this.chars = scratchU16('words.chars', len));
    const pos = (this.pos = scratchI32('words.pos', words + count));
    const first = (this.first = new Int32Array(count));
    let q = 0;
    let p = 0;
    for (let i = 0; i < count; i++) {
      const canon = (items[i] as Pick<Measured, 'canon' | 'tokenCount'>).canon;
      first[i] = p;
      const q0 = q;
      let inWord = false;
      let scanned = true;
      for (let k = 0; k < canon.length; k++) {
        const c = canon.charCodeAt(k);
        const w = scanWordChar(c);
        if (w < 0) {
          scanned = false;
          break;
        }
        if (w === 0) inWord = false;
        else {
          if (!inWord) {
            pos[p++] = q;
            chars[q++] = 0x20;
            inWord = true;
          }
          chars[q++] = c;
        }
      }
      if (!scanned) {
        q = q0;
        p = first[i] as number;
        for (const t of tokenize(canon).tokens) {
          pos[p++] = q;
          chars[q++] = 0x20;
          for (let c = 0; c < t.length; c++) chars[q++] = t.charCodeAt(c);
        }
      }
      pos[p++] = q;
    }
  }
}

/**
 * Each block's distinct word n-shingle hashes, sorted, all in one typed array (one
 * allocation per page instead of one or two per block). A shingle's hash is FNV-1a
 * (32-bit) over " w1 w2 … wn" (a space before each word): the same value as chaining
 * normalize.ts's fnv1a over the words. Made by shingleSets(); block i's hashes are
 * data[start[i] .. start[i] + size[i]).
 */
class ShingleSets {
  readonly data: Uint32Array;
  readonly signed: Int32Array;
  readonly start: Int32Array;
  readonly size: Int32Array;

  /**
   * Room for every n-shingle of the first wordsOf[i] words of each block i (0: none);
   * size[i] is that count until seal(). `scratchName`: take the hash array from the scratch
   * pool (only for sets that do not outlive findRepetition).
   */
  constructor(wordsOf: Int32Array, n: number, scratchName: string | null = null) {
    const count = wordsOf.length;
    this.start = new Int32Array(count);
    this.size = new Int32Array(count);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const nt = wordsOf[i] as number;
      this.start[i] = total;
      if (nt >= n) total += this.size[i] = nt - n + 1;
    }
    this.data = scratchName === null ? new Uint32Array(total) : scratchU32(scratchName, total);
    this.signed = new Int32Array(this.data.buffer);
  }

  /** Sorts each block's hashes and drops repeats, in place; size[i] becomes the distinct count. */
  seal(): void {
    const data = this.data;
    for (let i = 0; i < this.start.length; i++) {
      const from = this.start[i] as number;
      const to = from + (this.size[i] as number);
      if (to === from) continue;
      // Most blocks have a few dozen shingles or fewer: an insertion sort in place beats a
      // subarray view plus the builtin sort's runtime call per block (same result: sorting
      // numbers has one answer).
      if (to - from > INSERTION_SORT_MAX) data.subarray(from, to).sort();
      else insertionSort(data, from, to);
      let u = from + 1;
      for (let k = from + 1; k < to; k++) if (data[k] !== data[u - 1]) data[u++] = data[k] as number;
      this.size[i] = u - from;
    }
  }

  /** Jaccard similarity of two blocks' sets. */
  jaccard(a: number, b: number): number {
    const la = this.size[a] as number, lb = this.size[b] as number;
    if (!la || !lb) return 0;
    const d = this.data;
    let i = this.start[a] as number, j = this.start[b] as number;
    const ea = i + la, eb = j + lb;
    let inter = 0;
    while (i < ea && j < eb) {
      const x = d[i] as number, y = d[j] as number;
      if (x === y) { inter++; i++; j++; } else if (x < y) i++; else j++;
    }
    return inter / (la + lb - inter);
  }
}

/**
 * The word 2-shingle (pairs) and 4-shingle (fours) sets of every block, hashed in one pass:
 * FNV-1a reads left to right, so the state after a window's first two words is its pair
 * hash, and going on over the next two words gives its four hash. Each character is hashed
 * four times instead of 2 + 4. fourWords[i] ≤ pairWords[i]: the fours use a prefix of the
 * words the pairs use.
 */
function shingleSets(words: WordBuffer, pairWords: Int32Array, fourWords: Int32Array): { pairs: ShingleSets; fours: ShingleSets } {
  // The pairs outlive findRepetition (similarity()); the fours do not.
  const pairs = new ShingleSets(pairWords, 2);
  const fours = new ShingleSets(fourWords, 4, 'fours');
  const buf = words.chars;
  const pos = words.pos;
  const pd = pairs.data;
  const fd = fours.data;
  for (let i = 0; i < pairWords.length; i++) {
    const p0 = words.first[i] as number;
    const nPairs = pairs.size[i] as number;
    const nFours = fours.size[i] as number;
    let wp = pairs.start[i] as number;
    let wf = fours.start[i] as number;
    for (let k = 0; k < nPairs; k++) {
      let h = FNV_OFFSET;
      for (let c = pos[p0 + k] as number, e = pos[p0 + k + 2] as number; c < e; c++) h = Math.imul(h ^ (buf[c] as number), FNV_PRIME);
      pd[wp++] = h >>> 0;
      if (k >= nFours) continue;
      for (let c = pos[p0 + k + 2] as number, e = pos[p0 + k + 4] as number; c < e; c++) h = Math.imul(h ^ (buf[c] as number), FNV_PRIME);
      fd[wf++] = h >>> 0;
    }
  }
  pairs.seal();
  fours.seal();
  return { pairs, fours };
}

/** Runs up to this long are sorted by insertionSort; longer ones by the builtin sort. */
const INSERTION_SORT_MAX = 32;

/** Sorts a[from..to) ascending, in place. */
function insertionSort(a: Uint32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = a[i] as number;
    let j = i - 1;
    while (j >= from && (a[j] as number) > x) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = x;
  }
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x] as number] as number;
      x = p[x] as number;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Slots for a linear-probing table of at most `entries` keys: a power of two, with the load
 * kept at most 2/3 (probes stay short) but no emptier than it must be: on a large page the
 * tables are tens of megabytes, and every byte more is memory to fault in and cache misses.
 */
function tableSize(entries: number): number {
  let cap = 16;
  while (cap < entries * 1.5) cap *= 2;
  return cap;
}

/**
 * Lists of block ids under 32-bit keys, each list in insertion order and capped:
 * an open-addressing table over typed arrays (no Map of boxed numbers, no array per key).
 * A key may carry up to `width` 32-bit words (all compared); lists are chained through a pool.
 */
class CappedLists {
  private readonly mask: number;
  private readonly used: Uint8Array;
  private readonly keys: Uint32Array;
  readonly head: Int32Array;
  private readonly tail: Int32Array;
  readonly len: Int32Array;
  readonly next: Int32Array;
  readonly val: Int32Array;
  private size = 0;

  /** `name` keeps this table's arrays apart from other tables' in the scratch pool. */
  constructor(name: string, maxKeys: number, private readonly width: number, maxValues: number) {
    const cap = tableSize(maxKeys);
    this.mask = cap - 1;
    // Only `used` is read before it is written (a slot's other fields are set when it is
    // taken, a value's when it is pushed): the rest may hold the last page's values.
    this.used = zeroedU8(name + '.used', cap);
    this.keys = scratchU32(name + '.keys', cap * width);
    this.head = scratchI32(name + '.head', cap);
    this.tail = scratchI32(name + '.tail', cap);
    this.len = scratchI32(name + '.len', cap);
    this.next = scratchI32(name + '.next', maxValues);
    this.val = scratchI32(name + '.val', maxValues);
  }

  /** The slot of `key` (words key[0..width)); creates it when `create`; -1 when absent. */
  slot(key: Uint32Array, hash: number, create: boolean): number {
    const w = this.width;
    let i = hash & this.mask;
    for (;;) {
      if (!this.used[i]) {
        if (!create) return -1;
        this.used[i] = 1;
        for (let k = 0; k < w; k++) this.keys[i * w + k] = key[k] as number;
        this.head[i] = -1;
        this.tail[i] = -1;
        this.len[i] = 0;
        return i;
      }
      let same = true;
      for (let k = 0; k < w; k++) if (this.keys[i * w + k] !== key[k]) { same = false; break; }
      if (same) return i;
      i = (i + 1) & this.mask;
    }
  }

  push(slot: number, value: number): void {
    const v = this.size++;
    this.val[v] = value;
    this.next[v] = -1;
    if (this.tail[slot] === -1) this.head[slot] = v;
    else this.next[this.tail[slot] as number] = v;
    this.tail[slot] = v;
    this.len[slot]++;
  }
}

/**
 * The postings of the long blocks' 4-shingles: for each distinct shingle, the blocks that
 * hold it, in page order, in one array. Built in two passes over the same shingles: add()
 * counts (and returns each shingle's slot, for the second pass and for lookups), layout()
 * gives each list its place, fill() writes it. A list is read as one contiguous run, and a
 * slot's key, count and list start sit side by side: on a large page, where the table no
 * longer fits in the processor's caches, a lookup costs one or two memory reads instead of
 * one per field and per list entry.
 * A shingle held by more than POSTINGS_CAP blocks is too common to tell anything: its list
 * is left empty and tooCommon() says so.
 */
class Postings {
  private readonly mask: number;
  /** Per slot, 3 words: the shingle hash, how many blocks hold it (0: a free slot), where its list starts. */
  private readonly slots: Int32Array;
  private readonly val: Int32Array;

  constructor(maxKeys: number) {
    const cap = tableSize(maxKeys);
    this.mask = cap - 1;
    this.slots = zeroedI32('postings.slots', cap * 3);
    this.val = scratchI32('postings.val', maxKeys);
  }

  private find(hash: number): number {
    const t = this.slots;
    let i = mix32(hash) & this.mask;
    while (t[i * 3 + 1] !== 0 && t[i * 3] !== hash) i = (i + 1) & this.mask;
    return i;
  }

  /** Counts one more block holding `hash` (a shingle hash, as a signed 32-bit value); returns its slot. */
  add(hash: number): number {
    const i = this.find(hash);
    this.slots[i * 3] = hash;
    this.slots[i * 3 + 1]++;
    return i;
  }

  /** The slot of `hash`, or -1 when no long block holds it. */
  lookup(hash: number): number {
    const i = this.find(hash);
    return this.slots[i * 3 + 1] === 0 ? -1 : i;
  }

  /** After every add(): each list's end, where fill() (walking the shingles backwards) starts. */
  layout(): void {
    const t = this.slots;
    let end = 0;
    for (let i = 0; i <= this.mask; i++) {
      const c = t[i * 3 + 1] as number;
      if (c === 0 || c > POSTINGS_CAP) continue;
      end += c;
      t[i * 3 + 2] = end;
    }
  }

  /** Adds `block` to the slot's list; called in reverse page order, so that each list ends up in page order. */
  fill(slot: number, block: number): void {
    const t = this.slots;
    if ((t[slot * 3 + 1] as number) > POSTINGS_CAP) return;
    const at = (t[slot * 3 + 2] as number) - 1;
    t[slot * 3 + 2] = at;
    this.val[at] = block;
  }

  tooCommon(slot: number): boolean {
    return this.length(slot) > POSTINGS_CAP;
  }

  /** The slot's list: blocks list[from .. from + length). */
  from(slot: number): number {
    return this.slots[slot * 3 + 2] as number;
  }
  /** How many blocks hold the slot's shingle (its list's length, unless tooCommon()). */
  length(slot: number): number {
    return this.slots[slot * 3 + 1] as number;
  }
  get list(): Int32Array {
    return this.val;
  }
}

/** Murmur3's finaliser: spreads a 32-bit key over the table. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/**
 * Which eligible blocks could have a near copy at all. Two blocks with Jaccard
 * similarity ≥ t share at least t·|A| of A's pairs, so a block whose pairs occur
 * in no other eligible block often enough cannot reach t with anyone: it needs
 * no MinHash signature (most blocks of a page are like that). One count per
 * distinct pair hash, over an open-addressing table: linear in the pairs.
 */
function sharesEnoughPairs(sets: ShingleSets, n: number, eligible: (i: number) => boolean, t: number): Uint8Array {
  let total = 0;
  for (let i = 0; i < n; i++) if (eligible(i)) total += sets.size[i] as number;
  const out = new Uint8Array(n);
  if (total === 0) return out;
  const cap = tableSize(total);
  const mask = cap - 1;
  // One table of [hash, count] pairs: a probe reads both from one place (on a large page
  // each separate array would be a separate cache miss). Count 0: a free slot.
  const table = zeroedI32('pairCount.table', cap * 2);
  const slotOf = (h: number): number => {
    let k = mix32(h) & mask;
    while (table[k * 2 + 1] !== 0 && table[k * 2] !== h) k = (k + 1) & mask;
    return k;
  };
  const d = sets.signed;
  for (let i = 0; i < n; i++) {
    if (!eligible(i)) continue;
    for (let s = sets.start[i] as number, end = s + (sets.size[i] as number); s < end; s++) {
      const h = d[s] as number;
      const k = slotOf(h);
      table[k * 2] = h;
      table[k * 2 + 1]++;
    }
  }
  for (let i = 0; i < n; i++) {
    if (!eligible(i)) continue;
    const size = sets.size[i] as number;
    let shared = 0;
    for (let s = sets.start[i] as number, end = s + size; s < end; s++) if ((table[slotOf(d[s] as number) * 2 + 1] as number) > 1) shared++;
    // The margin keeps a pair at exactly t (in floating point) on the safe side.
    if (shared >= t * size - 1e-9) out[i] = 1;
  }
  return out;
}

/** The fewest shared shingles h (at least 1) with h / size >= ratio, as the ratio test computes it. */
function leastHits(size: number, ratio: number): number {
  let h = Math.max(1, Math.ceil(ratio * size));
  while (h > 1 && (h - 1) / size >= ratio) h--;
  while (h / size < ratio) h++;
  return h;
}

export function findRepetition(items: readonly Measured[], settings: EngineSettings): Repetition {
  const n = items.length;
  const uf = new UnionFind(n);
  const kindOf: (RepeatKind | null)[] = new Array(n).fill(null);

  // 1. Exact copies.
  const keyOf: string[] = new Array(n);
  const keys = new Map<string, number>();
  const exactFirst = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const key = repeatKey((items[i] as Measured).canon);
    keyOf[i] = key;
    if (!key) continue;
    const first = keys.get(key);
    if (first === undefined) keys.set(key, i);
    else {
      uf.union(first, i);
      exactFirst[i] = first;
      kindOf[i] = 'exact';
      kindOf[first] = 'exact';
    }
  }

  // 2. Near copies through MinHash LSH over word 2-shingles (one representative per exact group).
  // Word pairs, not triples: one changed word in a ten-word paragraph still leaves it
  // two-thirds the same, while unrelated paragraphs share almost no pairs.
  // Every block's set is made (similarity() may ask for any block's).
  // The 4-shingles of step 3 are hashed in the same pass: for the longer blocks (holders)
  // and for the blocks that may be contained in one.
  const LONG = 12;
  const isHolder = (i: number): boolean => (items[i] as Measured).tokenCount >= LONG && exactFirst[i] === -1;
  const pairWords = new Int32Array(n);
  const fourWords = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const m = items[i] as Measured;
    pairWords[i] = m.tokenCount;
    // The words used are a prefix of the block's, so the same buffer serves: only the count differs.
    fourWords[i] = isHolder(i) || m.tokenCount >= settings.minWordsContained ? containedWords(m) : 0;
  }
  const { pairs: near, fours: four } = shingleSets(new WordBuffer(items), pairWords, fourWords);
  const isEligible = (i: number): boolean => exactFirst[i] === -1 && (items[i] as Measured).tokenCount >= settings.minWordsNear;
  // Two blocks alike enough are near copies when they also keep the same figures.
  const joinNear = (i: number, j: number): void => {
    if (!sameFigures(items[i] as Measured, items[j] as Measured)) return;
    uf.union(i, j);
    if (!kindOf[i]) kindOf[i] = 'near';
    if (!kindOf[j]) kindOf[j] = 'near';
  };
  const mayHaveNearCopy = sharesEnoughPairs(near, n, isEligible, settings.nearDuplicate);
  let eligible = 0;
  for (let i = 0; i < n; i++) if (mayHaveNearCopy[i]) eligible++;
  if (eligible > 0) {
    // A bucket is keyed by its band and the band's ROWS signature values, compared exactly.
    const buckets = new CappedLists('buckets', eligible * BANDS, 1 + ROWS, eligible * BANDS);
    const bucketKey = new Uint32Array(1 + ROWS);
    const sig = new Uint32Array(HASHES);
    const seenBy = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (!mayHaveNearCopy[i]) continue;
      const from = near.start[i] as number;
      const end = from + (near.size[i] as number);
      const data = near.signed;
      for (let k = 0; k < HASHES; k++) {
        const a = SEEDS_A_SIGNED[k] as number;
        const bk = SEEDS_B_SIGNED[k] as number;
        let min = 0x7fffffff;
        for (let s = from; s < end; s++) {
          let h = Math.imul((data[s] as number) ^ bk, a);
          h = (h ^ (h >>> 15) ^ 0x80000000) | 0;
          if (h < min) min = h;
        }
        sig[k] = (min ^ 0x80000000) >>> 0;
      }
      for (let b = 0; b < BANDS; b++) {
        bucketKey[0] = b;
        let hash = mix32(b + 1);
        for (let r = 0; r < ROWS; r++) {
          const v = sig[b * ROWS + r] as number;
          bucketKey[1 + r] = v;
          hash = mix32(hash ^ v);
        }
        const slot = buckets.slot(bucketKey, hash, true);
        for (let e = buckets.head[slot] as number; e !== -1; e = buckets.next[e] as number) {
          const j = buckets.val[e] as number;
          if (seenBy[j] === i) continue;
          seenBy[j] = i;
          if (uf.find(i) === uf.find(j)) continue;
          if (near.jaccard(i, j) >= settings.nearDuplicate) joinNear(i, j);
        }
        if ((buckets.len[slot] as number) < BUCKET_CAP) buckets.push(slot, i);
      }
    }
  }

  // 2b. A copy pasted close to its paragraph (an edited repeat set right under it, or a block
  // or two further down) is compared outright, not left to MinHash's odds (a pair at 0.6
  // escapes the buckets one time in seven): a linear pass over near neighbours. Right under
  // it, a little less likeness makes a copy when nearly all its words are the paragraph's
  // ("unter anderem" for "vor allem" and "Hamburg" for "den Hafen" in thirty words); a list's
  // entries built alike ("Victor N. Burton: Dealing in methamphetamine, … bond." / "Jonathan
  // P. Blair: Possession of methamphetamine, … bond.") differ in more of their words.
  const editedPair = (i: number, j: number, similarity: number): boolean =>
    j === i + 1 &&
    similarity >= settings.nearDuplicate - NEIGHBOUR_EASING &&
    tokenOverlap(new Set(tokensOf(items[i] as Measured)), new Set(tokensOf(items[j] as Measured))) >= EDITED_NEIGHBOUR_WORDS;
  // (Only blocks of a paragraph's length: a list's short entries, "Step #3: How many sets …",
  // share their frame.)
  const isNeighbourChecked = (i: number): boolean => isEligible(i) && (items[i] as Measured).tokenCount >= LONG;
  for (let i = 0; i < n; i++) {
    if (!isNeighbourChecked(i)) continue;
    for (let j = i + 1; j <= i + NEIGHBOURS && j < n; j++) {
      if (!isNeighbourChecked(j) || uf.find(i) === uf.find(j)) continue;
      const similarity = near.jaccard(i, j);
      if (similarity >= settings.nearDuplicate || editedPair(i, j, similarity)) joinNear(i, j);
    }
  }

  // 3. Contained copies: postings of 4-shingles (made above) of the longer blocks.
  let postingKeys = 0;
  for (let i = 0; i < n; i++) if (isHolder(i)) postingKeys += four.size[i] as number;
  const containedIn = new Int32Array(n).fill(-1);
  const containRatio = new Float32Array(n);
  if (postingKeys > 0) {
    const postings = new Postings(postingKeys);
    const hashes = four.signed;
    // Each holder shingle's slot, kept for filling and for the lookups below (a holder looks up its own shingles too).
    const slotOfShingle = scratchI32('slotOfShingle', four.data.length);
    for (let i = 0; i < n; i++) {
      if (!isHolder(i)) continue;
      for (let s = four.start[i] as number, end = s + (four.size[i] as number); s < end; s++) slotOfShingle[s] = postings.add(hashes[s] as number);
    }
    postings.layout();
    for (let i = n - 1; i >= 0; i--) {
      if (!isHolder(i)) continue;
      for (let s = four.start[i] as number, end = s + (four.size[i] as number); s < end; s++) postings.fill(slotOfShingle[s] as number, i);
    }
    const list = postings.list;
    const data = four.data;
    // Per block: its counted shingles (a long block holds them, and not too many do), as
    // positions in `four` (ascending, so their hashes are sorted) and list slots.
    let maxSize = 0;
    for (let i = 0; i < n; i++) maxSize = Math.max(maxSize, four.size[i] as number);
    const countedPos = new Int32Array(maxSize);
    const countedSlot = new Int32Array(maxSize);
    const lengths = new Int32Array(POSTINGS_CAP + 1);
    const stamp = new Int32Array(n).fill(-1);
    const candidates = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const m = items[i] as Measured;
      const size = four.size[i] as number;
      if (m.tokenCount < settings.minWordsContained || size === 0) continue;
      const ownSlots = isHolder(i);
      let counted = 0;
      for (let s = four.start[i] as number, end = s + size; s < end; s++) {
        const slot = ownSlots ? (slotOfShingle[s] as number) : postings.lookup(hashes[s] as number);
        if (slot < 0 || postings.tooCommon(slot)) continue;
        countedPos[counted] = s;
        countedSlot[counted++] = slot;
      }
      // A holder counts at most `counted` of this block's shingles: fewer than `need` cannot
      // make the ratio. Otherwise (prefix filtering, as in set-similarity joins) a holder with
      // `need` of them has at least one among any counted − need + 1 of them: walk only that
      // many lists, short ones, for candidates, then count each candidate's shared shingles
      // exactly by merging the two sorted sets. The best holder is the one counting every
      // list would find, without walking lists that can only add holders too weak to matter.
      const need = leastHits(size, settings.containment);
      if (counted < need) continue;
      const walk = counted - need + 1;
      // Walk `walk` lists (any would do), none longer than the walk-th shortest.
      lengths.fill(0);
      for (let k = 0; k < counted; k++) lengths[postings.length(countedSlot[k] as number)]++;
      let upTo = 0;
      for (let acc = 0; acc < walk; ) acc += lengths[++upTo] as number;
      let nCand = 0;
      let left = walk;
      for (let k = 0; k < counted && left > 0; k++) {
        const slot = countedSlot[k] as number;
        const length = postings.length(slot);
        if (length > upTo) continue;
        left--;
        for (let e = postings.from(slot), to = e + length; e < to; e++) {
          const j = list[e] as number;
          if (j === i || stamp[j] === i) continue;
          stamp[j] = i;
          candidates[nCand++] = j;
        }
      }
      // The block holding most of this one's shingles; on a tie, the earliest.
      let best = -1, bestHits = 0;
      for (let c = 0; c < nCand; c++) {
        const j = candidates[c] as number;
        let hitsJ = 0;
        let a = 0;
        for (let b = four.start[j] as number, eb = b + (four.size[j] as number); a < counted && b < eb; ) {
          const x = data[countedPos[a] as number] as number, y = data[b] as number;
          if (x === y) {
            hitsJ++;
            a++;
            b++;
          } else if (x < y) a++;
          else b++;
        }
        if (hitsJ > bestHits || (hitsJ === bestHits && j < best)) [best, bestHits] = [j, hitsJ];
      }
      if (best < 0) continue;
      const ratio = bestHits / size;
      // The holder must be clearly longer; same-length blocks are near copies, handled above.
      const holder = items[best] as Measured;
      if (ratio >= settings.containment && holder.tokenCount >= m.tokenCount * 1.25 && uf.find(i) !== uf.find(best)) {
        containedIn[i] = best;
        containRatio[i] = ratio;
      }
    }
  }

  // Collect groups in page order (of their first members). Most blocks are alone in their
  // set: count members per root first, so that only real groups get an array.
  const rootOf = new Int32Array(n);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[(rootOf[i] = uf.find(i))]++;
  const groupOf = new Int32Array(n).fill(-1);
  const groupOfRoot = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const r = rootOf[i] as number;
    if ((members[r] as number) < 2) continue;
    let g = groupOfRoot[r] as number;
    if (g < 0) {
      g = groupOfRoot[r] = groups.length;
      groups.push([]);
    }
    (groups[g] as number[]).push(i);
    groupOf[i] = g;
  }

  return {
    groups,
    groupOf,
    kindOf,
    containedIn,
    containRatio,
    similarity: (a, b) => (keyOf[a] === keyOf[b] ? 1 : near.jaccard(a, b)),
  };
}

/** How many of a block's words its 4-shingles use: a cut-off teaser's last word may itself be cut ("the Grand..."), so it is left out. */
function containedWords(m: Measured): number {
  return m.truncated && m.tokenCount > 4 ? m.tokenCount - 1 : m.tokenCount;
}
