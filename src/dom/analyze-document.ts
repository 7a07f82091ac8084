/** A document in, an analysis out: segmentation then the engine. */
import { analyze } from '../engine/index';
import type { Analysis, EngineOptions } from '../engine/types';
import { segmentDocument, type Segmentation } from './segment';

export interface AnalyzeDocumentOptions extends EngineOptions {
  url?: string | null;
}

export function analyzeDocument(doc: Document, options: AnalyzeDocumentOptions = {}): Analysis {
  return analyzeSegmented(doc, options).analysis;
}

/** Same, keeping the block → element map (the content script needs it to highlight). */
export function analyzeSegmented(
  doc: Document,
  options: AnalyzeDocumentOptions = {},
): { analysis: Analysis; segmentation: Segmentation } {
  const segmentation = segmentDocument(doc, { url: options.url });
  const analysis = analyze(segmentation.page, options);
  return { analysis, segmentation };
}
