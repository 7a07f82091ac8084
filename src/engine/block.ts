/** Helpers to build engine input by hand (plain text, tests) with neutral defaults. */
import type { Block, BlockFeatures, BlockKind, PageHints } from './types';

export interface BlockInit extends Partial<BlockFeatures> {
  kind?: BlockKind;
  links?: Block['links'];
  images?: Block['images'];
}

export function makeBlock(id: number, text: string, init: BlockInit = {}): Block {
  const { kind = 'paragraph', links = [], images = [], ...features } = init;
  return {
    id,
    kind,
    text,
    links,
    images,
    features: {
      tag: 'p',
      headingLevel: 0,
      container: -1,
      words: [],
      role: null,
      inList: kind === 'list-item',
      inQuote: kind === 'quote',
      inFigure: kind === 'caption',
      inTable: kind === 'table-cell',
      linkChars: 0,
      linkCount: 0,
      visible: null,
      ...features,
    },
  };
}

export function emptyHints(): PageHints {
  return {
    url: null,
    lang: null,
    dir: null,
    documentTitle: null,
    headline: null,
    description: null,
    byline: null,
    publishedTime: null,
    siteName: null,
    types: [],
  };
}
