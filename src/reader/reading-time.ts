/**
 * Estimated reading time. Word-based for space-separated scripts (≈230 words a
 * minute for on-screen reading), character-based for CJK scripts that do not
 * separate words (≈500 characters a minute), so a Chinese article is not read
 * "in 1 minute" because it has few spaces.
 */

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;

export function countWords(text: string): number {
  const latin = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return (latin?.length ?? 0) + (text.match(CJK)?.length ?? 0);
}

export function readingMinutes(text: string, _lang?: string | null): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  if (cjk + words === 0) return 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
