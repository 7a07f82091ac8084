/**
 * DOM → blocks. One pass over the document in page order, with an explicit
 * stack (pages nest 10,000 deep) and only the DOM calls a real browser, jsdom
 * and linkedom all have: firstChild / nextSibling, nodeType, localName,
 * getAttribute / hasAttribute.
 *
 * What a block is
 * - Every block-level element (p, li, div, td, …) owns the runs of inline
 *   content (text and inline elements) sitting directly inside it. Each maximal
 *   run is one block: a nested block-level element ends the run (even inside an
 *   inline element: a <div> inside an <a>), and so does a double <br> (two <br>
 *   with only whitespace between; `text<br><br>text` paragraphs). A single <br>
 *   reads as a space. Inline elements add no space at their edges ("New<b>s</b>"
 *   stays "News"), except between two links back to back (a CSS-spaced menu:
 *   <a>Markets</a><a>World</a> reads "Markets World"). Text is
 *   whitespace-collapsed and trimmed; blocks without a letter or a digit are dropped.
 * - The kind comes from the owner: h1–h6 heading, li/dt/dd list-item, td/th
 *   table-cell, figcaption/caption caption, pre preformatted, blockquote quote,
 *   p and loose runs paragraph, address/summary/legend other. Heading, caption,
 *   preformatted and quote carry into nested boxes (a <p> inside a blockquote is
 *   a quote); list-item and table-cell do not (a <p> inside an <li> is a
 *   paragraph with inList).
 * - An empty inline element classed as a line break (<span class="br">) ends a
 *   run like a double <br>; an inline element styled display:block is a box.
 *
 * What is skipped (never walked, never breaks a run): head, script, style,
 * noscript, template, svg, math, canvas, iframe, object, embed, video, audio,
 * form controls (select, textarea, input, button, unless a button holds a
 * heading: an accordion's FAQ question), comments; and elements hidden by the
 * hidden attribute, aria-hidden="true", inline display:none / visibility:hidden,
 * a closed <dialog>, or a conventional hiding class (sr-only, visually-hidden,
 * screen-reader-text, hidden, d-none, … see HIDDEN_CLASSES; not on a collapsed
 * accordion panel). Exception: React's streamed <div hidden id="S:n">, which in a
 * page saved without JavaScript holds the article. With `includeHidden` hidden
 * subtrees are walked and reported with visible: false.
 *
 * Which element a block points at (`elements[i]`, `elementExclusive[i]`)
 * - The owner element when it holds exactly this one block (a <p>, an <li>, a
 *   <div> whose only text is this run): exclusive. For a loose run this is the
 *   "parent" case of the contract, preferred over an inner wrapper because the
 *   box is what a reader sees as the block (its margins, its background).
 * - Else, for a run that sits wholly inside one inline child of the owner (a
 *   <span> or <a> that holds this run and nothing else, and no part of another
 *   block), that child: the nearest element holding exactly the run; exclusive.
 * - Else the owner (which also holds other blocks): not exclusive. A content
 *   script must not mark a non-exclusive element as a whole; it can wrap the
 *   block's text nodes itself or leave it.
 *
 * Containers: every block-level element that encloses a block (div, section,
 * ul, table, tr, td, figure, blockquote, body, custom elements …, and an li/p
 * for the boxes nested inside it), created lazily when a block first needs it,
 * parents before children, so a container's parent id is lower than its own.
 * A block's container is its nearest enclosing one: for a loose run directly in
 * a <div>, the <div> itself; for a <p>, the box around the <p>.
 *
 * Images: an <img> inside a block belongs to it. An <img> inside a <figure>
 * without text of its own goes to the figure's figcaption block (else to the
 * figure's first block). Any other standalone image goes to the next block
 * inside the same container; if its container closes with no block at all (an
 * image-only wrapper like <div class="photo"><img></div>), it may go to the next
 * block in the wrapper's parent (not when that parent is <body>); else it is
 * dropped.
 */
import type { Block, BlockKind, Container, ImageRef, LinkRef, PageInput } from '../engine/types';
import {
  collectHintSourcesUnder,
  emptyBodyCandidates,
  emptyHintSources,
  noteBodyCandidate,
  noteHintElement,
  readPageHints,
  type HintSources,
} from './hints';
import {
  BR,
  CONTAINER,
  EMPHASIS,
  HIDDEN_CLASSES,
  HIDDEN_CLASS_HINT,
  IMG,
  INLINE,
  LIST_TAGS,
  OWNER,
  PHRASING_OWNERS,
  SKIP,
  TABLE_TAGS,
  TRANSPARENT,
  categoryOf,
  type Category,
} from './tags';
import { A_ANY, A_ARIA_HIDDEN, A_CLASS, A_HIDDEN, A_ID, A_HREF, A_ITEMPROP, A_OPEN, A_ROLE, A_STYLE, attributeMask } from './attrs';
import { memoByString } from '../shared/memo';
import { makeUrlResolver, pickImageSource, type UrlResolver } from './urls';
import { classOf, elementWords } from './words';

