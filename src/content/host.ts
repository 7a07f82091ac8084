/**
 * Winnow's one node in the page: a host element appended to <html>, with a
 * shadow root holding the chip and the tooltip. Page styles cannot reach into
 * the shadow tree, and the host itself is pinned with inline !important
 * declarations so a page rule such as `html > * { display: block }` cannot
 * give it a size or move the page's layout.
 */
import { UI_CSS } from './ui-style';

export const HOST_TAG = 'winnow-ui';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

export class Host {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;

  constructor(private readonly doc: Document) {
    this.element = doc.createElement(HOST_TAG);
    // Open, so assistive tech and the browser tests can reach the controls;
    // actions that change stored state only accept trusted (real) input.
    try {
      this.root = this.element.attachShadow({ mode: 'open' });
    } catch {
      // The page defined <winnow-ui> itself, as a custom element that already holds a
      // shadow root (tests/browser/hostile.test.ts): take a name it could not foresee.
      this.element = doc.createElement(`${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`);
      this.root = this.element.attachShadow({ mode: 'open' });
    }
    for (const [k, v] of Object.entries(HOST_STYLE)) this.element.style.setProperty(k, v, 'important');
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.root.append(style);
  }

  /** Attach (again, if the page removed it). */
  attach(): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
  }

  remove(): void {
    this.element.remove();
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.element || this.element.contains(node) || this.root.contains(node));
  }
}
