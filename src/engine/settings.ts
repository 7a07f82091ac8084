/**
 * Every threshold the engine uses, in one place. Sensitivity presets are just
 * settings objects: "thorough" flags more, "conservative" flags only what it
 * is very sure of.
 */
import type { Sensitivity } from './types';

export interface EngineSettings {
  /** Chrome evidence at or above this weight flags a block inside the article region. */
  flagInRegion: number;
  /** Jaccard similarity of word 3-shingles at or above which two blocks are near-copies. */
  nearDuplicate: number;
  /** Share of a short block's 4-shingles found in a longer block for it to count as contained. */
  containment: number;
  /** Blocks with fewer words are never tested for near-duplication (too little evidence). */
  minWordsNear: number;
  /** Blocks with fewer words are never tested for containment. */
  minWordsContained: number;
  /** Link share of a block's text from which it reads as a link list. */
  linkDense: number;
  /** Words needed for a block to count as body text in the sequence view. */
  goodWords: number;
}

const BALANCED: EngineSettings = {
  flagInRegion: 0.8,
  nearDuplicate: 0.6,
  containment: 0.85,
  minWordsNear: 8,
  minWordsContained: 6,
  linkDense: 0.5,
  goodWords: 12,
};

export const PRESETS: Readonly<Record<Sensitivity, EngineSettings>> = {
  conservative: { ...BALANCED, flagInRegion: 0.9, nearDuplicate: 0.75, containment: 0.9, linkDense: 0.7 },
  balanced: BALANCED,
  thorough: { ...BALANCED, flagInRegion: 0.7, nearDuplicate: 0.5, containment: 0.8, linkDense: 0.4, minWordsContained: 5 },
};

export function settingsFor(sensitivity: Sensitivity | undefined): EngineSettings {
  return PRESETS[sensitivity ?? 'balanced'] ?? BALANCED;
}