export interface Segmentation {
  page: PageInput;
  /** elements[i] is the page element that block i was read from (see the module comment). */
  elements: Element[];
  /**
   * elementExclusive[i] is true when elements[i] holds only block i's text, so
   * marking the element marks nothing else; false when it also holds other blocks.
   */
  elementExclusive: boolean[];
  /** containerElements[c] is the element of container c. */
  containerElements: Element[];
}

export interface SegmentOptions {
  url?: string | null;
  /**
   * Live browser (or any DOM that computes styles): also drop boxes the layout
   * hides (checkVisibility, else computed display/visibility), checked once per
   * container box (div, section, …; not per p or span). Off by default: without
   * it only the markup's own hiding rules apply.
   */
  layout?: boolean;
  /**
   * Walk hidden subtrees too, reporting their blocks and containers with
   * visible: false, instead of skipping them. Off by default.
   */
  includeHidden?: boolean;
  /**
   * Also treat conventional hiding classes (sr-only, screen-reader-text,
   * visually-hidden, hidden, d-none, … see HIDDEN_CLASSES) as hidden. On by default.
   */
  classHiding?: boolean;
}

// Context flags inherited down the tree.
const F_LIST = 1;
const F_QUOTE = 2;
const F_FIGURE = 4;
const F_TABLE = 8;
const F_EMPH = 16;
const F_HIDDEN = 32;
const F_ARTICLE = 64;

type InheritedKind = 'heading' | 'caption' | 'preformatted' | 'quote' | null;

/**
 * One open element on the walk's stack. Frames are pooled by depth (a 200k-node
 * page would otherwise allocate 100k of them per run), so nothing may hold a
 * Frame after it closes: pending images leave with their frame, and a block
 * keeps elements, never frames.
 */
class Frame {
  el!: Element;
  tag = '';
  cat: Category = TRANSPARENT;
  flags = 0;
  /** Which of the attributes the walk reads the element carries (see attrs.ts). */
  attrs = A_ANY;
  kind: InheritedKind = null;
  headingLevel = 0;
  /** Block-level frames: blocks.length when the frame opened. */
  firstBlock = 0;
  /** Runs directly inside this block-level frame: how many, and the last one's block id. */
  directCount = 0;
  lastDirect = -1;
  /** Container id once created, else -1. */
  containerId = -1;
  /** Figures: the first figcaption block and the standalone images waiting for it. */
  captionBlock = -1;
  figureImages: ImageRef[] | null = null;
  /** Nearest enclosing block-level frame (this one for block-level frames). */
  owner: Frame = this;
  /** Inline frames: the owner's child on the path to this frame (the run's candidate element). */
  holder: Frame | null = null;
  /** Nearest frame that can be a container for this frame's descendants. */
  kidsContainer: Frame | null = null;
  /** The container of the runs owned by this frame (block-level frames). */
  runContainer: Frame | null = null;
  /** The container frame around this one (block-level frames). */
  parentContainer: Frame | null = null;
  anchor: Element | null = null;
  figure: Frame | null = null;

  set(el: Element, tag: string, cat: Category, flags: number, kind: InheritedKind, headingLevel: number): this {
    this.el = el;
    this.tag = tag;
    this.cat = cat;
    this.flags = flags;
    this.attrs = A_ANY;
    this.kind = kind;
    this.headingLevel = headingLevel;
    this.firstBlock = 0;
    this.directCount = 0;
    this.lastDirect = -1;
    this.containerId = -1;
    this.captionBlock = -1;
    this.figureImages = null;
    this.owner = this;
    this.holder = null;
    this.kidsContainer = null;
    this.runContainer = null;
    this.parentContainer = null;
    this.anchor = null;
    this.figure = null;
    return this;
  }
}

interface PendingImage {
  image: ImageRef;
  frame: Frame;
  promoted: boolean;
}

const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;

// JavaScript's \s covers HTML whitespace, no-break and typographic spaces.
const WS = /\s+/g;
const ALNUM = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const STYLE_HIDDEN = /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))(?![\w-])/i;
/** Elements whose aria-hidden or hiding class is not trusted (see hiddenByMarkup). */
const PAGE_LEVEL: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);
const BREAK_CLASS = /(?:^|[\s_-])(?:br|line-?break|linebreak)(?:$|[\s_-])/i;
const STYLE_BLOCK = /(?:^|[;\s])display\s*:\s*(?:block|flex|grid|table|list-item|flow-root)(?![\w-])/i;

