/**
 * Reading themes as data: each palette is a set of CSS custom properties, and a
 * unit test checks every text/background pair against WCAG AA (4.5:1 for text,
 * 3:1 for borders and the focus ring), so a colour tweak cannot quietly break
 * contrast. `system` follows prefers-color-scheme and changes with it.
 */
import type { Theme } from '../shared/settings';

export type ResolvedTheme = 'light' | 'dark' | 'sepia';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  link: string;
  /** Buttons, the toolbar and other controls. */
  controlBg: string;
  border: string;
  focus: string;
  /** Left rule on removed entries, by verdict. */
  repeated: string;
  chrome: string;
  /** Tint behind a notice ("nothing to read here"). */
  noticeBg: string;
}

export const PALETTES: Record<ResolvedTheme, Palette> = {
  light: {
    bg: '#ffffff',
    fg: '#1b1b1b',
    muted: '#595959',
    link: '#0b57d0',
    controlBg: '#f1f3f4',
    border: '#767676',
    focus: '#0b57d0',
    repeated: '#b3261e',
    chrome: '#7a5c00',
    noticeBg: '#fff4e5',
  },
  dark: {
    bg: '#121416',
    fg: '#e8e6e3',
    muted: '#a9adb3',
    link: '#8ab4f8',
    controlBg: '#24282d',
    border: '#8a9099',
    focus: '#8ab4f8',
    repeated: '#f28b82',
    chrome: '#fdd663',
    noticeBg: '#2d2a1f',
  },
  sepia: {
    bg: '#f4ecd8',
    fg: '#33281a',
    muted: '#5c4a33',
    link: '#7a3300',
    controlBg: '#e8dcc0',
    border: '#85704f',
    focus: '#7a3300',
    repeated: '#9c2318',
    chrome: '#6a5000',
    noticeBg: '#efe0bd',
  },
};

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}

const cssName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Put a palette on an element (usually <html>) as custom properties. */
export function applyPalette(root: HTMLElement, resolved: ResolvedTheme): void {
  const palette = PALETTES[resolved];
  for (const [key, value] of Object.entries(palette)) root.style.setProperty(cssName(key), value);
  root.dataset.theme = resolved;
  // Lets the browser draw native controls (select, scrollbars) to match.
  root.style.colorScheme = resolved === 'dark' ? 'dark' : 'light';
}

export interface ThemeController {
  set(theme: Theme): void;
  stop(): void;
}

/**
 * Apply a theme and keep `system` in step with the OS setting. `matchMedia` is
 * passed in so tests can drive it.
 */
export function controlTheme(root: HTMLElement, initial: Theme, matchMedia?: (q: string) => MediaQueryList): ThemeController {
  const mq = matchMedia?.('(prefers-color-scheme: dark)');
  let current = initial;
  const update = () => applyPalette(root, resolveTheme(current, mq?.matches ?? false));
  mq?.addEventListener?.('change', update);
  update();
  return {
    set(theme) {
      current = theme;
      root.dataset.themeSetting = theme;
      update();
    },
    stop() {
      mq?.removeEventListener?.('change', update);
    },
  };
}

// --- contrast (WCAG 2.x relative luminance) ------------------------------------

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}
