/**
 * A block's text with its links put back: the engine keeps text and links
 * apart (`Block.text`, `Block.links`), so we find each link's text inside the
 * block text, in order, and cut the text into runs. A link whose text cannot be
 * found (or whose URL is unsafe) simply stays plain text: the words are never
 * lost, only the link.
 */
import type { LinkRef } from '../engine/types';
import { safeHref } from './urls';

export interface TextRun {
  text: string;
  /** A safe http(s)/mailto URL when this run is a link. */
  href?: string;
}

export function linkRuns(text: string, links: readonly LinkRef[] = [], base?: string | null): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const link of links) {
    const label = typeof link?.text === 'string' ? link.text.replace(/\s+/g, ' ').trim() : '';
    const href = safeHref(link?.href, base);
    if (!label || !href) continue;
    const at = text.indexOf(label, cursor);
    if (at < 0) continue;
    if (at > cursor) runs.push({ text: text.slice(cursor, at) });
    runs.push({ text: label, href });
    cursor = at + label.length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor) });
  return runs;
}