/**
 * React's streamed Suspense content (<div hidden id="S:1">): scripts move it into
 * place; in a page saved without JavaScript it stays in these hidden divs, and
 * it is the article.
 */
function isStreamedBoundary(el: Element): boolean {
  const id = el.getAttribute('id');
  return id !== null && /^S:[0-9a-z]+$/i.test(id);
}

/** Whitespace other than a single space: a tab, a newline, a no-break space, or two spaces in a row. */
const IRREGULAR_SPACE = /[^\S ]| {2}/;
const ALL_SPACE = /^\s+$/;

/**
 * raw.replace(WS, ' '), without replacing in the two common cases: text that needs nothing
 * (single spaces only) and whitespace-only text (indentation, two thirds of text nodes).
 * Two regular-expression tests, not a loop over the characters in JavaScript: V8 runs them
 * as compiled code, and a page's text nodes took 40% less time so.
 */
function collapseSpace(raw: string): string {
  if (!IRREGULAR_SPACE.test(raw)) return raw;
  if (ALL_SPACE.test(raw)) return ' ';
  return raw.replace(WS, ' ');
}

/**
 * Whether a class attribute holds a hiding class (see HIDDEN_CLASSES) and is no accordion
 * panel. Pages repeat the same class strings thousands of times: each is decided once.
 */
const classHides = memoByString((cls: string): boolean => {
  if (!HIDDEN_CLASS_HINT.test(cls)) return false;
  const tokens = cls.toLowerCase().split(/\s+/);
  // A collapsed accordion panel (FAQ answers) is content that a click opens, not chrome.
  return tokens.some((t) => HIDDEN_CLASSES.has(t)) && !tokens.some((t) => t.includes('accordion'));
}, 20_000);

/**
 * A link whose href is made absolute when first read: URL parsing is the dearest part of
 * the walk, and only the reading view reads hrefs (the engine never does).
 */
function lazyLink(resolve: UrlResolver, raw: string): LinkRef {
  let href: string | undefined;
  return {
    text: '',
    get href(): string {
      return (href ??= resolve.href(raw));
    },
    set href(value: string) {
      href = value;
    },
  };
}

export function segmentDocument(doc: Document, options: SegmentOptions = {}): Segmentation {
  const first = new Segmenter(doc, options);
  const result = first.run();
  return retryWithoutClassHiding(first, result, options) ? new Segmenter(doc, { ...options, classHiding: false }).run() : result;
}

/**
 * Hiding classes guess at CSS we can't see, and some pages ship their whole app root as
 * <div class="root hide"> until a script reveals it. When a top-level box hidden by class
 * held most of the page's text and little is left, the guess was wrong for this page: read
 * it again without the rule (unless the caller chose).
 */
function retryWithoutClassHiding(segmenter: Segmenter, result: Segmentation, options: SegmentOptions): boolean {
  if (options.classHiding !== undefined || segmenter.hiddenByClassChars === 0) return false;
  let chars = 0;
  for (const b of result.page.blocks) chars += b.text.length;
  return chars < MAX_TEXT_LEFT && segmenter.hiddenByClassChars > chars * HIDDEN_SHARE;
}
/** The retry applies when less than this much text is left… */
const MAX_TEXT_LEFT = 1000;
/** …and the hidden top-level boxes held this many times more. */
const HIDDEN_SHARE = 4;

/** Nodes walked between two asks of a sliced walk's `pause()`. */
const PAUSE_EVERY = 128;

/**
 * The same segmentation in slices, for a page's main thread: `step(pause)` walks
 * until `pause()` returns true (asked every 128 nodes) and returns null, or
 * returns the segmentation once the whole page is read. The caller yields
 * between steps. A page that changes between slices is read as it is when each
 * part is reached (whoever slices should read again after a change).
 */
export class SegmentJob {
  private segmenter: Segmenter;
  private started = false;
  private retried = false;
  private result: Segmentation | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: SegmentOptions = {},
  ) {
    this.segmenter = new Segmenter(doc, options);
  }

  step(pause: () => boolean): Segmentation | null {
    if (this.result) return this.result;
    if (!this.started) {
      this.segmenter.begin();
      this.started = true;
    }
    if (!this.segmenter.advance(pause)) return null;
    const result = this.segmenter.end();
    if (!this.retried && retryWithoutClassHiding(this.segmenter, result, this.options)) {
      // Same rule as segmentDocument: read the page again, in slices, without hiding classes.
      this.retried = true;
      this.segmenter = new Segmenter(this.doc, { ...this.options, classHiding: false });
      this.started = false;
      return null;
    }
    this.result = result;
    return this.result;
  }
}

