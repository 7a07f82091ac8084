/**
 * The engine's invariants, checked on any analysis (hostile corpus, fuzz):
 * one verdict per block, ids dense and in page order, a duplicate points at a
 * `content` block, the clean text is the content blocks in page order, stats
 * add up, every reason has a code the reasons table knows (so the extension
 * can render it from _locales), and the whole thing serialises as JSON.
 */
import { expect } from 'vitest';
import { reason, REASON_TEMPLATES } from '../../src/engine/reasons';
import type { Analysis, PageInput } from '../../src/engine/types';

const VERDICTS = new Set(['content', 'duplicate', 'boilerplate', 'meta']);
const KINDS = new Set(['heading', 'paragraph', 'list-item', 'quote', 'caption', 'preformatted', 'table-cell', 'other']);

/** Problems found (empty when the analysis is sound); a list so fuzz failures say everything at once. */
export function analysisProblems(a: Analysis, input?: PageInput): string[] {
  const p: string[] = [];
  const n = a.blocks.length;
  if (input && input.blocks.length !== n) p.push(`${n} results for ${input.blocks.length} blocks`);
  if (a.stats.blocks !== n) p.push(`stats.blocks ${a.stats.blocks} != ${n}`);
  const counts: Record<string, number> = { content: 0, duplicate: 0, boilerplate: 0, meta: 0 };
  a.blocks.forEach((b, i) => {
    if (b.id !== i) p.push(`block ${i} has id ${b.id}`);
    if (!VERDICTS.has(b.verdict)) p.push(`block ${i}: verdict ${String(b.verdict)}`);
    else counts[b.verdict]!++;
    if (!KINDS.has(b.kind)) p.push(`block ${i}: kind ${String(b.kind)}`);
    if (!(typeof b.score === 'number' && b.score >= 0 && b.score <= 1)) p.push(`block ${i}: score ${b.score}`);
    if (input && input.blocks[i] && input.blocks[i]!.text !== b.text) p.push(`block ${i}: text differs from its input`);
    if (b.verdict === 'duplicate') {
      const o = b.duplicateOf;
      if (o === null || !Number.isInteger(o) || o < 0 || o >= n) p.push(`block ${i}: duplicateOf ${o}`);
      else if (a.blocks[o]!.verdict !== 'content') p.push(`block ${i}: duplicateOf ${o}, which is ${a.blocks[o]!.verdict}`);
      else if (o === i) p.push(`block ${i}: duplicate of itself`);
    } else if (b.duplicateOf !== null) p.push(`block ${i}: ${b.verdict} with duplicateOf ${b.duplicateOf}`);
    if (!Array.isArray(b.reasons)) p.push(`block ${i}: reasons not a list`);
    for (const r of b.reasons ?? []) {
      if (!(r.code in REASON_TEMPLATES)) p.push(`block ${i}: reason code ${r.code} has no template`);
      // The message is its template filled from its params (what the extension renders from _locales).
      if (typeof r.message !== 'string' || r.message !== reason(r.code, r.params ?? {}).message) p.push(`block ${i}: reason message ${JSON.stringify(r.message)}`);
      for (const v of Object.values(r.params ?? {})) {
        if (typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v))) p.push(`block ${i}: reason param ${String(v)}`);
      }
    }
  });
  for (const v of ['content', 'duplicate', 'boilerplate', 'meta'] as const) {
    if (a.stats[v] !== counts[v]) p.push(`stats.${v} ${a.stats[v]} != ${counts[v]}`);
  }
  const clean = a.blocks.filter((b) => b.verdict === 'content').map((b) => b.text).join('\n\n');
  if (a.cleanText !== clean) p.push('cleanText is not the content blocks in page order');
  if (a.dir !== 'ltr' && a.dir !== 'rtl') p.push(`dir ${String(a.dir)}`);
  try {
    JSON.parse(JSON.stringify(a));
  } catch (e) {
    p.push(`not JSON: ${(e as Error).message}`);
  }
  return p;
}

export function expectSound(a: Analysis, input?: PageInput): void {
  expect(analysisProblems(a, input)).toEqual([]);
}

/** The analysis without its timing, for determinism checks. */
export function untimed(a: Analysis): Analysis {
  return { ...a, stats: { ...a.stats, ms: 0 } };
}

/** The document as it serialises (jsdom and linkedom both give outerHTML on the root). */
export function serialise(doc: Document): string {
  const root = doc.documentElement;
  return root ? root.outerHTML : '';
}
