import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textToPage } from '../../src/engine/text';

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');

describe('textToPage', () => {
  it('joins hard-wrapped lines that start mid-sentence back into their block', () => {
    const page = textToPage('Legal Disclaimer:\nMENAFN provides the\ninformation “as is” without\nwarranty of any kind.\nMost popular stories');
    expect(page.blocks.map((b) => b.text)).toEqual([
      'Legal Disclaimer:',
      'MENAFN provides the information “as is” without warranty of any kind.',
      'Most popular stories',
    ]);
  });

  it('reads list markers as list items and keeps ids dense in page order', () => {
    const page = textToPage('Title\n\n- one\n- two\nComments');
    expect(page.blocks.map((b) => [b.id, b.kind, b.text])).toEqual([
      [0, 'paragraph', 'Title'],
      [1, 'list-item', 'one'],
      [2, 'list-item', 'two'],
      [3, 'paragraph', 'Comments'],
    ]);
  });

  it('rebuilds the first seed’s disclaimer as one block', () => {
    const page = textToPage(seed('000_69ad3688a5889631.txt'));
    const disclaimer = page.blocks.find((b) => b.text.startsWith('MENAFN provides'));
    expect(disclaimer?.text).toMatch(/^MENAFN provides the information “as is”.*kindly contact the provider above\.$/);
  });
});
