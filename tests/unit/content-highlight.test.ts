// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { ATTR_CURRENT, ATTR_FLASH, hasTraces, Highlighter, planMarks } from '../../src/content/highlight';
import type { BlockResult, Verdict } from '../../src/engine/types';

const block = (id: number, verdict: Verdict): BlockResult => ({
  id,
  kind: 'paragraph',
  text: `block ${id}`,
  verdict,
  score: 1,
  reasons: [],
  duplicateOf: null,
});

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `
    <div id="a"><p id="p0">one</p><p id="p1">two</p></div>
    <div id="mixed">loose text<p id="p3">inner</p></div>
    <p id="p5" class="x" style="color: red" data-winnow-id="page-own">five</p>`;
  root = document.body;
});
const $ = (id: string) => document.getElementById(id)!;

describe('planMarks', () => {
  it('marks flagged blocks on their own elements, never content or meta', () => {
    const marks = planMarks([block(0, 'content'), block(1, 'duplicate'), block(2, 'meta'), block(3, 'boilerplate')], [$('p0'), $('p1'), $('a'), $('p3')]);
    expect(marks.map((m) => [m.element.id, m.verdict, m.blockId])).toEqual([
      ['p1', 'duplicate', 1],
      ['p3', 'boilerplate', 3],
    ]);
  });

  it('skips an element that also holds another block (inside it, or the same element)', () => {
    // block 2 is the loose text of #mixed, which also contains block 3's <p>
    const marks = planMarks([block(2, 'boilerplate'), block(3, 'content')].map((b, i) => ({ ...b, id: i })), [$('mixed'), $('p3')]);
    expect(marks).toEqual([]);
    const same = planMarks([block(0, 'boilerplate'), block(1, 'content')], [$('p0'), $('p0')]);
    expect(same).toEqual([]);
  });

  it('follows the segmenter\'s exclusivity when given, and never marks body/html', () => {
    expect(planMarks([block(0, 'boilerplate')], [$('p0')], { exclusive: [false] })).toEqual([]);
    expect(planMarks([block(0, 'boilerplate')], [document.body])).toEqual([]);
    expect(planMarks([block(0, 'boilerplate')], [$('p0')], { isOurs: () => true })).toEqual([]);
  });
});

describe('Highlighter', () => {
  it('sets only data-winnow attributes and clear() restores the exact serialisation', () => {
    const before = root.innerHTML;
    const h = new Highlighter();
    for (const op of h.diff([
      { element: $('p1'), verdict: 'duplicate', blockId: 1 },
      { element: $('p5'), verdict: 'boilerplate', blockId: 5 },
    ])) {
      h.apply(op);
    }
    expect($('p1').getAttribute('data-winnow')).toBe('duplicate');
    expect($('p5').getAttribute('data-winnow-id')).toBe('5');
    expect($('p5').getAttribute('class')).toBe('x');
    expect($('p5').getAttribute('style')).toBe('color: red');
    h.setTransient($('p1'), ATTR_CURRENT, true);
    h.setTransient($('p0'), ATTR_FLASH, true); // an unmarked original
    expect(root.innerHTML).not.toBe(before);
    h.clear();
    expect(root.innerHTML).toBe(before);
    expect($('p5').getAttribute('data-winnow-id')).toBe('page-own'); // the page's own value came back
    expect(hasTraces(root)).toBe(true); // …which is the page's, not ours
    $('p5').removeAttribute('data-winnow-id');
    expect(hasTraces(root)).toBe(false);
  });

  it('diff only touches what changed', () => {
    const h = new Highlighter();
    const m1 = { element: $('p0'), verdict: 'duplicate' as const, blockId: 0 };
    const m2 = { element: $('p1'), verdict: 'boilerplate' as const, blockId: 1 };
    for (const op of h.diff([m1, m2])) h.apply(op);
    expect(h.diff([m1, m2])).toEqual([]);
    const ops = h.diff([{ ...m1, verdict: 'boilerplate' }]);
    expect(ops.map((o) => [o.element.id, o.mark?.verdict ?? null])).toEqual([
      ['p0', 'boilerplate'],
      ['p1', null],
    ]);
    for (const op of ops) h.apply(op);
    expect($('p1').hasAttribute('data-winnow')).toBe(false);
    expect(h.elements().map((e) => e.id)).toEqual(['p0']);
  });
});
