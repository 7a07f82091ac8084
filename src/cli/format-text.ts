/** The reading view as plain text, then what was removed and why. */
import type { Analysis, BlockResult } from '../engine/types';

export interface TextOptions {
  /** Wrap the clean text at this many columns; 0 keeps paragraphs as they are. */
  width?: number;
}

export function formatReadingView(file: string, a: Analysis, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const out: string[] = [];
  const title = a.title?.trim();
  if (title) {
    const lines = wrap(title, width);
    out.push(...lines, '='.repeat(Math.max(...lines.map((l) => l.length))));
  }
  const details = [a.byline, formatDate(a.publishedTime), a.source ? `via ${a.source}` : null, a.siteName]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s);
  if (details.length) out.push(details.join(' · '));
  if (out.length) out.push('');

  const paragraphs = a.cleanText
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) out.push(`(no article text found in ${file})`, '');
  for (const p of paragraphs) out.push(...wrap(p, width), '');

  out.push(...formatRemoved(a.blocks));
  return printable(out.join('\n') + '\n');
}

/**
 * Control characters from the page (C0 except tab and line feed, DEL, C1) are
 * dropped: a page could otherwise send escape sequences to the reader's
 * terminal (clear the screen, retitle the window, fake output). JSON output
 * needs nothing: JSON.stringify escapes them.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** "Removed 8 repeated and 12 chrome blocks:" then one line per block that isn't content. */
export function formatRemoved(blocks: BlockResult[]): string[] {
  const removed = blocks.filter((b) => b.verdict !== 'content');
  const dup = removed.filter((b) => b.verdict === 'duplicate').length;
  const chrome = removed.filter((b) => b.verdict === 'boilerplate').length;
  const meta = removed.filter((b) => b.verdict === 'meta').length;
  if (removed.length === 0) return ['Removed nothing: every block reads as content.'];
  let head = `Removed ${dup} repeated and ${chrome} chrome ${plural(dup + chrome, 'block')}`;
  if (meta) head += `; ${meta} ${plural(meta, 'block')} read as page details (meta)`;
  const lines = [head + ':'];
  const idWidth = String(blocks.length ? blocks[blocks.length - 1]!.id : 0).length;
  for (const b of removed) {
    const reason = b.reasons[0]?.message ?? (b.duplicateOf !== null ? `repeats block ${b.duplicateOf}` : 'no reason given');
    const prefix = `  #${String(b.id).padStart(idWidth)} ${b.verdict.padEnd(11)} `;
    const suffix = ` (${shorten(reason, 56)})`;
    const room = Math.max(36, 110 - prefix.length - suffix.length);
    lines.push(`${prefix}"${shorten(b.text, room)}"${suffix}`);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** One line, at most `max` characters, ending in … when cut. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!width || t.length <= width) return [t];
  const lines: string[] = [];
  let line = '';
  for (const word of t.split(' ')) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const zone = m[3] === 'Z' ? ' UTC' : m[3] ? ` ${m[3]}` : '';
  return `${m[1]} ${m[2]}${zone}`;
}
