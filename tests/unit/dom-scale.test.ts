import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/dom/segment';
import { page, parsers } from '../fixtures/dom/parse';

// Size and depth, not speed: no timing is asserted (bench/ measures speed).
describe('segmentDocument at scale', () => {
  it('reads a 200k-node page', { timeout: 60_000 }, () => {
    const unit = '<div class="c"><p>Para <a href="/x">link</a> text <b>bold</b></p><span>side</span></div>';
    const html = page(unit.repeat(20_000)); // 10 nodes per unit
    const doc = parsers.linkedom(html);
    const s = segmentDocument(doc, { url: 'https://example.com/' });
    expect(s.page.blocks.length).toBe(40_000);
    expect(s.page.blocks[0].text).toBe('Para link text bold');
    expect(s.page.blocks[1].text).toBe('side');
    expect(s.page.containers.length).toBe(20_001);
  });

  const depth = 10_000;
  const expectDeep = (s: ReturnType<typeof segmentDocument>) => {
    expect(s.page.blocks.map((b) => b.text)).toEqual(['Deep text', 'Deep inline', 'second']);
    expect(s.page.containers.length).toBe(depth + 1);
    const deepest = s.page.blocks[0].features.container;
    expect(s.page.containers[deepest].parent).toBe(deepest - 1);
  };

  it('survives 10,000-deep nesting (linkedom, parsed)', { timeout: 60_000 }, () => {
    const boxes = '<div>'.repeat(depth) + 'Deep text' + '</div>'.repeat(depth);
    const inline = '<p>' + '<span>'.repeat(depth) + 'Deep <b>inline</b>' + '<br><br>second' + '</span>'.repeat(depth) + '</p>';
    expectDeep(segmentDocument(parsers.linkedom(page(boxes + inline))));
  });

  // jsdom can't hold 10,000 levels itself (its parser is quadratic in depth, attaching a deep
  // subtree recurses), so it gets a shallower page to show the walk reads it the same way.
  it('reads deep nesting on jsdom the same way', { timeout: 60_000 }, () => {
    const d = 1_000;
    const html = page('<div>'.repeat(d) + 'Deep text' + '</div>'.repeat(d) + '<p>' + '<span>'.repeat(d) + 'Deep <b>inline</b><br><br>second' + '</span>'.repeat(d) + '</p>');
    const a = segmentDocument(parsers.jsdom(html));
    const b = segmentDocument(parsers.linkedom(html));
    expect(a.page.blocks.map((x) => x.text)).toEqual(['Deep text', 'Deep inline', 'second']);
    expect(a.page).toEqual(b.page);
  });
});