class Segmenter {
  private readonly blocks: Block[] = [];
  private readonly elements: Element[] = [];
  private readonly exclusive: boolean[] = [];
  /** The attribute mask of each block's element (see attrs.ts), read again in finish(). */
  private readonly elementAttrs: number[] = [];
  /** The element of each block's container (null when it has none), for the words rule in finish(). */
  private readonly blockContainerEls: (Element | null)[] = [];
  private readonly containers: Container[] = [];
  private readonly containerElements: Element[] = [];
  /** The frame pool; frames[depth] is the innermost open element. */
  private readonly frames: Frame[] = [];
  private depth = -1;
  /** Inline elements a block boundary fell inside: they hold parts of more than one block. */
  private readonly splitEls = new Set<Element>();
  private pending: PendingImage[] = [];
  private readonly hintSources: HintSources = { ...emptyHintSources(), body: emptyBodyCandidates() };
  private readonly resolve: UrlResolver;
  private readonly includeHidden: boolean;
  private readonly layout: boolean;
  private readonly classHiding: boolean;
  /** Text held by top-level boxes (children of <body>) skipped for a hiding class: they may have held the whole page. */
  hiddenByClassChars = 0;

  // The open run of inline content (at most one at a time).
  private parts: string[] = [];
  private len = 0;
  private chars = 0;
  private emphChars = 0;
  private linkChars = 0;
  private pendingSpace = false;
  private brPending = false;
  private links: LinkRef[] = [];
  private lastAnchor: Element | null = null;
  private lastLink: LinkRef | null = null;
  private images: ImageRef[] = [];
  /** undefined: nothing yet; an element: all content so far inside that top-level inline child; null: mixed. */
  private top: Element | null | undefined = undefined;
  /** The attribute mask of `top` when it is an element. */
  private topAttrs = A_ANY;

  constructor(
    private readonly doc: Document,
    private readonly options: SegmentOptions,
  ) {
    this.resolve = makeUrlResolver(doc, options.url ?? null);
    this.includeHidden = options.includeHidden === true;
    this.layout = options.layout === true;
    this.classHiding = options.classHiding !== false;
  }

  run(): Segmentation {
    this.begin();
    this.advance(null);
    return this.end();
  }

  // Where a walk in slices stands: the document's top-level nodes, the one being walked,
  // the node to go on from, and the depth that top-level walk started at.
  private rootFrame: Frame | null = null;
  private tops: Node[] = [];
  private topIndex = 0;
  private cursor: Node | null = null;
  private walkBase = 0;

  begin(): void {
    const doc = this.doc;
    const rootEl = doc.documentElement;
    // The root owns stray top-level text (possible in linkedom fragments).
    this.rootFrame = this.push().set(rootEl ?? (doc as unknown as Element), '#document', TRANSPARENT, 0, null, 0);
    // Top-level nodes through childNodes: linkedom's doctype has no nextSibling.
    this.tops = Array.from(doc.childNodes);
  }

  /** Walks on until the document is read (true) or `pause()` asks for a break (false: call again to go on). */
  advance(pause: (() => boolean) | null): boolean {
    while (this.topIndex < this.tops.length) {
      const top = this.tops[this.topIndex] as Node;
      if (this.cursor === null) {
        this.cursor = top;
        this.walkBase = this.depth;
      }
      const at = this.walk(top, this.cursor, this.walkBase, pause);
      if (at !== null) {
        this.cursor = at;
        return false;
      }
      this.cursor = null;
      this.topIndex++;
    }
    return true;
  }

  end(): Segmentation {
    this.flush();
    this.closeFrameExtras(this.rootFrame as Frame);
    return this.finish();
  }

  // ---- tree walk -------------------------------------------------------------------------------

  /** A pooled frame for the next depth (its fields are set by the caller). */
  private push(): Frame {
    const d = ++this.depth;
    let f = this.frames[d];
    if (f === undefined) {
      f = new Frame();
      this.frames[d] = f;
    }
    return f;
  }

  /**
   * Walks one subtree in document order without recursion, from `from` (`start` itself,
   * or where an earlier slice paused). Returns the node it paused at when `pause()` said
   * so (asked every PAUSE_EVERY nodes), or null once the subtree is done.
   */
  private walk(start: Node, from: Node, base: number, pause: (() => boolean) | null): Node | null {
    let node: Node | null = from;
    let countdown = PAUSE_EVERY;
    for (;;) {
      if (node === null) {
        if (this.depth === base) break;
        const el = this.closeTop();
        node = this.depth === base ? null : (el.nextSibling ?? null);
        continue;
      }
      if (pause !== null && --countdown === 0) {
        countdown = PAUSE_EVERY;
        if (pause()) return node;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_NODE) {
        const data = (node as CharacterData).data;
        if (data) this.addText(data);
      } else if (type === ELEMENT_NODE && this.open(node as Element)) {
        node = node.firstChild ?? null;
        continue;
      }
      node = node === start ? null : (node.nextSibling ?? null);
    }
    return null;
  }

