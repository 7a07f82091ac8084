/**
 * Hovering a flagged block opens its tooltip (after a short delay, so moving
 * the pointer across the page does not flicker tooltips), and leaving both the
 * block and the tooltip closes it. Listeners sit on the document (capture,
 * passive), so no page element gets a listener of its own; Escape closes.
 */
export interface HoverOptions {
  /** The marked element under `target`, or null. */
  flaggedAt(target: EventTarget | null): Element | null;
  open(el: Element): void;
  close(): void;
  isOpenFor(el: Element): boolean;
  /** The page scrolled: keep the tooltip beside its block (or close it when the block left the view). */
  scrolled(): void;
  openDelayMs?: number;
  closeDelayMs?: number;
}

export class HoverTips {
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private insideTip = false;
  private attached = false;

  constructor(
    private readonly doc: Document,
    private readonly opts: HoverOptions,
  ) {}

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.doc.addEventListener('mouseover', this.onOver, { capture: true, passive: true });
    this.doc.addEventListener('keydown', this.onKey, { capture: true });
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.doc.removeEventListener('mouseover', this.onOver, { capture: true });
    this.doc.removeEventListener('keydown', this.onKey, { capture: true });
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.clearTimers();
  }

  /** The pointer entered or left the tooltip itself. */
  pointerInTip(inside: boolean): void {
    this.insideTip = inside;
    if (inside) this.cancelClose();
    else this.scheduleClose();
  }

  private readonly onOver = (e: Event): void => {
    try {
      const el = this.opts.flaggedAt(e.target);
      if (!el) {
        if (!this.insideTip) this.scheduleClose();
        return;
      }
      this.cancelClose();
      if (this.opts.isOpenFor(el)) return;
      if (this.openTimer !== null) clearTimeout(this.openTimer);
      this.openTimer = setTimeout(() => {
        this.openTimer = null;
        try {
          this.opts.open(el);
        } catch {
          // swallow
        }
      }, this.opts.openDelayMs ?? 250);
    } catch {
      // swallow
    }
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      this.clearTimers();
      try {
        this.opts.close();
      } catch {
        // swallow
      }
    }
  };

  private scrollFrame = 0;

  private readonly onScroll = (): void => {
    // The tooltip has fixed coordinates: follow the block, once per frame.
    if (this.scrollFrame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.scrollFrame = view.requestAnimationFrame(() => {
      this.scrollFrame = 0;
      try {
        this.opts.scrolled();
      } catch {
        // swallow
      }
    });
  };

  private scheduleClose(delay = this.opts.closeDelayMs ?? 350): void {
    if (this.openTimer !== null) {
      clearTimeout(this.openTimer);
      this.openTimer = null;
    }
    if (this.closeTimer !== null) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (this.insideTip) return;
      try {
        this.opts.close();
      } catch {
        // swallow
      }
    }, delay);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private clearTimers(): void {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.cancelClose();
  }
}
