/**
 * The engine's contract. Everything the engine knows about a page arrives as a
 * `PageInput` (ordered blocks, the containers around them, and page-level hints);
 * everything it decides leaves as an `Analysis`. No browser API appears here, so
 * the same engine serves the content script, the popup, the CLI and the benchmarks.
 */

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'preformatted'
  | 'table-cell'
  | 'other';

export type Verdict = 'content' | 'duplicate' | 'boilerplate' | 'meta';

export interface LinkRef {
  text: string;
  href: string;
}

export interface ImageRef {
  src: string;
  alt: string;
}

/**
 * An element that encloses blocks (article, section, div, aside, ul …), as the
 * segmenter saw it. Containers form a tree through `parent`; blocks point at
 * their nearest container. The engine walks this tree to find the main
 * content region and to read context (a footer, a "related" box) once per
 * container instead of once per block.
 */
export interface Container {
  /** Index of this container in `PageInput.containers`. */
  id: number;
  /** Parent container id, or -1 for the outermost one (usually <body>). */
  parent: number;
  /** Lower-case tag name. */
  tag: string;
  /** ARIA role attribute, lower-case, or null. */
  role: string | null;
  /** Words of the class and id attributes, lower-case, split on -, _, spaces and camelCase. */
  words: string[];
  /** Microdata / JSON-LD style hint: itemprop="articleBody", etc. Lower-case; empty when none. */
  itemprop: string;
  /** False when the element is known to be hidden (hidden attribute, display:none, aria-hidden). */
  visible: boolean;
}

/** What a reader's eye uses to judge a block, gathered by the segmenter. */
export interface BlockFeatures {
  /** The block element's own lower-case tag ('p', 'li', 'h2', 'div', …); 'line' for plain text. */
  tag: string;
  /** 1..6 for headings, 0 otherwise. */
  headingLevel: number;
  /** Nearest enclosing container id, or -1 (plain text has no containers). */
  container: number;
  /** Words of the block element's own class and id (the containers carry their own). */
  words: string[];
  /** ARIA role of the block element itself, or null. */
  role: string | null;
  inList: boolean;
  inQuote: boolean;
  inFigure: boolean;
  inTable: boolean;
  /** Characters of the block's text that sit inside links. */
  linkChars: number;
  /** Number of links in the block. */
  linkCount: number;
  /** False when known hidden; null when unknown (plain text, no layout). */
  visible: boolean | null;
  /** Bold/strong-only or all-caps label-like block (e.g. "Related:"); optional hint. */
  emphasized?: boolean;
}

export interface Block {
  /** Integer, page order, 0-based and dense. */
  id: number;
  kind: BlockKind;
  /** The block's visible text, whitespace collapsed to single spaces, trimmed. */
  text: string;
  features: BlockFeatures;
  /** What the reading view needs to rebuild the block. */
  links: LinkRef[];
  images: ImageRef[];
}

/** Page-level facts read from <head>, JSON-LD, <html lang>, the URL, … */
export interface PageHints {
  url: string | null;
  /** <html lang> or content-language, as given. */
  lang: string | null;
  /** <html dir>, when given. */
  dir: 'ltr' | 'rtl' | null;
  /** <title>. */
  documentTitle: string | null;
  /** og:title / twitter:title / JSON-LD headline. */
  headline: string | null;
  /** og:description / meta description / JSON-LD description. */
  description: string | null;
  /** meta author / JSON-LD author / rel=author. */
  byline: string | null;
  /** article:published_time / JSON-LD datePublished / <time datetime>, as given. */
  publishedTime: string | null;
  /** og:site_name / JSON-LD publisher.name. */
  siteName: string | null;
  /** JSON-LD @type values and og:type, lower-case (e.g. 'newsarticle', 'article'). */
  types: string[];
}

export interface PageInput {
  blocks: Block[];
  containers: Container[];
  hints: PageHints;
}

export interface Reason {
  /** Stable machine code, e.g. 'exact-repeat', 'newsletter-pitch'. */
  code: string;
  /** Values the message was built from (block ids, counts, phrases). */
  params: Record<string, string | number>;
  /** The reason in plain English. */
  message: string;
}

export interface BlockResult {
  id: number;
  kind: BlockKind;
  text: string;
  verdict: Verdict;
  /** Confidence in the verdict, 0..1. */
  score: number;
  reasons: Reason[];
  /** For duplicates: the id of the `content` block this one repeats; otherwise null. */
  duplicateOf: number | null;
}

export interface AnalysisStats {
  blocks: number;
  content: number;
  duplicate: number;
  boilerplate: number;
  meta: number;
  /** Wall time of the analysis in milliseconds. */
  ms: number;
}

export interface Analysis {
  title: string | null;
  byline: string | null;
  /** ISO 8601, or null. */
  publishedTime: string | null;
  siteName: string | null;
  /** The syndication source credit ("RT.com"), or null. */
  source: string | null;
  /** BCP 47 tag, or null. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  blocks: BlockResult[];
  /** The article body: content blocks in page order, blank line between blocks. */
  cleanText: string;
  stats: AnalysisStats;
}

export type Sensitivity = 'conservative' | 'balanced' | 'thorough';

/** A reader's correction, matched by the block's normalised text fingerprint. */
export interface Correction {
  fingerprint: string;
  action: 'keep' | 'flag';
}

/**
 * What the cross-page memory knows, as the engine sees it: a lookup, never the
 * store itself, so the engine stays pure. Provided by src/memory.
 */
export interface MemoryView {
  /** The registrable domain of the page (e.g. 'kenyastar.com'). */
  site: string;
  /** On how many distinct earlier pages of this site a block with this fingerprint appeared. */
  pagesWithBlock(fingerprint: string): number;
  /** How many earlier distinct pages make a block the site's template (a setting, default 3). */
  templateThreshold: number;
}

export interface EngineOptions {
  sensitivity?: Sensitivity;
  /** Cross-page memory of the site's template blocks. */
  memory?: MemoryView;
  /** Per-site corrections from the reader ("keep this" / "always flag this"). */
  corrections?: Correction[];
  /** Clock for reproducible output in tests; defaults to performance.now / Date.now. */
  now?: () => number;
}