  /** Handles an element; returns true when a frame was pushed and its children should be walked. */
  private open(el: Element): boolean {
    const tag = (el.localName || el.nodeName || '').toLowerCase();
    const parent = this.frames[this.depth];
    let cat = categoryOf(tag);
    if (cat === SKIP && tag === 'button' && this.buttonHoldsHeading(el)) cat = CONTAINER;
    if (cat === SKIP) {
      // Hints come from these skipped elements: collected here, so no second walk is needed.
      if (tag === 'head') collectHintSourcesUnder(el, this.hintSources);
      else noteHintElement(this.hintSources, el, tag);
      return false;
    }
    if (cat === BR) {
      this.addBreak();
      return false;
    }
    if (cat === undefined) {
      // Unknown and custom elements: inline inside phrasing, a box elsewhere.
      cat = parent.cat === INLINE || PHRASING_OWNERS.has(parent.tag) ? INLINE : CONTAINER;
    }

    let flags = parent.flags;
    // Most elements (p, span, li …) carry no attribute at all: one DOM call tells, and then
    // nothing below can hide them (but a closed <dialog>) or name them. The others say
    // once which attributes they have, and only those are read.
    const attrs = el.hasAttributes() ? attributeMask(el) : 0;
    const cls = attrs & A_CLASS ? classOf(el) : null;
    const hidden = attrs !== 0 || tag === 'dialog' ? this.hiddenByMarkup(el, tag, cls, parent.tag, attrs) : false;
    if (hidden === true) {
      if (!this.includeHidden) return false;
      flags |= F_HIDDEN;
    } else if (hidden === 'block' && cat === INLINE) {
      cat = CONTAINER;
    }
    if (cat === IMG) {
      this.addImage(el);
      return false;
    }
    if (this.layout && cat === CONTAINER && !(flags & F_HIDDEN) && !this.visibleByLayout(el)) {
      if (!this.includeHidden) return false;
      flags |= F_HIDDEN;
    }
    // Byline and date candidates for the hints, gathered here instead of in a second walk.
    if (attrs !== 0 && !(flags & F_HIDDEN)) noteBodyCandidate(this.hintSources.body!, el, tag, cls, (flags & F_ARTICLE) !== 0, attrs);

    if (cat === INLINE && (el.firstChild ?? null) === null) {
      // An empty element classed as a line break (<span class="id-r-component br">, Times of
      // India) separates paragraphs the way the page's CSS draws it: a block boundary.
      if (cls !== null && BREAK_CLASS.test(cls)) this.flush();
      return false;
    }

    const blockLevel = cat !== INLINE;
    if (blockLevel) this.flush();

    if (LIST_TAGS.has(tag)) flags |= F_LIST;
    else if (TABLE_TAGS.has(tag)) flags |= F_TABLE;
    else if (tag === 'blockquote') flags |= F_QUOTE;
    else if (tag === 'figure' || tag === 'figcaption') flags |= F_FIGURE;
    else if (tag === 'article') flags |= F_ARTICLE;
    if (cat === INLINE) {
      if (EMPHASIS.has(tag)) flags |= F_EMPH;
    } else {
      // A box inside an emphasis element starts fresh.
      flags &= ~F_EMPH;
    }

    let kind = parent.kind;
    let headingLevel = parent.headingLevel;
    if (tag.length === 2 && tag.charCodeAt(0) === 104 /* h */) {
      const level = tag.charCodeAt(1) - 48;
      if (level >= 1 && level <= 6) {
        kind = 'heading';
        headingLevel = level;
      }
    } else if (tag === 'figcaption' || tag === 'caption') kind = 'caption';
    else if (tag === 'pre') kind = 'preformatted';
    else if (tag === 'blockquote') kind = 'quote';

    const f = this.push().set(el, tag, cat, flags, kind, headingLevel);
    f.attrs = attrs;
    f.anchor = tag === 'a' && attrs & A_HREF ? el : parent.anchor;
    f.figure = tag === 'figure' ? f : parent.figure;
    if (cat === INLINE) {
      f.owner = parent.owner;
      f.holder = parent.cat === INLINE ? parent.holder : f;
      f.kidsContainer = parent.kidsContainer;
    } else {
      f.firstBlock = this.blocks.length;
      f.parentContainer = parent.kidsContainer;
      if (cat === TRANSPARENT) {
        f.kidsContainer = parent.kidsContainer;
        f.runContainer = parent.kidsContainer;
      } else if (cat === CONTAINER) {
        f.kidsContainer = f;
        f.runContainer = f;
      } else {
        // An li or p holding boxes is their container; its own runs belong to the box around it.
        f.kidsContainer = f;
        f.runContainer = parent.kidsContainer;
      }
    }
    return true;
  }

