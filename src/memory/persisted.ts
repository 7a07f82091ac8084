/**
 * The memory as the service worker keeps it: the pure store over a key-value
 * backend, one record per site plus an index, so that
 *   - a content script's question ("what is this site's template?") loads the
 *     index and that one site only (fast, even with 50,000 pages remembered);
 *   - a page's report loads the other sites once per worker lifetime (to look
 *     for the story elsewhere), records the page, and writes back only the
 *     site that changed, shortly after (one transaction);
 *   - damage found while loading (a record that does not decode, an index that
 *     does not parse) costs only the damaged part, and is kept in a list the
 *     options page shows.
 * Every operation runs one at a time (a worker answers several tabs at once).
 */
import type { MemoryKV } from './kv';
import { articleFingerprints } from './select';
import { MemoryStore, type MemoryOptions, type SiteRecord } from './store';
import type { MemoryRecordReply, RecordedBlock, TemplateSnapshot } from './types';
import { siteOfUrl } from './url';

const INDEX = 'index';
const SITE = 'site:';
const PROBLEMS = 'problems';
const MAX_PROBLEMS = 20;

export interface ProblemNote {
  /** ISO time it was found. */
  at: string;
  text: string;
}

export class PersistedMemory {
  private store: MemoryStore | null = null;
  private loading: Promise<MemoryStore> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private problemList: ProblemNote[] | null = null;
  private options: MemoryOptions;

