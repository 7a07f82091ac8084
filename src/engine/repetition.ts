/**
 * Repetition as a hash index, never a pairwise loop:
 *  - exact copies share a key (canonical text without a trailing "..." or
 *    end punctuation, so a teaser that is the whole standfirst plus "…" matches);
 *  - near-copies (a paragraph pasted again with small edits) meet in a
 *    MinHash LSH bucket and are confirmed by the Jaccard similarity of their
 *    word 2-shingles;
 *  - contained copies (a teaser cut off with "…", a pull quote) are found
 *    through a postings index of the word 4-shingles of longer blocks.
 * Every step is linear in the number of words: buckets and postings lists
 * are capped, so a page of a thousand identical teasers costs no more than a
 * thousand lookups.
 */
import { fnv1a } from './normalize';
import type { Measured } from './measure';
import type { EngineSettings } from './settings';

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

const TRAILING_NOISE = /(?:\s*(?:\.\.\.|…|[.!?:;,\-–—'"”’)]))+\s*$/u;
const LEADING_NOISE = /^[\s\-–—•*·'"“‘(]+/u;

/** The exact-repeat key: canonical text without decoration at either end. */
export function repeatKey(canon: string): string {
  return canon.replace(TRAILING_NOISE, '').replace(LEADING_NOISE, '');
}

// MinHash: 24 hash functions in 8 bands of 3 rows. A pair with Jaccard 0.6
// lands in a shared bucket with probability ~0.87, one with 0.2 with ~0.06.
const HASHES = 24;
const BANDS = 8;
const ROWS = HASHES / BANDS;
const SEEDS_A = new Uint32Array(HASHES);
const SEEDS_B = new Uint32Array(HASHES);
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
/** Shingle length (in words) for near-copy detection. */
const NEAR_SHINGLE = 2;
/** Candidates compared per bucket at most; keeps the worst case linear. */
const BUCKET_CAP = 16;
/** A shingle found in more long blocks than this is too common to tell anything. */
const POSTINGS_CAP = 24;

function shingleHashes(tokens: readonly string[], n: number): Uint32Array {
  if (tokens.length < n) return new Uint32Array(0);
  const out = new Uint32Array(tokens.length - n + 1);
  for (let i = 0; i + n <= tokens.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + n; j++) h = fnv1a(tokens[j] as string, Math.imul(h ^ 0x20, 0x01000193));
    out[i] = h >>> 0;
  }
  return out;
}

function uniqueSorted(a: Uint32Array): Uint32Array {
  const s = a.slice().sort();
  let w = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[w - 1]) s[w++] = s[i] as number;
  return s.subarray(0, w);
}

function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number, y = b[j] as number;
    if (x === y) { inter++; i++; j++; } else if (x < y) i++; else j++;
  }
  return inter / (a.length + b.length - inter);
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

export function findRepetition(items: readonly Measured[], settings: EngineSettings): Repetition {
  const n = items.length;
  const uf = new UnionFind(n);
  const kindOf: (RepeatKind | null)[] = new Array(n).fill(null);

  // 1. Exact copies.
  const keys = new Map<string, number>();
  const exactFirst = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const key = repeatKey((items[i] as Measured).canon);
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

  // 2. Near copies through MinHash LSH over word 3-shingles (one representative per exact group).
  // Word pairs, not triples: one changed word in a ten-word paragraph still leaves it
  // two-thirds the same, while unrelated paragraphs share almost no pairs.
  const shinglesNear: Uint32Array[] = items.map((m) => uniqueSorted(shingleHashes(m.tokens, NEAR_SHINGLE)));
  const buckets = new Map<string, number[]>();
  const sig = new Uint32Array(HASHES);
  for (let i = 0; i < n; i++) {
    const m = items[i] as Measured;
    if (exactFirst[i] !== -1 || m.tokens.length < settings.minWordsNear) continue;
    const sh = shinglesNear[i] as Uint32Array;
    sig.fill(0xffffffff);
    for (let s = 0; s < sh.length; s++) {
      const x = sh[s] as number;
      for (let k = 0; k < HASHES; k++) {
        let h = Math.imul(x ^ (SEEDS_B[k] as number), SEEDS_A[k] as number);
        h ^= h >>> 15;
        h >>>= 0;
        if (h < (sig[k] as number)) sig[k] = h;
      }
    }
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      let key = `${b}`;
      for (let r = 0; r < ROWS; r++) key += ':' + (sig[b * ROWS + r] as number).toString(36);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      for (const j of bucket) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (uf.find(i) === uf.find(j)) continue;
        if (jaccardSorted(sh, shinglesNear[j] as Uint32Array) >= settings.nearDuplicate) {
          uf.union(i, j);
          if (!kindOf[i]) kindOf[i] = 'near';
          if (!kindOf[j]) kindOf[j] = 'near';
        }
      }
      if (bucket.length < BUCKET_CAP) bucket.push(i);
    }
  }

  // 3. Contained copies: postings of 4-shingles of the longer blocks.
  const LONG = 12;
  const postings = new Map<number, number[]>();
  const shingles4: Uint32Array[] = items.map((m) => shingleHashes(truncatedTokens(m), 4));
  for (let i = 0; i < n; i++) {
    if ((items[i] as Measured).tokens.length < LONG || exactFirst[i] !== -1) continue;
    for (const h of uniqueSorted(shingles4[i] as Uint32Array)) {
      let list = postings.get(h);
      if (!list) postings.set(h, (list = []));
      if (list.length <= POSTINGS_CAP) list.push(i);
    }
  }
  const containedIn = new Int32Array(n).fill(-1);
  const containRatio = new Float32Array(n);
  const hits = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const m = items[i] as Measured;
    const sh = uniqueSorted(shingles4[i] as Uint32Array);
    if (m.tokens.length < settings.minWordsContained || sh.length === 0) continue;
    hits.clear();
    for (const h of sh) {
      const list = postings.get(h);
      if (!list || list.length > POSTINGS_CAP) continue;
      for (const j of list) if (j !== i) hits.set(j, (hits.get(j) ?? 0) + 1);
    }
    let best = -1, bestHits = 0;
    for (const [j, c] of hits) {
      if (c > bestHits || (c === bestHits && j < best)) [best, bestHits] = [j, c];
    }
    if (best < 0) continue;
    const ratio = bestHits / sh.length;
    // The holder must be clearly longer; same-length blocks are near copies, handled above.
    const holder = items[best] as Measured;
    if (ratio >= settings.containment && holder.tokens.length >= m.tokens.length * 1.25 && uf.find(i) !== uf.find(best)) {
      containedIn[i] = best;
      containRatio[i] = ratio;
    }
  }

  // Collect groups in page order.
  const groupOf = new Int32Array(n).fill(-1);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = []));
    g.push(i);
  }
  const groups: number[][] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    for (const id of members) groupOf[id] = groups.length;
    groups.push(members);
  }
  groups.sort((a, b) => (a[0] as number) - (b[0] as number));
  groups.forEach((members, gi) => members.forEach((id) => (groupOf[id] = gi)));

  return {
    groups,
    groupOf,
    kindOf,
    containedIn,
    containRatio,
    similarity: (a, b) =>
      repeatKey((items[a] as Measured).canon) === repeatKey((items[b] as Measured).canon)
        ? 1
        : jaccardSorted(shinglesNear[a] as Uint32Array, shinglesNear[b] as Uint32Array),
  };
}

/** A cut-off teaser's last word may itself be cut ("the Grand..."): leave it out. */
function truncatedTokens(m: Measured): string[] {
  return m.truncated && m.tokens.length > 4 ? m.tokens.slice(0, -1) : m.tokens;
}
