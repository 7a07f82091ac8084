import { describe, expect, it } from 'vitest';
import { isHighlightSummary, isMessage, isMessageOf } from '../../src/shared/messages';

const summary = { on: true, duplicate: 1, boilerplate: 2, marked: 3, mode: 'tint', firstHighlightMs: 12.5 };

describe('isMessage', () => {
  it('accepts every well-formed message', () => {
    for (const m of [
      { type: 'winnow/page-context', trigger: 'listed' },
      { type: 'winnow/state', summary },
      { type: 'winnow/state', summary: { ...summary, timings: { a: 1 }, errors: [] } },
      { type: 'winnow/open-reader' },
      { type: 'winnow/correct', fingerprint: '0123456789abcdef', action: 'keep' },
      { type: 'winnow/site-on', on: false },
      { type: 'winnow/ping' },
      { type: 'winnow/toggle' },
      { type: 'winnow/toggle', on: true },
      { type: 'winnow/get-analysis' },
      { type: 'winnow/reveal', blockId: 4 },
      { type: 'winnow/test-force', marks: [{ selector: 'p', verdict: 'duplicate' }] },
    ]) {
      expect(isMessage(m), JSON.stringify(m)).toBe(true);
    }
  });

  it('rejects unknown types, wrong shapes and hostile values', () => {
    for (const m of [
      null,
      'winnow/ping',
      [],
      {},
      { type: 'winnow/nope' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'winnow/page-context', trigger: 'everywhere' },
      { type: 'winnow/state', summary: { ...summary, duplicate: -1 } },
      { type: 'winnow/state', summary: { ...summary, mode: 'loud' } },
      { type: 'winnow/state', summary: { ...summary, timings: { a: 'x' } } },
      { type: 'winnow/correct', fingerprint: '<script>', action: 'keep' },
      { type: 'winnow/correct', fingerprint: '0123456789abcdef', action: 'delete' },
      { type: 'winnow/site-on', on: 'yes' },
      { type: 'winnow/toggle', on: 1 },
      { type: 'winnow/reveal', blockId: 1.5 },
      { type: 'winnow/reveal', blockId: '3' },
      { type: 'winnow/test-force', marks: [{ selector: 'p', verdict: 'content' }] },
      { type: 'winnow/test-force', marks: 'p' },
    ]) {
      expect(isMessage(m), JSON.stringify(m)).toBe(false);
    }
  });

  it('narrows by type', () => {
    expect(isMessageOf({ type: 'winnow/ping' }, 'winnow/ping')).toBe(true);
    expect(isMessageOf({ type: 'winnow/ping' }, 'winnow/toggle')).toBe(false);
    expect(isHighlightSummary({ ...summary, firstHighlightMs: null })).toBe(true);
    expect(isHighlightSummary({ ...summary, firstHighlightMs: Infinity })).toBe(false);
  });
});
