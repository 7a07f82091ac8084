/**
 * The memory's shapes that cross contexts (content script ↔ service worker ↔
 * popup, CLI JSON). Types only, no code: the content script imports these
 * without pulling in the store or the public suffix list.
 */

export interface RecordedBlock {
  /** `fingerprint(text)` of the block (src/engine/normalize.ts): 16 hex digits. */
  fp: string;
  /** A paragraph of the article (content, long enough): the blocks syndication is judged on. */
  article: boolean;
  /** The block's text; sent and kept only when the reader turned `storeText` on. */
  text?: string;
}

/** Where a story was seen before, on another site. */
export interface SeenElsewhere {
  /** Registrable domain, e.g. 'menafn.com'. */
  site: string;
  /** The page it was first seen on there (null when that page has since been forgotten). */
  url: string | null;
  /** ISO 8601 time of that first sighting. */
  firstSeen: string;
}

/** What the memory adds to a page's analysis (the CLI's `memory` field, the popup's note). */
export interface MemoryNote {
  seenElsewhere: SeenElsewhere[];
}

/** The template part of one site's memory, as sent to a content script before it analyses a page. */
export interface TemplateSnapshot {
  site: string;
  templateThreshold: number;
  /** [fingerprint, distinct pages other than this one] for blocks at or over the threshold. */
  blocks: [string, number][];
}

/** The service worker's answer to `winnow/memory-view`. */
export interface MemoryViewReply {
  snapshot: TemplateSnapshot;
  /** Send block texts with the record (the reader allowed keeping them). */
  storeText: boolean;
  /** This tab does not write to the memory (a private window): lookups only. */
  readOnly: boolean;
}

/** The service worker's answer to `winnow/memory-record`. */
export interface MemoryRecordReply {
  seenElsewhere: SeenElsewhere[];
  recorded: boolean;
}
