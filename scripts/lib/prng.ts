/**
 * Deterministic randomness for generated test and benchmark inputs: the same seed
 * gives the same sequence on every run and machine, so a generated corpus is
 * the same bytes every time. Shared by tests/ (the hostile corpus) and free for
 * bench/ to import.
 */

export type Rng = () => number;

/** mulberry32: small, fast, good enough for picking; numbers in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
