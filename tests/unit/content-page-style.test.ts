import { describe, expect, it } from 'vitest';
import { pageCss } from '../../src/content/page-style';

/** Properties that would move the page's layout if a mark set them. */
const LAYOUT = /(^|[\s;{])(margin|padding|border(?!-radius)|width|height|display|position|top|left|right|bottom|float|font-size|line-height|transform)\s*:/;

describe('page stylesheet', () => {
  it('the tint look only draws (outline, inset shadow): no layout property', () => {
    const css = pageCss('tint');
    expect(css).toContain('[data-winnow="duplicate"]');
    expect(css).toContain('[data-winnow="boilerplate"]');
    for (const rule of css.split('}')) expect(rule, rule).not.toMatch(LAYOUT);
  });

  it('the collapse look hides flagged blocks, and only them', () => {
    const css = pageCss('collapse');
    expect(css).toMatch(/\[data-winnow\]\s*\{\s*display:\s*none !important;/);
    expect(css).not.toMatch(/\[data-winnow-(current|flash)\][^{]*\{[^}]*display/);
  });

  it('selects on Winnow\'s attributes only (no class or element selectors that could reach page content)', () => {
    for (const look of ['tint', 'collapse'] as const) {
      const selectors = pageCss(look)
        .split('}')
        .map((r) => r.split('{')[0]!.trim())
        .filter((s) => s && !s.startsWith('@') && !/^(from|to)$/.test(s));
      for (const s of selectors) expect(s, s).toMatch(/^\[data-winnow(-[a-z]+)?(="[a-z]+")?\]$/);
    }
  });
});
