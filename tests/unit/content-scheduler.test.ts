import { describe, expect, it } from 'vitest';
import { forEachSliced, newSliceStats, timed, yieldToEventLoop } from '../../src/content/scheduler';

describe('forEachSliced', () => {
  it('visits every item once, in order, in slices that respect the budget', async () => {
    let clock = 0;
    const now = () => clock;
    const seen: number[] = [];
    const stats = newSliceStats();
    const items = Array.from({ length: 10 }, (_, i) => i);
    const done = await forEachSliced(items, (x) => {
      seen.push(x);
      clock += 3; // each item costs 3 ms
    }, { budgetMs: 8, now, stats });
    expect(done).toBe(true);
    expect(seen).toEqual(items);
    // 3 items reach 9 ms ≥ 8: a slice ends after the item that crosses the budget.
    expect(stats.slices).toBe(4);
    expect(stats.longestMs).toBe(9);
    expect(stats.totalMs).toBe(30);
  });

  it('yields to the event loop between slices (only the first slice runs synchronously)', async () => {
    let clock = 0;
    const order: string[] = [];
    const run = forEachSliced([1, 2, 3], () => {
      order.push('item');
      clock += 10;
    }, { budgetMs: 5, now: () => clock });
    expect(order).toEqual(['item']);
    await run;
    expect(order).toEqual(['item', 'item', 'item']);
  });

  it('stops when cancelled', async () => {
    let n = 0;
    let clock = 0;
    const done = await forEachSliced([1, 2, 3, 4], () => {
      n++;
      clock += 10;
    }, { budgetMs: 5, now: () => clock, cancelled: () => n >= 2 });
    expect(done).toBe(false);
    expect(n).toBe(2);
  });
});

describe('timed / yieldToEventLoop', () => {
  it('records a synchronous step as one slice, even when it throws', () => {
    const stats = newSliceStats();
    expect(timed(() => 42, stats)).toBe(42);
    expect(() => timed(() => { throw new Error('x'); }, stats)).toThrow('x');
    expect(stats.slices).toBe(2);
  });

  it('resolves', async () => {
    await expect(yieldToEventLoop()).resolves.toBeUndefined();
  });
});
