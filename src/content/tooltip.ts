/**
 * The "why" of a flag: verdict, the engine's reasons, and what the reader can
 * do about it (jump to the original of a duplicate, keep this block, always
 * flag it). Rendered in the shadow root, positioned next to the block with
 * fixed coordinates, so nothing is inserted into the page.
 */
import type { FlagVerdict } from '../shared/messages';
import { t } from '../shared/i18n';
import { h } from './dom-build';

export interface TipContent {
  verdict: FlagVerdict;
  reasons: string[];
  canJump: boolean;
}

export interface TipHandlers {
  jump(): void;
  keep(): void;
  flag(): void;
}

const TITLES: Record<FlagVerdict, string> = {
  duplicate: 'tipDuplicate',
  boilerplate: 'tipBoilerplate',
};

export class Tooltip {
  readonly element: HTMLElement;
  anchor: Element | null = null;

  constructor(
    private readonly doc: Document,
    root: ShadowRoot,
    private readonly onPointerInside: (inside: boolean) => void,
  ) {
    this.element = h(doc, 'div', { class: 'tip', role: 'dialog', 'aria-label': t('tipLabel'), hidden: '' });
    this.element.addEventListener('pointerenter', () => this.onPointerInside(true));
    this.element.addEventListener('pointerleave', () => this.onPointerInside(false));
    root.append(this.element);
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  show(anchor: Element, content: TipContent, handlers: TipHandlers, opts: { note?: string } = {}): void {
    const doc = this.doc;
    this.anchor = anchor;
    const button = (label: string, cls: string, fn: () => void, trusted = true) => {
      const b = h(doc, 'button', { type: 'button', class: cls }, label);
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        // Corrections change stored state: only a real click or key press may make one.
        if (trusted && !e.isTrusted) return;
        try {
          fn();
        } catch {
          // never into the page's console
        }
      });
      return b;
    };
    const actions = h(doc, 'div', { class: 'actions' });
    if (content.canJump) actions.append(button(t('tipJump'), 'jump', handlers.jump, false));
    actions.append(button(t('tipKeep'), 'keep', handlers.keep), button(t('tipFlag'), 'flag', handlers.flag));
    const reasons = content.reasons.length
      ? h(doc, 'ul', { class: 'reasons' }, ...content.reasons.slice(0, 6).map((r) => h(doc, 'li', {}, r)))
      : h(doc, 'ul', { class: 'reasons' });
    this.element.replaceChildren(
      h(doc, 'div', { class: `verdict ${content.verdict}` }, t(TITLES[content.verdict])),
      reasons,
      actions,
      ...(opts.note ? [h(doc, 'div', { class: 'note', role: 'status' }, opts.note)] : []),
    );
    this.element.hidden = false;
    this.position();
  }

  /** Place next to the anchor: below it if there is room, else above, else over its visible part. */
  position(): void {
    if (!this.anchor || this.element.hidden) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const r = this.anchor.getBoundingClientRect();
    const tip = this.element.getBoundingClientRect();
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const gap = 6;
    let top: number;
    if (r.bottom + gap + tip.height <= vh) top = r.bottom + gap;
    else if (r.top - gap - tip.height >= 0) top = r.top - gap - tip.height;
    else top = Math.max(gap, Math.min(vh - tip.height - gap, r.top + gap));
    const left = Math.max(gap, Math.min(vw - tip.width - gap, r.left));
    this.element.style.top = `${Math.round(top)}px`;
    this.element.style.left = `${Math.round(left)}px`;
  }

  focusFirst(): void {
    this.element.querySelector('button')?.focus();
  }

  hide(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
    this.anchor = null;
  }
}
