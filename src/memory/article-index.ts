/**
 * Which sites hold a given article paragraph: a multimap from the high 32 bits
 * of a block fingerprint to site ids, in two typed arrays with open addressing,
 * so that "was this story seen elsewhere?" costs a few probes per paragraph
 * however many sites are remembered. Only article paragraphs are indexed.
 * Entries are never removed: answers are candidates, checked against the
 * site's own table, and the index is rebuilt from the tables when it fills up
 * (which also drops entries of forgotten sites and blocks).
 */
export class ArticleIndex {
  private keys: Uint32Array;
  private vals: Uint32Array;
  private mask: number;
  size = 0;

  constructor(expected = 0) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  get capacity(): number {
    return this.mask + 1;
  }

  /** True when the index should be rebuilt (more than 70 % full). */
  get full(): boolean {
    return this.size > this.capacity * 0.7;
  }

  private slot(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) & this.mask;
  }

  /** Add (key → site id); site ids start at 1. */
  add(key: number, site: number): void {
    if (this.size >= this.mask) return; // never completely full; the caller rebuilds once `full`
    let i = this.slot(key);
    while (this.vals[i] !== 0) {
      if (this.keys[i] === key && this.vals[i] === site) return;
      i = (i + 1) & this.mask;
    }
    this.keys[i] = key;
    this.vals[i] = site;
    this.size++;
  }

  /** Call `fn` with every site id stored under `key`. */
  forEach(key: number, fn: (site: number) => void): void {
    let i = this.slot(key);
    while (this.vals[i] !== 0) {
      if (this.keys[i] === key) fn(this.vals[i] as number);
      i = (i + 1) & this.mask;
    }
  }
}
