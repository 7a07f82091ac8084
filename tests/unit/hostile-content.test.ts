/**
 * Content-script pieces against hostile pages, under jsdom (the browser test
 * tests/browser/hostile.test.ts runs the whole content script in Chromium).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Host, HOST_TAG } from '../../src/content/host';

describe('Winnow\'s host element', () => {
  it('still gets a shadow root of its own when the page defined <winnow-ui> with one', () => {
    const { window } = new JSDOM('<!doctype html><html><body><p>x</p></body></html>', { runScripts: 'outside-only' });
    window.eval(`customElements.define('winnow-ui', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<p>the page owns this tag</p>'; }
    });`);
    const host = new Host(window.document);
    host.attach();
    expect(host.element.localName.startsWith(`${HOST_TAG}-`)).toBe(true);
    expect(host.element.shadowRoot).toBe(host.root);
    expect(host.root.querySelector('style')).not.toBeNull();
    expect(host.contains(host.root.firstChild)).toBe(true);
    host.remove();
    expect(window.document.documentElement.lastElementChild?.localName).toBe('body');
  });

  it('uses the plain tag on an ordinary page', () => {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const host = new Host(window.document);
    expect(host.element.localName).toBe(HOST_TAG);
  });
});
