/**
 * What Winnow left out of the reading view, grouped the way the reader asks
 * "why?": by the reason the engine gave. Counts follow the verdicts
 * (duplicate → "repeated", boilerplate → "chrome"); `meta` blocks (dates,
 * source lines) are shown as metadata, not as removals.
 */
import type { BlockResult } from '../engine/types';
import { EN_MESSAGES, reasonLabelKey, reasonText, t } from '../shared/i18n';

export interface RemovedEntry {
  id: number;
  verdict: 'duplicate' | 'boilerplate';
  text: string;
  /** The engine's plain-English reasons, joined. */
  why: string;
  duplicateOf: number | null;
}

export interface RemovedGroup {
  /** Reason code ('exact-repeat', 'newsletter-pitch', …) or a fallback per verdict. */
  code: string;
  label: string;
  entries: RemovedEntry[];
}

export interface RemovedSummary {
  repeated: number;
  chrome: number;
  groups: RemovedGroup[];
}

const FALLBACK_CODE = { duplicate: 'repeated', boilerplate: 'chrome' } as const;

/** Readable names for the codes we know (in the reader's language); anything else is its code, humanised. */
const LABELS: Record<string, string> = {
  repeated: 'removedRepeated',
  chrome: 'removedChrome',
};

export function reasonLabel(code: string): string {
  if (LABELS[code]) return t(LABELS[code]);
  if (EN_MESSAGES[reasonLabelKey(code)]) return t(reasonLabelKey(code));
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Other';
}

export function summarizeRemoved(results: readonly BlockResult[]): RemovedSummary {
  const groups = new Map<string, RemovedGroup>();
  let repeated = 0;
  let chrome = 0;
  for (const r of results) {
    if (r.verdict !== 'duplicate' && r.verdict !== 'boilerplate') continue;
    if (r.verdict === 'duplicate') repeated++;
    else chrome++;
    const reasons = Array.isArray(r.reasons) ? r.reasons : [];
    const code = (typeof reasons[0]?.code === 'string' && reasons[0].code) || FALLBACK_CODE[r.verdict];
    let group = groups.get(code);
    if (!group) groups.set(code, (group = { code, label: reasonLabel(code), entries: [] }));
    group.entries.push({
      id: r.id,
      verdict: r.verdict,
      text: typeof r.text === 'string' ? r.text.replace(/\s+/g, ' ').trim() : '',
      why: reasons
        .map((x) => (typeof x?.code === 'string' && typeof x.message === 'string' ? reasonText(x) : typeof x?.message === 'string' ? x.message : ''))
        .filter(Boolean)
        .join('; '),
      duplicateOf: typeof r.duplicateOf === 'number' ? r.duplicateOf : null,
    });
  }
  return { repeated, chrome, groups: [...groups.values()] };
}

export function removedHeadline(s: Pick<RemovedSummary, 'repeated' | 'chrome'>): string {
  return t('removedHeadline', s.repeated, s.chrome);
}
