/**
 * Cooperative slicing: the content script shares the page's main thread, so
 * long work is cut into slices that each stay under a time budget, with a
 * yield to the event loop between them (input and rendering get their turn).
 *
 * `scheduler.yield()` (Chrome 129+) resumes ahead of other queued tasks;
 * elsewhere a MessageChannel post is the fastest macrotask that is not clamped
 * like nested setTimeout(0), and it keeps running in background tabs.
 */

/** Default slice budget: well under a 16 ms frame, leaving room for the page. */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') {
    try {
      return s.yield();
    } catch {
      // fall through to the channel
    }
  }
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export interface SliceStats {
  slices: number;
  /** The longest slice, in ms: what the page actually felt. */
  longestMs: number;
  totalMs: number;
}

export function newSliceStats(): SliceStats {
  return { slices: 0, longestMs: 0, totalMs: 0 };
}

/**
 * Run `fn` over `items` in slices of at most `budgetMs` (one item may run
 * over; items are never split). Stops early when `cancelled()` turns true.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  opts: { budgetMs?: number; cancelled?: () => boolean; stats?: SliceStats; now?: () => number } = {},
): Promise<boolean> {
  const budget = opts.budgetMs ?? SLICE_MS;
  const now = opts.now ?? (() => performance.now());
  let i = 0;
  while (i < items.length) {
    if (opts.cancelled?.()) return false;
    const start = now();
    do {
      fn(items[i]!, i);
      i++;
    } while (i < items.length && now() - start < budget);
    record(opts.stats, now() - start);
    if (i < items.length) await yieldToEventLoop();
  }
  return true;
}

/** Time one synchronous step as a slice (for work that cannot be split, such as the engine). */
export function timed<T>(fn: () => T, stats?: SliceStats, now: () => number = () => performance.now()): T {
  const start = now();
  try {
    return fn();
  } finally {
    record(stats, now() - start);
  }
}

/** Count one slice of work done elsewhere (a step of a sliced walk, say). */
export function recordSlice(stats: SliceStats | undefined, ms: number): void {
  record(stats, ms);
}

function record(stats: SliceStats | undefined, ms: number): void {
  if (!stats) return;
  stats.slices++;
  stats.totalMs += ms;
  if (ms > stats.longestMs) stats.longestMs = ms;
}

/** Wait until the page is idle enough (or `timeoutMs` passed): lets the page finish its own startup first. */
export function whenIdle(timeoutMs = 200): Promise<void> {
  return new Promise((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
      .requestIdleCallback;
    if (typeof ric === 'function') ric(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}
