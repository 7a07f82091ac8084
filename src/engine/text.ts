/**
 * Plain text → blocks. One block a line; a line that starts mid-sentence (its
 * first letter is lower case) continues the block above it, which is how
 * hard-wrapped paragraphs (the first seed's legal disclaimer) come back whole.
 * Lines starting with a list marker ("- ", "• ", "* ", "1. ") become list items.
 */
import type { Block, BlockKind, PageHints, PageInput } from './types';
import { emptyHints, makeBlock } from './block';

const LIST_MARKER = /^(?:[-•*–·▪●]\s+|\d{1,3}[.)]\s+)/u;
const STARTS_LOWER = /^\p{Ll}/u;
const LINE_END_SPACE = /[\s\u200b\ufeff]/u;

/**
 * The line without trailing whitespace and zero-width marks, in one backward
 * scan: an unanchored `/[…]+$/` retries from every position of a long run of
 * spaces in mid-line, which is quadratic (a 40,000-space run took 10 s).
 */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && LINE_END_SPACE.test(line[end - 1] as string)) end--;
  return end === line.length ? line : line.slice(0, end);
}

export function textToPage(text: string, hints: Partial<PageHints> = {}): PageInput {
  const blocks: Block[] = [];
  let pending: { kind: BlockKind; parts: string[] } | null = null;
  let pendingClosedByBlank = false;

  const flush = (): void => {
    if (!pending) return;
    const joined = pending.parts.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push(makeBlock(blocks.length, joined, { kind: pending.kind, tag: 'line' }));
    pending = null;
  };

  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = trimLineEnd(rawLine).replace(/^[\s\ufeff]+/u, '');
    if (!line) {
      // A blank line ends the block: what follows never continues it.
      flush();
      pendingClosedByBlank = true;
      continue;
    }
    const marker = LIST_MARKER.exec(line);
    if (marker) {
      flush();
      pending = { kind: 'list-item', parts: [line.slice(marker[0].length)] };
    } else if (pending && !pendingClosedByBlank && STARTS_LOWER.test(line)) {
      pending.parts.push(line);
    } else {
      flush();
      pending = { kind: 'paragraph', parts: [line] };
    }
    pendingClosedByBlank = false;
  }
  flush();
  return { blocks, containers: [], hints: { ...emptyHints(), ...hints } };
}
