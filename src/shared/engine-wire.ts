/**
 * The engine's input as it crosses from a content script to the service worker
 * (`winnow/analyze`, answered with an Analysis), and its check on receipt: the
 * content script shares a process with the page, so the worker takes nothing
 * on trust. The check is one pass over the data, bounded in size, and accepts
 * exactly what the DOM segmenter produces.
 */
import type { BlockKind, Correction, EngineOptions, MemoryView, PageInput, Sensitivity } from '../engine/types';

/** What a memory view says about one page: the fingerprints it has seen, with their page counts. */
export interface MemoryCounts {
  site: string;
  templateThreshold: number;
  blocks: [string, number][];
}

export interface AnalyzeRequest {
  type: 'winnow/analyze';
  page: PageInput;
  sensitivity?: Sensitivity;
  corrections?: Correction[];
  memory?: MemoryCounts;
}

/** Limits well past any real page (the largest benchmark page has ~40,000 blocks at 10 MB). */
export const WIRE_LIMITS = { blocks: 500_000, containers: 1_000_000, textChars: 64_000_000, words: 200, corrections: 10_000, memory: 500_000 };

const KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'list-item', 'quote', 'caption', 'preformatted', 'table-cell', 'other']);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isWords = (v: unknown): boolean => Array.isArray(v) && v.length <= WIRE_LIMITS.words && v.every((w) => typeof w === 'string' && w.length < 200);

export function isPageInput(v: unknown): v is PageInput {
  if (!isObj(v) || !Array.isArray(v.blocks) || !Array.isArray(v.containers) || !isObj(v.hints)) return false;
  const { blocks, containers, hints } = v as { blocks: unknown[]; containers: unknown[]; hints: Record<string, unknown> };
  if (blocks.length > WIRE_LIMITS.blocks || containers.length > WIRE_LIMITS.containers) return false;
  const nc = containers.length;
  for (let i = 0; i < nc; i++) {
    const c = containers[i];
    if (
      !isObj(c) ||
      c.id !== i ||
      !isInt(c.parent, -1, nc - 1) ||
      typeof c.tag !== 'string' ||
      !isStrOrNull(c.role) ||
      !isWords(c.words) ||
      typeof c.itemprop !== 'string' ||
      typeof c.visible !== 'boolean'
    ) {
      return false;
    }
  }
  let chars = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isObj(b) || b.id !== i || !KINDS.has(b.kind as BlockKind) || typeof b.text !== 'string' || !Array.isArray(b.links) || !Array.isArray(b.images)) return false;
    chars += b.text.length;
    if (chars > WIRE_LIMITS.textChars) return false;
    const f = b.features;
    if (
      !isObj(f) ||
      typeof f.tag !== 'string' ||
      !isInt(f.headingLevel, 0, 6) ||
      !isInt(f.container, -1, nc - 1) ||
      !isWords(f.words) ||
      !isStrOrNull(f.role) ||
      typeof f.inList !== 'boolean' ||
      typeof f.inQuote !== 'boolean' ||
      typeof f.inFigure !== 'boolean' ||
      typeof f.inTable !== 'boolean' ||
      !isInt(f.linkChars, 0, Number.MAX_SAFE_INTEGER) ||
      !isInt(f.linkCount, 0, Number.MAX_SAFE_INTEGER) ||
      !(f.visible === null || typeof f.visible === 'boolean') ||
      !(f.emphasized === undefined || typeof f.emphasized === 'boolean')
    ) {
      return false;
    }
  }
  return (
    ['url', 'lang', 'documentTitle', 'headline', 'description', 'byline', 'publishedTime', 'siteName'].every((k) => isStrOrNull(hints[k])) &&
    (hints.dir === null || hints.dir === 'ltr' || hints.dir === 'rtl') &&
    Array.isArray(hints.types) &&
    hints.types.length <= 100 &&
    hints.types.every((t) => typeof t === 'string')
  );
}

function isMemoryCounts(v: unknown): v is MemoryCounts {
  return (
    isObj(v) &&
    typeof v.site === 'string' &&
    typeof v.templateThreshold === 'number' &&
    Number.isFinite(v.templateThreshold) &&
    Array.isArray(v.blocks) &&
    v.blocks.length <= WIRE_LIMITS.memory &&
    v.blocks.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'number')
  );
}

const isCorrection = (c: unknown): c is Correction =>
  isObj(c) && typeof c.fingerprint === 'string' && /^[0-9a-f]{8,64}$/.test(c.fingerprint) && (c.action === 'keep' || c.action === 'flag');

/** The fields of a `winnow/analyze` message, checked (the message's type is checked by its caller). */
export function isAnalyzeRequestBody(m: Record<string, unknown>): boolean {
  return (
    (m.sensitivity === undefined || m.sensitivity === 'conservative' || m.sensitivity === 'balanced' || m.sensitivity === 'thorough') &&
    (m.corrections === undefined || (Array.isArray(m.corrections) && m.corrections.length <= WIRE_LIMITS.corrections && m.corrections.every(isCorrection))) &&
    (m.memory === undefined || isMemoryCounts(m.memory)) &&
    isPageInput(m.page)
  );
}

/** The engine's options from a checked request. */
export function engineOptionsOf(req: AnalyzeRequest): EngineOptions {
  const options: EngineOptions = {};
  if (req.sensitivity) options.sensitivity = req.sensitivity;
  if (req.corrections) options.corrections = req.corrections;
  if (req.memory) {
    const counts = new Map(req.memory.blocks);
    const view: MemoryView = { site: req.memory.site, templateThreshold: req.memory.templateThreshold, pagesWithBlock: (fp) => counts.get(fp) ?? 0 };
    options.memory = view;
  }
  return options;
}
