// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PALETTES, contrast, controlTheme, resolveTheme, type ResolvedTheme } from '../../src/reader/theme';

describe('theme palettes meet WCAG AA', () => {
  for (const name of Object.keys(PALETTES) as ResolvedTheme[]) {
    const p = PALETTES[name];
    it(`${name}: text 4.5:1 on page and controls, UI parts 3:1`, () => {
      for (const bg of [p.bg, p.controlBg, p.noticeBg]) {
        for (const fg of [p.fg, p.muted, p.link]) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      // Verdict colours are used as text labels too.
      for (const fg of [p.repeated, p.chrome]) expect(contrast(fg, p.bg), `${fg} on ${p.bg}`).toBeGreaterThanOrEqual(4.5);
      for (const ui of [p.border, p.focus]) {
        expect(contrast(ui, p.bg)).toBeGreaterThanOrEqual(3);
        expect(contrast(ui, p.controlBg)).toBeGreaterThanOrEqual(3);
      }
    });
  }
  it('computes the textbook ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('controlTheme', () => {
  it('follows the system setting for "system" and changes with it', () => {
    let listener: (() => void) | null = null;
    const mq = { matches: false, addEventListener: (_: string, l: () => void) => (listener = l), removeEventListener: () => {} };
    const root = document.createElement('html');
    const c = controlTheme(root, 'system', () => mq as unknown as MediaQueryList);
    expect(root.dataset.theme).toBe('light');
    mq.matches = true;
    listener!();
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--bg')).toBe(PALETTES.dark.bg);
    expect(root.style.getPropertyValue('--control-bg')).toBe(PALETTES.dark.controlBg);
    c.set('sepia');
    expect(root.dataset.theme).toBe('sepia');
    expect(resolveTheme('light', true)).toBe('light');
  });
});
