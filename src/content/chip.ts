/**
 * The summary chip: counts, previous/next flag, the reading view, and off.
 * Lives in Winnow's shadow root; plain <button>s, so it is reachable and
 * usable from the keyboard with the usual Tab / Enter / Space.
 */
import type { HighlightLook } from '../shared/messages';
import { t } from '../shared/i18n';
import { h } from './dom-build';

export interface ChipHandlers {
  prev(): void;
  next(): void;
  openReader(): void;
  turnOff(): void;
  /** In the collapse look: show the hidden blocks tinted on this page, or hide them again. */
  toggleLook(): void;
}

export interface ChipState {
  duplicate: number;
  boilerplate: number;
  marked: number;
  look: HighlightLook;
  /** The reader's setting (the page may be showing tint temporarily). */
  settingLook: HighlightLook;
}

export class Chip {
  readonly element: HTMLElement;
  private readonly counts: HTMLElement;
  private readonly prevBtn: HTMLButtonElement;
  private readonly nextBtn: HTMLButtonElement;
  private readonly lookBtn: HTMLButtonElement;
  private readonly minBtn: HTMLButtonElement;
  private readonly note: HTMLElement;
  /** "This story also appeared on …" from the cross-page memory. */
  private readonly memoryNote: HTMLElement;
  private noteTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(doc: Document, root: ShadowRoot, handlers: ChipHandlers) {
    const on = (btn: HTMLButtonElement, fn: () => void) =>
      btn.addEventListener('click', (e) => {
        e.stopPropagation();
        try {
          fn();
        } catch {
          // never into the page's console
        }
      });
    this.counts = h(doc, 'span', { class: 'counts' });
    this.note = h(doc, 'span', { class: 'note', role: 'status', 'aria-live': 'polite', hidden: '' });
    this.memoryNote = h(doc, 'span', { class: 'memory', hidden: '' });
    this.prevBtn = h(doc, 'button', { class: 'prev', type: 'button', 'aria-label': t('chipPrevious'), title: t('chipPrevious') }, '\u2039');
    this.nextBtn = h(doc, 'button', { class: 'next', type: 'button', 'aria-label': t('chipNext'), title: t('chipNext') }, '\u203a');
    const read = h(doc, 'button', { class: 'read', type: 'button' }, t('chipReadingView'));
    const off = h(doc, 'button', { class: 'off', type: 'button', title: t('chipOffTitle') }, t('chipOff'));
    this.lookBtn = h(doc, 'button', { class: 'look', type: 'button', hidden: '' }, t('chipShow'));
    this.minBtn = h(doc, 'button', { class: 'min', type: 'button', 'aria-expanded': 'true', 'aria-label': t('chipCollapse') }, t('chipName'));
    on(this.prevBtn, handlers.prev);
    on(this.nextBtn, handlers.next);
    on(read, handlers.openReader);
    on(off, handlers.turnOff);
    on(this.lookBtn, handlers.toggleLook);
    on(this.minBtn, () => this.setMinimised(!this.element.hasAttribute('data-min')));
    this.element = h(
      doc,
      'div',
      { class: 'chip', role: 'region', 'aria-label': t('chipName') },
      this.minBtn,
      this.counts,
      this.memoryNote,
      this.note,
      this.lookBtn,
      h(doc, 'span', { class: 'nav' }, this.prevBtn, this.nextBtn),
      read,
      off,
    );
    root.append(this.element);
  }

  setMinimised(min: boolean): void {
    this.element.toggleAttribute('data-min', min);
    this.minBtn.setAttribute('aria-expanded', String(!min));
    this.minBtn.setAttribute('aria-label', min ? t('chipExpand') : t('chipCollapse'));
  }

  /** A short message for the reader (a saved correction, …), spoken by screen readers. */
  notify(text: string, ms = 6000): void {
    if (this.noteTimer !== null) clearTimeout(this.noteTimer);
    this.note.textContent = text;
    this.note.hidden = false;
    this.element.toggleAttribute('data-min', false);
    this.noteTimer = setTimeout(() => {
      this.noteTimer = null;
      this.note.hidden = true;
      this.note.textContent = '';
    }, ms);
  }

  /** The syndication note (null: none). Stays while the page does. */
  setMemoryNote(text: string | null): void {
    if ((this.memoryNote.textContent || null) === text) return;
    this.memoryNote.textContent = text ?? '';
    this.memoryNote.hidden = !text;
  }

  update(s: ChipState): void {
    const flagged = s.duplicate + s.boilerplate;
    this.counts.replaceChildren();
    const doc = this.counts.ownerDocument;
    if (flagged === 0) {
      this.counts.append(t('chipNothingFlagged'));
    } else if (s.look === 'collapse') {
      this.counts.append(t('chipHiddenCounts', flagged, s.duplicate, s.boilerplate));
    } else {
      this.counts.append(
        h(doc, 'span', { class: 'dot duplicate', 'aria-hidden': 'true' }),
        t('chipRepeated', s.duplicate),
        h(doc, 'span', { class: 'dot boilerplate', 'aria-hidden': 'true' }),
        t('chipChrome', s.boilerplate),
      );
    }
    const navigable = s.marked > 0 && s.look === 'tint';
    this.prevBtn.disabled = !navigable;
    this.nextBtn.disabled = !navigable;
    this.lookBtn.hidden = s.settingLook !== 'collapse' || flagged === 0;
    this.lookBtn.textContent = s.look === 'collapse' ? t('chipShow') : t('chipHide');
    this.lookBtn.setAttribute('aria-label', s.look === 'collapse' ? t('chipShowHidden') : t('chipHideFlagged'));
  }

  remove(): void {
    if (this.noteTimer !== null) clearTimeout(this.noteTimer);
    this.element.remove();
  }
}
