/**
 * Fallback analysis in the extension page itself: parse the page's HTML with
 * DOMParser (scripts in a parsed document never run, and nothing is rendered
 * or fetched) and run the same segmenter and engine the content script uses.
 */
import { analyzeSegmented } from '../dom/analyze-document';
import type { Analysis, Block, EngineOptions } from '../engine/types';
import type { PageSnapshot } from './fetch-analysis';

export function analyzeSnapshot(snap: PageSnapshot, options: EngineOptions = {}): { analysis: Analysis; blocks: Block[] } {
  const doc = new DOMParser().parseFromString(snap.html, 'text/html');
  // A parsed document's base URL is the extension page's; point relative links back at the site.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = snap.url;
    doc.head.prepend(base);
  }
  const { analysis, segmentation } = analyzeSegmented(doc, { ...options, url: snap.url });
  return { analysis, blocks: segmentation.page.blocks };
}
