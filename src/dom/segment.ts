/** DOM → blocks (stub; the real segmenter replaces this). */
import type { PageInput } from '../engine/types';
import { emptyHints } from '../engine/block';

export interface Segmentation {
  page: PageInput;
  /** elements[i] is the page element that block i was read from. */
  elements: Element[];
}

export interface SegmentOptions {
  url?: string | null;
}

export function segmentDocument(_doc: Document, options: SegmentOptions = {}): Segmentation {
  return { page: { blocks: [], containers: [], hints: { ...emptyHints(), url: options.url ?? null } }, elements: [] };
}
