/**
 * "This story also appeared on menafn.com (3 days ago)." — the syndication
 * note of the reading view and the highlight chip, from `seenElsewhere`.
 */
import type { SeenElsewhere } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "3 days ago", "2 weeks ago", "4 months ago", "2 years ago". */
export function timeAgo(iso: string, now = Date.now()): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return 'some time ago';
  const d = Math.max(0, now - t);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (d < MINUTE) return 'just now';
  if (d < HOUR) return plural(Math.floor(d / MINUTE), 'minute');
  if (d < DAY) return plural(Math.floor(d / HOUR), 'hour');
  const days = Math.floor(d / DAY);
  if (days === 1) return 'yesterday';
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.floor(days / 7), 'week');
  if (days < 730) return plural(Math.floor(days / 30), 'month');
  return plural(Math.floor(days / 365), 'year');
}

export interface NotePart {
  text: string;
  /** The site's page, for a link (http(s) only). */
  url?: string;
}

/** The note as parts (plain text and site names with their links); empty when there is nothing to say. */
export function syndicationParts(seen: readonly SeenElsewhere[], now = Date.now()): NotePart[] {
  if (!seen.length) return [];
  const shown = seen.slice(0, 2);
  const parts: NotePart[] = [{ text: 'This story also appeared on ' }];
  shown.forEach((s, i) => {
    if (i > 0) parts.push({ text: seen.length > 2 ? ', ' : ' and ' });
    const url = s.url && /^https?:\/\//i.test(s.url) ? s.url : undefined;
    parts.push(url ? { text: s.site, url } : { text: s.site });
    parts.push({ text: ` (${timeAgo(s.firstSeen, now)})` });
  });
  if (seen.length > 2) parts.push({ text: ` and ${seen.length - 2} other site${seen.length - 2 === 1 ? '' : 's'}` });
  parts.push({ text: '.' });
  return parts;
}

export function syndicationText(seen: readonly SeenElsewhere[], now = Date.now()): string | null {
  const parts = syndicationParts(seen, now);
  return parts.length ? parts.map((p) => p.text).join('') : null;
}

/** The note as a paragraph for an extension page (links open in a new tab, no referrer). */
export function renderSyndicationNote(doc: Document, seen: readonly SeenElsewhere[], now = Date.now()): HTMLElement | null {
  const parts = syndicationParts(seen, now);
  if (!parts.length) return null;
  const p = doc.createElement('p');
  p.className = 'memory-note';
  p.setAttribute('role', 'note');
  p.dataset.winnowMemory = 'seen-elsewhere';
  for (const part of parts) {
    if (part.url) {
      const a = doc.createElement('a');
      a.href = part.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = part.text;
      p.append(a);
    } else {
      p.append(doc.createTextNode(part.text));
    }
  }
  return p;
}
