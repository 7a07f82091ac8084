/**
 * A small in-memory stand-in for the parts of webextension-polyfill that the
 * settings, popup and options code use. The real polyfill throws outside an
 * extension, so unit tests `vi.mock('webextension-polyfill', ...)` with this.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export function makeFakeBrowser() {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length) for (const l of listeners) l(changes, 'sync');
  };
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  const sync = {
    async get(keys?: null | string | string[] | Record<string, unknown>) {
      const out: Record<string, unknown> = {};
      if (keys === null || keys === undefined) {
        for (const [k, v] of data) out[k] = clone(v);
      } else if (typeof keys === 'string' || Array.isArray(keys)) {
        for (const k of [keys].flat()) if (data.has(k)) out[k] = clone(data.get(k));
      } else {
        for (const [k, d] of Object.entries(keys)) out[k] = data.has(k) ? clone(data.get(k)) : d;
      }
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: clone(v) };
        data.set(k, clone(v));
      }
      emit(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const k of [keys].flat()) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      emit(changes);
    },
    async clear() {
      data.clear();
    },
  };
  return {
    data,
    browser: {
      storage: {
        sync,
        onChanged: {
          addListener: (l: Listener) => listeners.add(l),
          removeListener: (l: Listener) => listeners.delete(l),
        },
      },
    },
  };
}
