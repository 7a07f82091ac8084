/**
 * Theme, text size and line width: applied at once, saved to settings, and
 * kept in step when another Winnow page changes them.
 */
import { FONT_SIZE, LINE_WIDTH, type Settings, type Theme } from '../shared/settings';
import type { ThemeController } from '../reader/theme';

const FONT_STEP = 2;
const WIDTH_STEP = 8;

export function applyTypography(root: HTMLElement, s: Pick<Settings, 'fontSize' | 'lineWidth'>): void {
  root.style.setProperty('--font-size', `${s.fontSize}px`);
  root.style.setProperty('--line-width', `${s.lineWidth}ch`);
}

export interface DisplayControls {
  /** Reflect settings (from storage or another page) in the controls and the page. */
  sync(s: Settings): void;
}

export function wireDisplay(
  doc: Document,
  theme: ThemeController,
  initial: Settings,
  save: (partial: Partial<Settings>) => Promise<void>,
): DisplayControls {
  const root = doc.documentElement;
  let current = { fontSize: initial.fontSize, lineWidth: initial.lineWidth, theme: initial.theme };
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const radios = [...doc.querySelectorAll<HTMLInputElement>('input[name="theme"]')];

  const render = () => {
    theme.set(current.theme);
    applyTypography(root, current);
    for (const r of radios) r.checked = r.value === current.theme;
    $('font-value').textContent = `${current.fontSize}px`;
    $('width-value').textContent = `${current.lineWidth} ch`;
    $<HTMLButtonElement>('font-down').disabled = current.fontSize <= FONT_SIZE.min;
    $<HTMLButtonElement>('font-up').disabled = current.fontSize >= FONT_SIZE.max;
    $<HTMLButtonElement>('width-down').disabled = current.lineWidth <= LINE_WIDTH.min;
    $<HTMLButtonElement>('width-up').disabled = current.lineWidth >= LINE_WIDTH.max;
  };
  const change = (partial: Partial<typeof current>) => {
    current = { ...current, ...partial };
    render();
    void save(partial).catch(() => {
      /* storage full or unavailable: the change still applies to this view */
    });
  };
  const clamp = (n: number, r: { min: number; max: number }) => Math.min(r.max, Math.max(r.min, n));

  for (const r of radios) r.addEventListener('change', () => r.checked && change({ theme: r.value as Theme }));
  $('font-down').addEventListener('click', () => change({ fontSize: clamp(current.fontSize - FONT_STEP, FONT_SIZE) }));
  $('font-up').addEventListener('click', () => change({ fontSize: clamp(current.fontSize + FONT_STEP, FONT_SIZE) }));
  $('width-down').addEventListener('click', () => change({ lineWidth: clamp(current.lineWidth - WIDTH_STEP, LINE_WIDTH) }));
  $('width-up').addEventListener('click', () => change({ lineWidth: clamp(current.lineWidth + WIDTH_STEP, LINE_WIDTH) }));
  render();

  return {
    sync(s) {
      current = { fontSize: s.fontSize, lineWidth: s.lineWidth, theme: s.theme };
      render();
    },
  };
}
