/**
 * Watching a living page: content added or replaced (MutationObserver,
 * debounced), in-page navigation of single-page sites, and tab visibility.
 *
 * Content scripts live in an isolated world, so a page's own
 * history.pushState cannot be wrapped; URL changes are noticed through the
 * Navigation API where it exists (it reports same-document navigations), on
 * popstate, and by comparing location.href whenever the DOM changes (an SPA
 * route change always re-renders something). The hash is ignored: it moves
 * within a page, it does not replace it.
 *
 * While the tab is hidden nothing is observed (no work for a page nobody
 * reads); on return one `resume` change is reported and the caller decides,
 * cheaply, whether anything moved.
 */

export type ChangeKind = 'mutation' | 'navigation' | 'resume';

export interface WatchOptions {
  /** Mutations inside these nodes (Winnow's own host) are ignored. */
  isOurs: (node: Node) => boolean;
  onChange: (kind: ChangeKind) => void;
  /** Quiet time before a burst of mutations is reported. */
  debounceMs?: number;
  /** …but a page that never stops changing is still re-read this often. */
  maxWaitMs?: number;
}

export function urlKey(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

interface NavigationLike {
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  private lastUrl: string;
  private running = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly win: Window,
    private readonly opts: WatchOptions,
  ) {
    this.debounceMs = opts.debounceMs ?? 600;
    this.maxWaitMs = opts.maxWaitMs ?? 3000;
    this.lastUrl = urlKey(win.location.href);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.lastUrl = urlKey(this.win.location.href);
    this.win.document.addEventListener('visibilitychange', this.onVisibility);
    this.win.addEventListener('popstate', this.onPossibleNavigation);
    this.navigation()?.addEventListener('navigatesuccess', this.onPossibleNavigation);
    if (!this.win.document.hidden) this.connect();
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.disconnect();
    this.win.document.removeEventListener('visibilitychange', this.onVisibility);
    this.win.removeEventListener('popstate', this.onPossibleNavigation);
    this.navigation()?.removeEventListener('navigatesuccess', this.onPossibleNavigation);
  }

  /** After the caller re-read the page for a navigation, the new URL is the baseline. */
  acceptUrl(): void {
    this.lastUrl = urlKey(this.win.location.href);
  }

  get observing(): boolean {
    return this.observer !== null;
  }

  private navigation(): NavigationLike | null {
    const nav = (this.win as unknown as { navigation?: NavigationLike }).navigation;
    return nav && typeof nav.addEventListener === 'function' ? nav : null;
  }

  private connect(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(this.win.document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.firstPending = 0;
  }

  private readonly onVisibility = (): void => {
    if (!this.running) return;
    try {
      if (this.win.document.hidden) {
        this.disconnect();
      } else {
        this.connect();
        this.emit(this.urlChanged() ? 'navigation' : 'resume');
      }
    } catch {
      // never into the page's console
    }
  };

  private readonly onPossibleNavigation = (): void => {
    try {
      if (this.running && this.urlChanged()) this.schedule('navigation', 50);
    } catch {
      // never into the page's console
    }
  };

  private readonly onMutations = (records: MutationRecord[]): void => {
    try {
      this.handleMutations(records);
    } catch {
      // never into the page's console
    }
  };

  private handleMutations(records: MutationRecord[]): void {
    if (!this.running) return;
    let relevant = false;
    for (const r of records) {
      if (this.opts.isOurs(r.target)) continue;
      if (r.type === 'childList') {
        // Only our own host being (re)attached to <html>? Not the page's change.
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (nodes.length > 0 && nodes.every((n) => this.opts.isOurs(n))) continue;
      }
      relevant = true;
      break;
    }
    if (!relevant) return;
    if (this.urlChanged()) this.schedule('navigation', 50);
    else this.schedule('mutation', this.debounceMs);
  }

  private urlChanged(): boolean {
    return urlKey(this.win.location.href) !== this.lastUrl;
  }

  private pendingKind: ChangeKind | null = null;

  private schedule(kind: ChangeKind, delay: number): void {
    // A navigation outranks a mutation already waiting.
    if (this.pendingKind !== 'navigation') this.pendingKind = kind;
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    const wait = Math.max(0, Math.min(delay, this.firstPending + this.maxWaitMs - now));
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const k = this.pendingKind ?? 'mutation';
      this.pendingKind = null;
      this.clearTimer();
      this.emit(k);
    }, wait);
  }

  private emit(kind: ChangeKind): void {
    try {
      this.opts.onChange(kind);
    } catch {
      // the caller's errors stay ours, never the page's
    }
  }
}
