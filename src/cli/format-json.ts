/**
 * The CLI's JSON contract (docs/analysis.schema.json): exactly these fields, every
 * one present, null when unknown. The engine's `dir` is deliberately left out (the
 * schema forbids fields it doesn't list; adding one is a schema change).
 */
import type { Analysis, BlockKind, Reason, Verdict } from '../engine/types';
import type { MemoryNote } from '../memory/types';

export interface JsonReason {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface JsonBlock {
  id: number;
  kind: BlockKind;
  text: string;
  verdict: Verdict;
  score: number;
  reasons: JsonReason[];
  duplicateOf: number | null;
}

export interface JsonAnalysis {
  file: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  source: string | null;
  lang: string | null;
  blocks: JsonBlock[];
  cleanText: string;
  stats: { blocks: number; content: number; duplicate: number; boilerplate: number; meta: number; ms: number };
  /** Only with `--memory`: what the cross-page memory knew of the page. */
  memory?: MemoryNote;
}

export interface JsonError {
  file: string;
  error: string;
}

export const BLOCK_KINDS: readonly BlockKind[] = [
  'heading',
  'paragraph',
  'list-item',
  'quote',
  'caption',
  'preformatted',
  'table-cell',
  'other',
];

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const BCP_47 = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

export function toJson(file: string, a: Analysis, memory?: MemoryNote): JsonAnalysis {
  const out: JsonAnalysis = {
    file,
    title: nonEmpty(a.title),
    byline: nonEmpty(a.byline),
    publishedTime: isoOrNull(a.publishedTime),
    siteName: nonEmpty(a.siteName),
    source: nonEmpty(a.source),
    lang: bcp47OrNull(a.lang),
    blocks: a.blocks.map((b) => ({
      id: b.id,
      kind: BLOCK_KINDS.includes(b.kind) ? b.kind : 'other',
      text: b.text,
      verdict: b.verdict,
      score: clamp01(b.score),
      reasons: b.reasons.map(toJsonReason),
      duplicateOf: b.duplicateOf ?? null,
    })),
    cleanText: a.cleanText,
    stats: {
      blocks: a.stats.blocks,
      content: a.stats.content,
      duplicate: a.stats.duplicate,
      boilerplate: a.stats.boilerplate,
      meta: a.stats.meta,
      ms: Math.max(0, Math.round(a.stats.ms * 1000) / 1000),
    },
  };
  if (memory) out.memory = { seenElsewhere: memory.seenElsewhere.map(({ site, url, firstSeen }) => ({ site, url, firstSeen })) };
  return out;
}

function toJsonReason(r: Reason): JsonReason {
  return { code: r.code, params: { ...r.params }, message: r.message };
}

export function errorJson(file: string, error: string): JsonError {
  return { file, error };
}

function nonEmpty(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/**
 * The engine promises ISO 8601; the CLI's contract must hold even if it slips,
 * so a date the engine passed through "as given" is converted when JavaScript
 * can read it (to UTC) and dropped otherwise.
 */
export function isoOrNull(s: string | null | undefined): string | null {
  const t = s?.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T');
  if (!t) return null;
  if (ISO_8601.test(t)) return t;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** BCP 47 shape ('en', 'en-GB', 'zh-Hant-TW'); 'en_US' becomes 'en-US'; anything else null. */
export function bcp47OrNull(s: string | null | undefined): string | null {
  const t = s?.trim().replace(/_/g, '-');
  return t && BCP_47.test(t) ? t : null;
}
