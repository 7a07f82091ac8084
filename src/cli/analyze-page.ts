/** A loaded page → the engine's Analysis: HTML through linkedom and the DOM segmenter, text through textToPage. */
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../dom/analyze-document';
import { analyze, textToPage } from '../engine/index';
import type { Analysis } from '../engine/types';
import type { LoadedPage } from './inputs';

export interface AnalyzePageOptions {
  url?: string | null;
}

export function analyzePage(page: LoadedPage, options: AnalyzePageOptions = {}): Analysis {
  const url = options.url ?? null;
  if (page.format === 'text') return analyze(textToPage(page.text, { url }));
  return analyzeDocument(htmlToDocument(page.text), { url });
}

/**
 * linkedom builds a Document only from a whole document: given a fragment, its
 * documentElement is the fragment's first element and `body` throws. Wrap
 * anything without an <html> element so every page has html/head/body.
 */
export function htmlToDocument(html: string): Document {
  let source = html;
  if (!/<html[\s>]/i.test(html)) {
    source = /<(?:head|body)[\s>]/i.test(html)
      ? `<!DOCTYPE html><html>${html}</html>`
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  }
  const { document } = parseHTML(source);
  return document as unknown as Document;
}