  /** Pops the top frame, closing its run when it is a box; returns its element. */
  private closeTop(): Element {
    const f = this.frames[this.depth];
    if (f.cat !== INLINE) this.flush();
    this.depth--;
    if (f.cat !== INLINE) this.closeFrameExtras(f);
    return f.el;
  }

  private closeFrameExtras(f: Frame): void {
    const blocks = this.blocks;
    // A box holding exactly one block, a run of its own, is that block's element.
    if (f.directCount === 1 && blocks.length - f.firstBlock === 1) {
      const id = f.lastDirect;
      this.elements[id] = f.el;
      this.elementAttrs[id] = f.attrs;
      this.exclusive[id] = true;
    }
    if (f.tag === 'figure' && f.figureImages !== null) {
      const imgs = f.figureImages;
      if (f.captionBlock >= 0) blocks[f.captionBlock].images.unshift(...imgs);
      else if (blocks.length > f.firstBlock) blocks[f.firstBlock].images.unshift(...imgs);
      else for (const image of imgs) this.pending.push({ image, frame: f, promoted: false });
    }
    if (this.pending.length > 0) {
      const produced = blocks.length > f.firstBlock;
      const up = f.parentContainer;
      const canPromote = !produced && up !== null && up.tag !== 'body' && up.tag !== 'html';
      let kept = 0;
      for (const p of this.pending) {
        if (p.frame !== f) this.pending[kept++] = p;
        else if (!p.promoted && canPromote) {
          p.frame = up;
          p.promoted = true;
          this.pending[kept++] = p;
        }
      }
      this.pending.length = kept;
    }
  }

  /**
   * true when the markup hides the element (hidden, aria-hidden="true", inline
   * display:none / visibility:hidden, a closed <dialog>, a conventional hiding
   * class unless classHiding is off); 'block' when an inline
   * style makes it a block box; else false.
   */
  private hiddenByMarkup(el: Element, tag: string, cls: string | null, parentTag: string, attrs: number): boolean | 'block' {
    const hiddenAttr = attrs & A_HIDDEN ? el.getAttribute('hidden') : null;
    if (hiddenAttr !== null && hiddenAttr !== 'until-found' && !isStreamedBoundary(el)) return true;
    // Not trusted on the page's own frame: while a modal (a cookie wall) is open, dialog
    // scripts set aria-hidden on the app root beside it (a child of <body>); a loading page
    // may carry class="hidden" on <body> or <main>.
    const pageLevel = PAGE_LEVEL.has(tag);
    const aria = pageLevel || parentTag === 'body' || !(attrs & A_ARIA_HIDDEN) ? null : el.getAttribute('aria-hidden');
    if (aria !== null && aria.trim().toLowerCase() === 'true') return true;
    if (tag === 'dialog' && !(attrs & A_OPEN)) return true;
    if (this.classHiding && !pageLevel && cls && classHides(cls)) {
      // A top-level box: note how much text it held (one read of its subtree, rare).
      if (parentTag === 'body' || parentTag === 'html') this.hiddenByClassChars += (el.textContent ?? '').length;
      return true;
    }
    const style = attrs & A_STYLE ? el.getAttribute('style') : null;
    if (style) {
      if (STYLE_HIDDEN.test(style)) return true;
      if (STYLE_BLOCK.test(style)) return 'block';
    }
    return false;
  }

  /** A <button> that holds a heading (an accordion's FAQ question) is read as a box, not skipped. */
  private buttonHoldsHeading(el: Element): boolean {
    // A bounded look: toggles are small; a huge button is not worth a full scan.
    let budget = 64;
    const stack: Node[] = [];
    for (let n = el.firstChild; n !== null && n !== undefined; n = n.nextSibling) stack.push(n);
    while (stack.length > 0 && budget-- > 0) {
      const n = stack.pop()!;
      if (n.nodeType !== ELEMENT_NODE) continue;
      const t = ((n as Element).localName || '').toLowerCase();
      if (t.length === 2 && t[0] === 'h' && t[1] >= '1' && t[1] <= '6') return true;
      for (let c = n.firstChild; c !== null && c !== undefined; c = c.nextSibling) stack.push(c);
    }
    return false;
  }

