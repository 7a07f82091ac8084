/**
 * Marks on the page's own elements — the only change Winnow makes to them.
 *
 * A flagged block's element gets `data-winnow="duplicate" | "boilerplate"` and
 * `data-winnow-id="<block id>"`; nothing else (no class, no style, no node).
 * Every attribute is recorded with its previous value so that `clear()` puts
 * the element back exactly as it was, and the page serialises as before.
 *
 * An element is marked only when it holds its block exclusively: if another
 * block was read from the same element or from inside it, a mark (and the
 * stylesheet's tint or collapse, which covers descendants) would also land on
 * that other block, so the element is left alone.
 */
import type { BlockResult } from '../engine/types';
import type { FlagVerdict } from '../shared/messages';

export const ATTR = 'data-winnow';
export const ATTR_ID = 'data-winnow-id';
/** The flag the reader is looking at (prev/next, tooltip). */
export const ATTR_CURRENT = 'data-winnow-current';
/** A short flash on "jump to original" / "show on page". */
export const ATTR_FLASH = 'data-winnow-flash';

const OUR_ATTRS = [ATTR, ATTR_ID, ATTR_CURRENT, ATTR_FLASH] as const;

export interface Mark {
  element: Element;
  verdict: FlagVerdict;
  blockId: number;
}

/** Elements that must never carry a mark: the document's frame, and anything of ours. */
function markable(el: Element, isOurs: (el: Element) => boolean): boolean {
  const tag = el.localName;
  if (tag === 'html' || tag === 'body' || tag === 'head') return false;
  return !isOurs(el);
}

/**
 * Which elements to mark for an analysis. `elements[i]` is the element block i
 * was read from; `exclusive[i]`, when the segmenter provides it, says whether
 * that element holds block i alone (it is combined with our own check).
 */
export function planMarks(
  blocks: readonly BlockResult[],
  elements: readonly Element[],
  opts: { exclusive?: readonly boolean[]; isOurs?: (el: Element) => boolean } = {},
): Mark[] {
  const isOurs = opts.isOurs ?? (() => false);
  // How many blocks sit at or under each element: walk every block element's
  // ancestor chain once (O(blocks × depth), no pairwise containment tests).
  const under = new Map<Element, number>();
  const seen = new Set<Element>();
  for (const el of elements) {
    if (!el) continue;
    let node: Element | null = el;
    const self = seen.has(el); // a second block on the same element counts for it only
    seen.add(el);
    if (self) {
      under.set(el, (under.get(el) ?? 0) + 1);
      continue;
    }
    while (node) {
      under.set(node, (under.get(node) ?? 0) + 1);
      node = node.parentElement;
    }
  }
  const marks: Mark[] = [];
  for (const b of blocks) {
    if (b.verdict !== 'duplicate' && b.verdict !== 'boilerplate') continue;
    const el = elements[b.id];
    if (!el) continue;
    if (opts.exclusive && opts.exclusive[b.id] === false) continue;
    if ((under.get(el) ?? 0) !== 1) continue;
    if (!markable(el, isOurs)) continue;
    marks.push({ element: el, verdict: b.verdict, blockId: b.id });
  }
  return marks;
}

interface Saved {
  verdict: FlagVerdict;
  blockId: number;
  /** The element's own values of our attributes before we touched them (almost always null). */
  before: Map<string, string | null>;
}

/** One change to the page: mark (or re-mark) an element, or remove its mark. */
export type MarkOp = { element: Element; mark: Mark | null };

export class Highlighter {
  private readonly marked = new Map<Element, Saved>();

  get size(): number {
    return this.marked.size;
  }

  /** Marked elements in document order (for previous/next). */
  elements(): Element[] {
    const list = [...this.marked.keys()].filter((el) => el.isConnected);
    return list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  markOf(el: Element): { verdict: FlagVerdict; blockId: number } | null {
    const s = this.marked.get(el);
    return s ? { verdict: s.verdict, blockId: s.blockId } : null;
  }

  /** The changes that turn the current marks into `next` (unchanged marks cost nothing). */
  diff(next: readonly Mark[]): MarkOp[] {
    const ops: MarkOp[] = [];
    const keep = new Set<Element>();
    for (const m of next) {
      keep.add(m.element);
      const cur = this.marked.get(m.element);
      if (!cur || cur.verdict !== m.verdict || cur.blockId !== m.blockId) ops.push({ element: m.element, mark: m });
    }
    for (const el of this.marked.keys()) if (!keep.has(el)) ops.push({ element: el, mark: null });
    return ops;
  }

  apply(op: MarkOp): void {
    if (op.mark) this.set(op.mark);
    else this.unset(op.element);
  }

  private set(m: Mark): void {
    const el = m.element;
    let saved = this.marked.get(el);
    if (!saved) {
      saved = { verdict: m.verdict, blockId: m.blockId, before: new Map() };
      this.marked.set(el, saved);
    }
    saved.verdict = m.verdict;
    saved.blockId = m.blockId;
    this.write(el, saved, ATTR, m.verdict);
    this.write(el, saved, ATTR_ID, String(m.blockId));
  }

  /** Set one of our attributes, remembering the element's original value the first time. */
  private write(el: Element, saved: Saved, name: string, value: string): void {
    if (!saved.before.has(name)) saved.before.set(name, el.getAttribute(name));
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  private unset(el: Element): void {
    const saved = this.marked.get(el);
    if (!saved) return;
    this.marked.delete(el);
    restore(el, saved.before);
  }

  /** Set or clear a transient attribute (current / flash) on a marked or any element. */
  setTransient(el: Element, name: typeof ATTR_CURRENT | typeof ATTR_FLASH, on: boolean): void {
    const saved = this.marked.get(el);
    if (saved) {
      if (on) this.write(el, saved, name, '');
      else if (saved.before.has(name)) {
        restore(el, new Map([[name, saved.before.get(name) ?? null]]));
        saved.before.delete(name);
      }
      return;
    }
    // Not a marked element (the original of a duplicate): track it in a side table.
    const before = this.transient.get(el) ?? new Map<string, string | null>();
    if (on) {
      if (!before.has(name)) before.set(name, el.getAttribute(name));
      el.setAttribute(name, '');
      this.transient.set(el, before);
    } else if (before.has(name)) {
      restore(el, new Map([[name, before.get(name) ?? null]]));
      before.delete(name);
      if (before.size === 0) this.transient.delete(el);
    }
  }

  private readonly transient = new Map<Element, Map<string, string | null>>();

  /** Remove every attribute Winnow set, restoring the page's own values. */
  clear(): void {
    for (const [el, saved] of this.marked) restore(el, saved.before);
    this.marked.clear();
    for (const [el, before] of this.transient) restore(el, before);
    this.transient.clear();
  }
}

function restore(el: Element, before: Map<string, string | null>): void {
  for (const [name, value] of before) {
    if (value === null) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}

/** For tests and checks: is any trace of Winnow's attributes left under `root`? */
export function hasTraces(root: ParentNode): boolean {
  return OUR_ATTRS.some((a) => root.querySelector(`[${a}]`) !== null);
}
