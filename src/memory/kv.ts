/**
 * Where the extension keeps the memory: a small key-value interface (an index
 * record, one record per site, the problems list), so the same logic runs on
 * IndexedDB in the browser (src/memory/idb.ts) and on a Map in unit tests.
 */
export interface MemoryKV {
  /** The values of `keys` that exist. */
  get(keys: readonly string[]): Promise<Map<string, unknown>>;
  /** Every key with the given prefix. */
  keys(prefix: string): Promise<string[]>;
  /** Write and delete in one atomic step. */
  write(puts: readonly [string, unknown][], deletes: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

/** A KV in memory (tests; and the fallback when the browser refuses IndexedDB, e.g. private mode). */
export class MapKV implements MemoryKV {
  readonly data = new Map<string, unknown>();
  /** Writes seen (tests check that private tabs never write). */
  writes = 0;

  async get(keys: readonly string[]): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    for (const k of keys) if (this.data.has(k)) out.set(k, structuredClone(this.data.get(k)));
    return out;
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.data.keys()].filter((k) => k.startsWith(prefix));
  }

  async write(puts: readonly [string, unknown][], deletes: readonly string[]): Promise<void> {
    this.writes++;
    for (const k of deletes) this.data.delete(k);
    for (const [k, v] of puts) this.data.set(k, structuredClone(v));
  }

  async clear(): Promise<void> {
    this.writes++;
    this.data.clear();
  }
}