  constructor(
    private readonly kv: MemoryKV,
    options: Partial<MemoryOptions> = {},
    private readonly flushDelayMs = 800,
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...new MemoryStore().options, ...options };
  }

  /** New settings (cap, threshold, keep text); a lowered cap applies at once. */
  async configure(options: Partial<MemoryOptions>): Promise<void> {
    const before = this.options;
    this.options = { ...this.options, ...options };
    if (!this.store) return;
    this.store.setOptions(this.options);
    if (this.options.capBytes < before.capBytes) {
      await this.exclusive(async (store) => {
        if (store.applyCap().length) this.scheduleFlush();
      });
    }
  }

  private exclusive<T>(fn: (store: MemoryStore) => Promise<T> | T): Promise<T> {
    const run = this.chain.then(async () => fn(await this.load()));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private load(): Promise<MemoryStore> {
    if (this.store) return Promise.resolve(this.store);
    this.loading ??= (async () => {
      const got = await this.kv.get([INDEX, PROBLEMS]);
      this.problemList = parseProblems(got.get(PROBLEMS));
      const { store, problems, unreadable } = MemoryStore.fromIndex(got.get(INDEX), this.options);
      if (unreadable) {
        // The index is the map of everything: without it the site records are orphans.
        const orphans = await this.kv.keys(SITE);
        await this.kv.write([], orphans);
      }
      this.store = store;
      await this.note(problems);
      return store;
    })();
    return this.loading.finally(() => (this.loading = null));
  }

  /** Load the records of the given sites (those known from the index only). */
  private async attach(store: MemoryStore, sites: readonly string[]): Promise<void> {
    const stubs = new Set(store.stubs());
    const want = sites.filter((s) => stubs.has(s));
    if (!want.length) return;
    const got = await this.kv.get(want.map((s) => SITE + s));
    for (const site of want) store.attach(site, got.get(SITE + site));
    await this.collectProblems(store);
  }

  private async attachAll(store: MemoryStore): Promise<void> {
    await this.attach(store, store.stubs());
  }

  private async collectProblems(store: MemoryStore): Promise<void> {
    if (!store.problems.length) return;
    const found = store.problems.splice(0);
    await this.note(found);
    this.scheduleFlush(); // the dropped sites leave the index
  }

  /** Add to the problems the options page shows. */
  addProblems(problems: readonly string[]): Promise<void> {
    return this.note(problems);
  }

  private async note(problems: readonly string[]): Promise<void> {
    if (!problems.length) return;
    const at = new Date(this.now()).toISOString();
    this.problemList = [...(this.problemList ?? []), ...problems.map((text) => ({ at, text }))].slice(-MAX_PROBLEMS);
    await this.kv.write([[PROBLEMS, this.problemList]], []).catch(() => undefined);
  }

  // --- what the content script asks ---------------------------------------------------------

  /** The page's site's template, counted without the page itself; null for a page without a site. */
  snapshot(url: string): Promise<TemplateSnapshot | null> {
    const site = siteOfUrl(url);
    if (!site) return Promise.resolve(null);
    return this.exclusive(async (store) => {
      await this.attach(store, [site]);
      return store.snapshot(url, site);
    });
  }

  /**
   * After a page was analysed: where else its story was seen, then (unless
   * `write` is false, as for a private window) remember the page.
   */
  recordPage(url: string, blocks: readonly RecordedBlock[], write: boolean): Promise<MemoryRecordReply> {
    const site = siteOfUrl(url);
    return this.exclusive(async (store) => {
      await this.attachAll(store);
      const seenElsewhere = store.seenElsewhere(articleFingerprints(blocks), site);
      if (!write || !site) return { seenElsewhere, recorded: false };
      const kept = this.options.storeText ? [...blocks] : blocks.map(({ fp, article }) => ({ fp, article }));
      store.record({ url, site, time: this.now(), blocks: kept });
      this.scheduleFlush();
      return { seenElsewhere, recorded: true };
    });
  }

  // --- what the options page asks -------------------------------------------------------------

  size(): Promise<number> {
    return this.exclusive((store) => store.byteSize());
  }

  sites(): Promise<{ site: string; bytes: number }[]> {
    return this.exclusive((store) =>
      store
        .siteSizes()
        .reverse()
        .map(({ site, bytes }) => ({ site, bytes })),
    );
  }

  problems(): Promise<ProblemNote[]> {
    return this.exclusive(() => [...(this.problemList ?? [])]);
  }

  forgetSite(site: string): Promise<boolean> {
    return this.exclusive(async (store) => {
      const had = store.forgetSite(site);
      await this.flushNow(store);
      return had;
    });
  }

  clear(): Promise<void> {
    return this.exclusive(async (store) => {
      store.clear();
      this.problemList = [];
      await this.kv.clear();
      store.takeRemoved();
    });
  }

  exportJson(): Promise<string> {
    return this.exclusive(async (store) => {
      await this.attachAll(store);
      return store.toJson();
    });
  }

  /** Replace the memory with a document (format 1 or 2); returns what was wrong with it. Nothing changes when it is unreadable. */
  importJson(json: string): Promise<{ ok: boolean; problems: string[]; sites: number }> {
    return this.exclusive(async (current) => {
      const { store, problems, unreadable } = MemoryStore.fromJson(json, this.options);
      if (unreadable) return { ok: false, problems, sites: 0 };
      store.applyCap();
      const upgrade = problems.filter((p) => !p.startsWith('upgraded'));
      await this.kv.clear();
      current.takeRemoved();
      this.store = store;
      this.problemList = [];
      await this.note(upgrade);
      await this.flushNow(store, true);
      return { ok: true, problems, sites: store.sites().length };
    });
  }

  // --- writing ---------------------------------------------------------------------------------

  private scheduleFlush(): void {
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.exclusive((store) => this.flushNow(store)).catch(() => undefined);
    }, this.flushDelayMs);
  }

  /** Write now whatever changed (tests; before the worker may stop). */
  flush(): Promise<void> {
    if (this.flushTimer !== null) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    return this.exclusive((store) => this.flushNow(store));
  }

  private async flushNow(store: MemoryStore, all = false): Promise<void> {
    const puts: [string, unknown][] = [];
    for (const site of all ? store.sites() : store.dirtySites()) {
      const rec: SiteRecord | null = store.siteRecord(site, all);
      if (rec) puts.push([SITE + site, rec]);
    }
    const deletes = store.takeRemoved().map((s) => SITE + s);
    if (!puts.length && !deletes.length && !all) return;
    puts.push([INDEX, store.indexRecord()]);
    await this.kv.write(puts, deletes);
  }
}

function parseProblems(v: unknown): ProblemNote[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((p): p is ProblemNote => !!p && typeof p === 'object' && typeof (p as ProblemNote).at === 'string' && typeof (p as ProblemNote).text === 'string')
    .slice(-MAX_PROBLEMS);
}
