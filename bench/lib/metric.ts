/**
 * The Scrapinghub Article Extraction Benchmark metric, reimplemented from the
 * benchmark's own `evaluate.py` (scrapinghub/article-extraction-benchmark):
 *
 * - tokens: Python's Unicode `\w+` matches, case-sensitive. JavaScript's `\w` is
 *   ASCII-only, so we use `[\p{L}\p{N}_]+` (Python's `\w` is letters, numbers
 *   and underscore; like Python, combining marks split a token).
 * - shingles: multiset of word 4-grams. As in `_ngrams`, a text with fewer than
 *   four tokens (but at least one) yields ONE shingle made of all its tokens; a
 *   text with no token yields none.
 * - per page: tp = Σ min(count_pred, count_truth), fp = predicted excess,
 *   fn = missing. (evaluate.py then divides the three by their sum so long
 *   pages do not weigh more; that changes neither precision nor recall.)
 * - precision = tp/(tp+fp), recall = tp/(tp+fn); a page whose denominator is 0
 *   is left out of that mean.
 * - F1 = harmonic mean of mean precision and mean recall; accuracy = share of
 *   ALL pages whose token sequences are identical (`get_accuracy`).
 *
 * Plus the WCXB snippet checks used in this project: a snippet is found when its
 * whitespace-normalised text is a substring of the whitespace-normalised output.
 */

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of word n-gram shingles, keyed by the tokens joined with a space (no token holds one). */
export function shingleCounts(tokens: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, pred: string, n = 4): ShingleMatch {
  return matchCounts(shingleCounts(tokenize(truth), n), shingleCounts(tokenize(pred), n));
}

export function matchCounts(truth: Map<string, number>, pred: Map<string, number>): ShingleMatch {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (truth.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Page precision, or null when tp + fp = 0 (no predicted shingle: left out of the mean). */
export function precisionOf(m: ShingleMatch): number | null {
  return m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : null;
}

/** Page recall, or null when tp + fn = 0 (empty ground truth: left out of the mean). */
export function recallOf(m: ShingleMatch): number | null {
  return m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : null;
}

export function exactMatch(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

export interface PageScore extends ShingleMatch {
  precision: number | null;
  recall: number | null;
  /** Page F1 for ranking pages (not part of the benchmark): a missing side counts as 0, both missing as 1. */
  f1: number;
  exact: boolean;
}

export function scorePage(truth: string, pred: string): PageScore {
  const m = shingleMatch(truth, pred);
  const precision = precisionOf(m);
  const recall = recallOf(m);
  return { ...m, precision, recall, f1: pageF1(precision, recall), exact: exactMatch(truth, pred) };
}

export function pageF1(precision: number | null, recall: number | null): number {
  if (precision === null && recall === null) return 1;
  const p = precision ?? 0;
  const r = recall ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface Aggregate {
  pages: number;
  /** Mean precision over pages with a prediction, or null when there is none. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
  /** How many pages entered each mean. */
  precisionPages: number;
  recallPages: number;
}

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function aggregate(scores: readonly PageScore[]): Aggregate {
  const ps = scores.map((s) => s.precision).filter((x): x is number => x !== null);
  const rs = scores.map((s) => s.recall).filter((x): x is number => x !== null);
  const precision = mean(ps);
  const recall = mean(rs);
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    pages: scores.length,
    precision,
    recall,
    f1,
    accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))),
    precisionPages: ps.length,
    recallPages: rs.length,
  };
}

// ---- WCXB snippets ----------------------------------------------------------

/** Collapse every run of whitespace (JavaScript `\s`: includes NBSP and Unicode spaces) to one space; trim. */
export function normalizeWs(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export interface SnippetHits {
  found: string[];
  missed: string[];
}

/** Which snippets occur in the output as whitespace-normalised substrings (case-sensitive). Empty snippets are ignored. */
export function snippetHits(snippets: readonly string[], output: string): SnippetHits {
  const hay = normalizeWs(output);
  const found: string[] = [];
  const missed: string[] = [];
  for (const s of snippets) {
    const needle = normalizeWs(s);
    if (!needle) continue;
    (hay.includes(needle) ? found : missed).push(s);
  }
  return { found, missed };
}

export interface SnippetTotals {
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
}

/** Pooled over all snippets of all pages: with-recall and without-leak. */
export function snippetRates(t: SnippetTotals): { withRecall: number | null; withoutLeak: number | null } {
  return {
    withRecall: t.withTotal ? t.withFound / t.withTotal : null,
    withoutLeak: t.withoutTotal ? t.withoutFound / t.withoutTotal : null,
  };
}

// ---- Token-sequence occurrences (repetition benchmark) ----------------------

/**
 * A text as its tokens joined by single spaces, for counting where a token
 * sequence occurs. Matching on tokens ignores whitespace, punctuation and
 * quote style, as the AEB metric does.
 */
export function tokenString(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * Non-overlapping occurrences of `needle` (a text) in `hay` (a `tokenString`).
 * The needle's first token may be the tail of a longer token and its last token
 * the head of one: extractors that read `textContent` glue the last word of one
 * paragraph to the first word of the next when the HTML has no whitespace
 * between them (`…in 2020</p><p>The…` → `2020The`); interior tokens must match
 * exactly. Returns 0 for a needle without tokens.
 */
export function countOccurrences(hay: string, needle: string): number {
  const n = tokenString(needle);
  if (!n) return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(n, from);
    if (at < 0) return count;
    count++;
    from = at + n.length;
  }
}
