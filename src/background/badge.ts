/** The toolbar badge: the number of flagged blocks on each tab (empty when off or none). */
import browser from 'webextension-polyfill';
import type { HighlightSummary } from '../shared/messages';

export const BADGE_COLOR = '#4a5572';

export function badgeText(summary: HighlightSummary | null): string {
  if (!summary || !summary.on) return '';
  const n = summary.duplicate + summary.boilerplate;
  if (n <= 0) return '';
  return n > 999 ? '999+' : String(n);
}

export async function setBadge(tabId: number, summary: HighlightSummary | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(summary) });
  } catch {
    // the tab may have closed meanwhile
  }
}

export async function initBadge(): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  } catch {
    // not fatal
  }
}
