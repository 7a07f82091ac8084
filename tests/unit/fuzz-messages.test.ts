/**
 * Message validation under fuzzing: whatever arrives (a page can reach a
 * content script's process, a bug can send anything), `isMessage` answers
 * true or false and never throws; well-formed messages pass, also after the
 * structured clone and JSON round trips the browsers do; a well-formed
 * message with any one field replaced by a value of another type fails; and
 * type names that are Object.prototype members are no loophole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/shared/messages';

const seedEnv = process.env.FUZZ_SEED;
const SEED = seedEnv === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : seedEnv ? Number(seedEnv) : 0x5eed_0027;
const runs = (n: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(n * Number(process.env.FUZZ_RUNS ?? 1))) });

const summary = { on: true, duplicate: 2, boilerplate: 5, marked: 7, mode: 'tint', firstHighlightMs: 120.5, timings: { segmentMs: 3 }, errors: [] };

/** One well-formed message of each kind that has fields to break. */
const VALID: Record<string, unknown>[] = [
  { type: 'winnow/page-context', trigger: 'listed' },
  { type: 'winnow/state', summary },
  { type: 'winnow/correct', fingerprint: '0123456789abcdef', action: 'keep' },
  { type: 'winnow/site-on', on: false },
  { type: 'winnow/toggle', on: true },
  { type: 'winnow/reveal', blockId: 12 },
  { type: 'winnow/test-force', marks: [{ selector: 'footer p', verdict: 'boilerplate' }] },
  { type: 'winnow/memory-view', url: 'https://www.kenyastar.com/news/1' },
  { type: 'winnow/memory-record', url: 'https://www.kenyastar.com/news/1', blocks: [{ fp: '0123456789abcdef', article: true }] },
];

/** A value of a different JS type than `v`. */
function otherType(v: unknown): fc.Arbitrary<unknown> {
  const all: [string, fc.Arbitrary<unknown>][] = [
    ['string', fc.string()],
    ['number', fc.oneof(fc.double(), fc.integer())],
    ['boolean', fc.boolean()],
    ['object', fc.oneof(fc.constant(null), fc.object({ maxDepth: 1 }))],
    ['array', fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 })],
  ];
  const kind = Array.isArray(v) ? 'array' : v === null ? 'object' : typeof v;
  return fc.oneof(...all.filter(([k]) => k !== kind).map(([, a]) => a));
}

describe(`message validation (seed ${SEED})`, () => {
  it('answers true or false for anything, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.string() }, { requiredKeys: [] }), fc.dictionary(fc.string(), fc.anything())), (x) => {
        expect(typeof isMessage(x)).toBe('boolean');
      }),
      runs(2000),
    );
  });

  it('well-formed messages pass, also after structured clone and JSON', () => {
    for (const m of VALID) {
      expect(isMessage(m), m.type as string).toBe(true);
      expect(isMessage(structuredClone(m)), m.type as string).toBe(true);
      expect(isMessage(JSON.parse(JSON.stringify(m))), m.type as string).toBe(true);
    }
  });

  it('a well-formed message with one field of the wrong type fails', () => {
    const cases = VALID.flatMap((m) => Object.keys(m).filter((k) => k !== 'type').map((k) => [m, k] as const));
    fc.assert(
      fc.property(fc.constantFrom(...cases).chain(([m, k]) => fc.tuple(fc.constant(m), fc.constant(k), otherType(m[k]))), ([m, k, junk]) => {
        // `toggle.on` may be left out (undefined means "flip"), so only present junk counts there.
        if (m.type === 'winnow/toggle' && junk === undefined) return;
        expect(isMessage({ ...m, [k]: junk })).toBe(false);
      }),
      runs(1000),
    );
  });

  it('nested parts are checked too', () => {
    expect(isMessage({ type: 'winnow/state', summary: { ...summary, duplicate: -1 } })).toBe(false);
    expect(isMessage({ type: 'winnow/state', summary: { ...summary, timings: { x: Number.NaN } } })).toBe(false);
    expect(isMessage({ type: 'winnow/test-force', marks: [{ selector: 'p'.repeat(600), verdict: 'boilerplate' }] })).toBe(false);
    expect(isMessage({ type: 'winnow/test-force', marks: Array.from({ length: 1001 }, () => ({ selector: 'p', verdict: 'duplicate' })) })).toBe(false);
    expect(isMessage({ type: 'winnow/correct', fingerprint: '<script>', action: 'keep' })).toBe(false);
    expect(isMessage({ type: 'winnow/memory-record', url: 'x', blocks: [{ fp: 'nothex', article: true }] })).toBe(false);
  });

  it('Object.prototype names and look-alike types are no loophole', () => {
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'winnow/', 'winnow/ping ', 'WINNOW/PING', 'winnow/Ping']) {
      expect(isMessage({ type }), type).toBe(false);
    }
    expect(isMessage(JSON.parse('{"type":"__proto__"}'))).toBe(false);
    // (An object whose type is inherited cannot arrive: messages are structured clones, own properties only.)
    expect(isMessage([{ type: 'winnow/ping' }])).toBe(false);
  });
});
