/**
 * The content script's side of the memory, kept small: it never holds the
 * store. Before a page is analysed it asks the service worker for the site's
 * template (fingerprints with their page counts: a MemoryView), once per
 * address; after, it reports the page's fingerprints once per address and gets
 * back where else the story was seen. Replies are checked before use; no reply
 * (memory off, no site, a worker that does not answer in time) means no memory.
 */
import type { Analysis, MemoryView } from '../engine/types';
import type { Message } from '../shared/messages';
import { recordableBlocks } from './select';
import type { MemoryNote, MemoryRecordReply, MemoryViewReply, SeenElsewhere, TemplateSnapshot } from './types';

export type Send = <R = unknown>(message: Message) => Promise<R | null>;

/** How long an analysis waits for the template before going ahead without it. */
export const VIEW_TIMEOUT_MS = 600;

export function viewFromSnapshot(s: TemplateSnapshot): MemoryView {
  const counts = new Map(s.blocks);
  return { site: s.site, templateThreshold: s.templateThreshold, pagesWithBlock: (fp) => counts.get(fp) ?? 0 };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isViewReply(v: unknown): v is MemoryViewReply {
  if (!isObj(v) || typeof v.storeText !== 'boolean' || typeof v.readOnly !== 'boolean' || !isObj(v.snapshot)) return false;
  const s = v.snapshot;
  return (
    typeof s.site === 'string' &&
    typeof s.templateThreshold === 'number' &&
    Array.isArray(s.blocks) &&
    s.blocks.length <= 200_000 &&
    s.blocks.every((b) => Array.isArray(b) && b.length === 2 && typeof b[0] === 'string' && typeof b[1] === 'number')
  );
}

export function isSeenElsewhere(v: unknown): v is SeenElsewhere {
  return isObj(v) && typeof v.site === 'string' && (v.url === null || typeof v.url === 'string') && typeof v.firstSeen === 'string';
}

export function isMemoryNote(v: unknown): v is MemoryNote {
  return isObj(v) && Array.isArray(v.seenElsewhere) && v.seenElsewhere.length <= 20 && v.seenElsewhere.every(isSeenElsewhere);
}

function timeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      () => (clearTimeout(t), resolve(fallback)),
    );
  });
}

export class MemoryClient {
  private url: string | null = null;
  private viewReply: Promise<MemoryViewReply | null> | null = null;
  private reported: Promise<MemoryNote | null> | null = null;
  private current: MemoryNote | null = null;

  constructor(
    private readonly send: Send,
    private readonly timeoutMs = VIEW_TIMEOUT_MS,
  ) {}

  private at(url: string): void {
    if (url === this.url) return;
    this.url = url;
    this.viewReply = null;
    this.reported = null;
    this.current = null;
  }

  private reply(url: string): Promise<MemoryViewReply | null> {
    this.at(url);
    this.viewReply ??= this.send<unknown>({ type: 'winnow/memory-view', url }).then((r) => (isViewReply(r) ? r : null));
    return this.viewReply;
  }

  /** The engine's view of the site's template for this address (null: no memory). */
  async view(url: string): Promise<MemoryView | null> {
    const r = await timeout(this.reply(url), this.timeoutMs, null);
    return r ? viewFromSnapshot(r.snapshot) : null;
  }

  /** Report an analysed page (once per address); resolves with where else its story was seen. */
  report(url: string, analysis: Analysis): Promise<MemoryNote | null> {
    this.at(url);
    if (this.reported) return this.reported;
    const run = (async () => {
      const view = await this.reply(url);
      if (!view) return null;
      const blocks = recordableBlocks(analysis.blocks, view.storeText);
      if (!blocks.some((b) => b.article)) {
        this.reported = null; // nothing to tell yet (the article may still be loading): try again next time
        return null;
      }
      const r = await this.send<MemoryRecordReply>({ type: 'winnow/memory-record', url, blocks });
      const note = isObj(r) && isMemoryNote(r) ? { seenElsewhere: r.seenElsewhere } : null;
      if (this.url === url) this.current = note;
      return note;
    })();
    this.reported = run;
    return run;
  }

  /** What is known of this address now. */
  note(url: string): MemoryNote | null {
    return url === this.url ? this.current : null;
  }

  /** The note for this address, waiting a little for a report in flight. */
  async settled(url: string, ms = 1500): Promise<MemoryNote | null> {
    if (url === this.url && this.reported) await timeout(this.reported, ms, null);
    return this.note(url);
  }
}