  private visibleByLayout(el: Element): boolean {
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof check === 'function') {
      try {
        return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
      } catch {
        return true;
      }
    }
    const view = this.doc.defaultView;
    if (view && typeof view.getComputedStyle === 'function') {
      try {
        const cs = view.getComputedStyle(el);
        return cs.display !== 'none' && cs.visibility !== 'hidden' && cs.visibility !== 'collapse';
      } catch {
        return true;
      }
    }
    return true;
  }

  // ---- the open run ----------------------------------------------------------------------------

  private noteContent(): void {
    // Which top-level inline child of the owner holds this content?
    const h = this.frames[this.depth].holder;
    const holder = h === null ? null : h.el;
    if (this.top === undefined) {
      this.top = holder;
      if (h !== null) this.topAttrs = h.attrs;
    } else if (this.top !== holder) this.top = null;
  }

  private addText(raw: string): void {
    // Soft hyphens and zero-width characters stay: they are the page's text (the engine's
    // canonical form drops them), and the benchmarks' ground truth keeps them too.
    const s = collapseSpace(raw);
    if (s === '' || s === ' ') {
      if (s === ' ' && this.len > 0) this.pendingSpace = true;
      return;
    }
    const leading = s.charCodeAt(0) === 32;
    const trailing = s.charCodeAt(s.length - 1) === 32;
    const core = s.slice(leading ? 1 : 0, trailing ? s.length - 1 : s.length);
    const frame = this.frames[this.depth];
    const anchor = frame.anchor;
    // Two links back to back (<a>Markets</a><a>World</a>, a menu spaced by CSS) are two words.
    const nextLink = anchor !== null && this.lastAnchor !== null && anchor !== this.lastAnchor;
    if (this.len > 0 && (leading || this.pendingSpace || nextLink)) {
      this.parts.push(' ');
      this.len += 1;
      if (anchor !== null && anchor === this.lastAnchor) {
        this.linkChars += 1;
        this.lastLink!.text += ' ';
      }
    }
    this.parts.push(core);
    this.len += core.length;
    this.chars += core.length;
    if (frame.flags & F_EMPH) this.emphChars += core.length;
    if (anchor !== null) {
      this.linkChars += core.length;
      this.linkFor(anchor).text += core;
    } else {
      this.lastAnchor = null;
    }
    this.pendingSpace = trailing;
    this.brPending = false;
    this.noteContent();
  }

  private linkFor(anchor: Element): LinkRef {
    if (anchor === this.lastAnchor && this.lastLink !== null) return this.lastLink;
    const link = lazyLink(this.resolve, anchor.getAttribute('href') ?? '');
    this.links.push(link);
    this.lastAnchor = anchor;
    this.lastLink = link;
    return link;
  }

  private addBreak(): void {
    if (this.brPending) {
      this.flush();
      return;
    }
    this.brPending = true;
    if (this.len > 0) this.pendingSpace = true;
  }

  private addImage(el: Element): void {
    const image = pickImageSource(el, this.resolve);
    if (image === null) return;
    this.images.push(image);
    this.brPending = false;
    const anchor = this.frames[this.depth].anchor;
    if (anchor !== null) this.linkFor(anchor);
    this.noteContent();
  }

  private resetRun(): void {
    // Flushes come at every box edge, mostly with nothing open: allocate only after real use.
    if (this.parts.length > 0) this.parts = [];
    if (this.links.length > 0) this.links = [];
    if (this.images.length > 0) this.images = [];
    this.len = 0;
    this.chars = 0;
    this.emphChars = 0;
    this.linkChars = 0;
    this.pendingSpace = false;
    this.brPending = false;
    this.lastAnchor = null;
    this.lastLink = null;
    this.top = undefined;
  }

  /** Ends the open run: emits it as a block, parks its images, or drops it. */
  private flush(): void {
    const current = this.frames[this.depth];
    const owner = current.owner;
    // A boundary inside an inline child of the owner: that child now spans blocks.
    if (current.holder !== null) this.splitEls.add(current.holder.el);
    if (this.len === 0 && this.images.length === 0) {
      this.resetRun();
      return;
    }
    const text = this.parts.join('');
    if (!ALNUM.test(text)) {
      if (this.images.length > 0) this.parkImages(owner);
      this.resetRun();
      return;
    }
    this.emit(owner, text);
    this.resetRun();
  }

  private parkImages(owner: Frame): void {
    const figure = owner.figure;
    if (figure !== null) {
      (figure.figureImages ??= []).push(...this.images);
      return;
    }
    const frame = owner.runContainer;
    if (frame === null) return;
    for (const image of this.images) this.pending.push({ image, frame, promoted: false });
  }

  private emit(owner: Frame, text: string): void {
    const id = this.blocks.length;
    const tag = owner.tag;
    let kind: BlockKind;
    let headingLevel = 0;
    if (tag === 'li' || tag === 'dt' || tag === 'dd') kind = 'list-item';
    else if (tag === 'td' || tag === 'th') kind = 'table-cell';
    else if (owner.kind === 'heading') {
      kind = 'heading';
      headingLevel = owner.headingLevel;
    } else if (owner.kind !== null) kind = owner.kind;
    else if (tag === 'address' || tag === 'summary' || tag === 'legend') kind = 'other';
    else kind = 'paragraph';

    // The block takes the run's arrays; the run starts fresh ones.
    const links = this.links;
    let images = this.images;
    this.links = [];
    this.images = [];
    if (this.pending.length > 0) {
      images = this.pending.map((p) => p.image).concat(images);
      this.pending = [];
    }

    const containerFrame = owner.runContainer;
    const container = containerFrame === null ? -1 : this.ensureContainer(containerFrame);
    const flags = owner.flags;
    this.blocks.push({
      id,
      kind,
      text,
      links,
      images,
      features: {
        tag: tag === '#document' ? 'html' : tag,
        headingLevel,
        container,
        words: [],
        role: null,
        inList: (flags & F_LIST) !== 0,
        inQuote: (flags & F_QUOTE) !== 0,
        inFigure: (flags & F_FIGURE) !== 0,
        inTable: (flags & F_TABLE) !== 0,
        linkChars: this.linkChars,
        linkCount: links.length,
        visible: (flags & F_HIDDEN) === 0,
        emphasized: this.isEmphasized(text),
      },
    });
    const holder = this.top;
    if (holder !== undefined && holder !== null && !this.splitEls.has(holder)) {
      this.elements.push(holder);
      this.elementAttrs.push(this.topAttrs);
      this.exclusive.push(true);
    } else {
      this.elements.push(owner.el);
      this.elementAttrs.push(owner.attrs);
      this.exclusive.push(false);
    }
    this.blockContainerEls.push(containerFrame === null ? null : containerFrame.el);
    owner.directCount++;
    owner.lastDirect = id;
    if (tag === 'figcaption' && owner.figure !== null && owner.figure.captionBlock < 0) owner.figure.captionBlock = id;
  }

  /** Bold/strong/em all through, or a short all-caps or colon-ended label ("RELATED", "Read more:"). */
  private isEmphasized(text: string): boolean {
    if (this.chars > 0 && this.emphChars === this.chars) return true;
    if (text.length > 40) return false;
    if (text.endsWith(':') && text.split(' ').length <= 4) return true;
    return UPPER.test(text) && !LOWER.test(text) && /\p{L}.*\p{L}/u.test(text);
  }

  private ensureContainer(frame: Frame): number {
    if (frame.containerId >= 0) return frame.containerId;
    const chain: Frame[] = [];
    let f: Frame | null = frame;
    while (f !== null && f.containerId < 0) {
      chain.push(f);
      f = f.parentContainer;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      const id = this.containers.length;
      const el = c.el;
      const attrs = c.attrs;
      const role = attrs & A_ROLE ? el.getAttribute('role') : null;
      const itemprop = attrs & A_ITEMPROP ? el.getAttribute('itemprop') : null;
      this.containers.push({
        id,
        parent: c.parentContainer === null ? -1 : c.parentContainer.containerId,
        tag: c.tag,
        role: role ? role.trim().toLowerCase() || null : null,
        words: attrs !== 0 ? elementWords(el, attrs) : [],
        itemprop: itemprop ? itemprop.trim().toLowerCase() : '',
        visible: (c.flags & F_HIDDEN) === 0,
      });
      this.containerElements.push(el);
      c.containerId = id;
    }
    return frame.containerId;
  }

  private finish(): Segmentation {
    const { blocks, elements, elementAttrs } = this;
    for (let i = 0; i < blocks.length; i++) {
      const el = elements[i];
      const attrs = elementAttrs[i];
      // The block element's own words and role; a loose run's box carries them as a container.
      // (Top-level text of a linkedom document without an element sits on the Document itself.)
      // (An element without class, id or role keeps the empty words and null role it was made
      // with; A_ANY, the root's mask, was never read: ask the element.)
      if (el === this.blockContainerEls[i] || !(attrs & (A_CLASS | A_ID | A_ROLE))) continue;
      if (attrs === A_ANY && !(el.nodeType === ELEMENT_NODE && el.hasAttributes())) continue;
      const f = blocks[i].features;
      f.words = elementWords(el, attrs);
      const role = attrs & A_ROLE ? el.getAttribute('role') : null;
      f.role = role ? role.trim().toLowerCase() || null : null;
    }
    return {
      page: { blocks, containers: this.containers, hints: readPageHints(this.doc, this.options.url ?? null, this.hintSources) },
      elements,
      elementExclusive: this.exclusive,
      containerElements: this.containerElements,
    };
  }
}
