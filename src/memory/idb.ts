/**
 * The memory's IndexedDB store (service worker, Chrome and Firefox): one
 * object store of key → value, values as structured clones (site payloads are
 * Uint8Arrays, no base64). No extra permission is needed and the quota is far
 * above the 25 MB default cap, unlike `storage.local` (10 MB in Chrome
 * without `unlimitedStorage`).
 */
import type { MemoryKV } from './kv';

const DB_NAME = 'winnow-memory';
const STORE = 'kv';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function openIdb(name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE);
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
    r.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
}

export class IdbKV implements MemoryKV {
  constructor(private readonly db: IDBDatabase) {}

  async get(keys: readonly string[]): Promise<Map<string, unknown>> {
    const tx = this.db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const out = new Map<string, unknown>();
    const reads = keys.map(async (k) => {
      const v = await request(store.get(k));
      if (v !== undefined) out.set(k, v);
    });
    await Promise.all([...reads, done(tx)]);
    return out;
  }

  async keys(prefix: string): Promise<string[]> {
    const tx = this.db.transaction(STORE, 'readonly');
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    const [keys] = await Promise.all([request(tx.objectStore(STORE).getAllKeys(range)), done(tx)]);
    return (keys as IDBValidKey[]).map(String);
  }

  async write(puts: readonly [string, unknown][], deletes: readonly string[]): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const k of deletes) store.delete(k);
    for (const [k, v] of puts) store.put(v, k);
    await done(tx);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await done(tx);
  }
}
