/**
 * One extraction: HTML in, article text out, for Winnow or Mozilla Readability,
 * on linkedom or jsdom. Each call parses its own document (Readability mutates
 * the one it reads), so both systems see the same, fresh DOM implementation's
 * view of the page. Errors never escape: a page that throws yields empty text
 * and the error message.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../src/dom/analyze-document';

export type SystemName = 'winnow' | 'readability';
export type DomName = 'linkedom' | 'jsdom';

export const SYSTEMS: readonly SystemName[] = ['winnow', 'readability'];

export interface ParsedPage {
  document: Document;
  serialize(): string;
  close(): void;
  /** Set when the page could only be parsed with a workaround. */
  warning?: string;
}

function validUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

const STYLE_ELEMENTS = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export function parsePage(html: string, dom: DomName, url?: string | null): ParsedPage {
  if (dom === 'jsdom') {
    const make = (source: string): JSDOM => new JSDOM(source, { url: validUrl(url), virtualConsole: new VirtualConsole() });
    let jsdom: JSDOM;
    let warning: string | undefined;
    try {
      jsdom = make(html);
    } catch (e) {
      // jsdom 29 throws from the constructor on some stylesheets css-tree can't parse (e.g. Sass
      // variables left in a calc()). Neither system reads stylesheets, so parse without them.
      jsdom = make(html.replace(STYLE_ELEMENTS, ''));
      warning = `jsdom could not parse the page (${errorMessage(e)}); parsed again without its <style> elements`;
    }
    return {
      document: jsdom.window.document,
      serialize: () => jsdom.serialize(),
      close: () => jsdom.window.close(),
      warning,
    };
  }
  const { document } = parseHTML(html) as unknown as { document: Document };
  return { document, serialize: () => String(document), close: () => {} };
}

export interface Extraction {
  text: string;
  /** Wall time including parsing, milliseconds. */
  ms: number;
  error?: string;
  warning?: string;
}

export function extract(system: SystemName, html: string, dom: DomName, url?: string | null): Extraction {
  const t0 = performance.now();
  let page: ParsedPage | null = null;
  try {
    page = parsePage(html, dom, url);
    let text: string;
    if (system === 'winnow') {
      text = analyzeDocument(page.document, { url: url ?? null }).cleanText ?? '';
    } else {
      text = new Readability(page.document).parse()?.textContent ?? '';
    }
    const out: Extraction = { text, ms: performance.now() - t0 };
    if (page.warning) out.warning = page.warning;
    return out;
  } catch (e) {
    return { text: '', ms: performance.now() - t0, error: errorMessage(e) };
  } finally {
    try {
      page?.close();
    } catch {
      /* ignore */
    }
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 500);
  return String(e).slice(0, 500);
}
