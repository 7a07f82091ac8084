/**
 * The page-level look of the marks: one stylesheet of attribute selectors on
 * [data-winnow], adopted by the document (`document.adoptedStyleSheets`) so no
 * node is added to the page, and removing it restores the page's own list
 * exactly. Marks never move layout in the tint look: outline and an inset
 * shadow only, no margin, border or padding. The collapse look hides flagged
 * blocks on purpose.
 *
 * Where adopting fails (Firefox refuses sheets constructed in a content
 * script's compartment), the same CSS goes into a <style> placed in Winnow's
 * own host element (light DOM, so it applies to the document), which leaves
 * with the host.
 */
import type { HighlightLook } from '../shared/messages';
import { ATTR, ATTR_CURRENT, ATTR_FLASH } from './highlight';

const TINT = `
[${ATTR}] { outline-offset: 2px !important; }
[${ATTR}="duplicate"] {
  outline: 2px dashed rgba(201, 122, 0, 0.85) !important;
  box-shadow: inset 0 0 0 100vmax rgba(255, 176, 0, 0.16) !important;
}
[${ATTR}="boilerplate"] {
  outline: 1px dotted rgba(96, 104, 122, 0.85) !important;
  box-shadow: inset 0 0 0 100vmax rgba(120, 128, 150, 0.13) !important;
}
@media (prefers-color-scheme: dark) {
  [${ATTR}="duplicate"] { box-shadow: inset 0 0 0 100vmax rgba(255, 176, 0, 0.22) !important; }
  [${ATTR}="boilerplate"] { box-shadow: inset 0 0 0 100vmax rgba(160, 170, 190, 0.18) !important; }
}
`;

const COLLAPSE = `
[${ATTR}] { display: none !important; }
`;

const COMMON = `
[${ATTR_CURRENT}] { outline: 3px solid #2f5bd3 !important; outline-offset: 3px !important; }
[${ATTR_FLASH}] { outline: 3px solid #2f5bd3 !important; outline-offset: 3px !important; }
@media (prefers-reduced-motion: no-preference) {
  [${ATTR_FLASH}] { animation: winnow-flash 1.4s ease-out 1 !important; }
}
@keyframes winnow-flash {
  from { outline-color: rgba(47, 91, 211, 1); }
  to { outline-color: rgba(47, 91, 211, 0.2); }
}
`;

export function pageCss(look: HighlightLook): string {
  return (look === 'collapse' ? COLLAPSE : TINT) + COMMON;
}

export class PageStyle {
  private sheet: CSSStyleSheet | null = null;
  private fallback: HTMLStyleElement | null = null;
  private look: HighlightLook | null = null;

  constructor(
    private readonly doc: Document,
    /** Where the <style> fallback goes (Winnow's host element). */
    private readonly fallbackParent: () => Element | null,
  ) {}

  /** Install (or switch) the look. Re-adopts the sheet if the page replaced its list. */
  install(look: HighlightLook): void {
    const css = pageCss(look);
    if (this.fallback) {
      if (this.look !== look) this.fallback.textContent = css;
      if (!this.fallback.isConnected) this.fallbackParent()?.append(this.fallback);
      this.look = look;
      return;
    }
    try {
      if (!this.sheet) this.sheet = new CSSStyleSheet();
      if (this.look !== look) this.sheet.replaceSync(css);
      const list = this.doc.adoptedStyleSheets;
      if (!list.includes(this.sheet)) this.doc.adoptedStyleSheets = [...list, this.sheet];
      this.look = look;
    } catch {
      this.sheet = null;
      this.useFallback(css);
      this.look = look;
    }
  }

  private useFallback(css: string): void {
    const parent = this.fallbackParent();
    if (!parent) return;
    this.fallback = this.doc.createElement('style');
    this.fallback.textContent = css;
    parent.append(this.fallback);
  }

  /** Temporarily stop the look (e.g. while re-reading a page whose blocks the collapse look hides). */
  setDisabled(disabled: boolean): void {
    if (this.sheet) this.sheet.disabled = disabled;
    if (this.fallback) this.fallback.disabled = disabled;
  }

  get installed(): boolean {
    return this.look !== null;
  }

  /** Remove our sheet only; the page's own adopted sheets stay, in their order. */
  remove(): void {
    if (this.sheet) {
      try {
        const list = this.doc.adoptedStyleSheets;
        if (list.includes(this.sheet)) this.doc.adoptedStyleSheets = list.filter((s) => s !== this.sheet);
      } catch {
        // nothing we can do; the sheet is inert without our attributes anyway
      }
    }
    this.fallback?.remove();
    this.fallback = null;
    this.look = null;
  }
}
