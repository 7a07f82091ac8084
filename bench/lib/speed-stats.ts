/** Order statistics for the speed benchmark (NaN for an empty list; non-finite values ignored). */

export function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}

/** Linear interpolation between closest ranks (numpy's default). */
export function percentile(xs: readonly number[], q: number): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}
