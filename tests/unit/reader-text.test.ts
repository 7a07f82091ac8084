import { describe, expect, it } from 'vitest';
import { escapeInline, toMarkdown } from '../../src/reader/markdown';
import { formatDate, metaItems } from '../../src/reader/meta';
import { buildArticle } from '../../src/reader/model';
import { toPlainText } from '../../src/reader/plain-text';
import { countWords, readingMinutes } from '../../src/reader/reading-time';
import { removedHeadline, summarizeRemoved } from '../../src/reader/removed';
import { linkRuns } from '../../src/reader/inline';
import { safeHref, safeImageSrc } from '../../src/reader/urls';
import { makeAnalysis, reason } from './reader-fixtures';

const article = () => {
  const { analysis, blocks } = makeAnalysis(
    [
      { text: 'Menu', verdict: 'boilerplate', reasons: [reason('nav-links', 'in the site navigation')] },
      { text: 'Lead with *stars* and a [link].', links: [{ text: '[link]', href: 'https://example.com/a b(c)' }] },
      { text: 'Sub', kind: 'heading', headingLevel: 2 },
      { text: '1. not a list', kind: 'paragraph' },
      { text: 'alpha', kind: 'list-item' },
      { text: 'beta', kind: 'list-item' },
      { text: 'A quote', kind: 'quote' },
      { text: 'Lead with *stars* and a [link].', verdict: 'duplicate', duplicateOf: 1, reasons: [reason('exact-repeat', 'repeats ¶1')] },
      { text: 'Get our newsletter', verdict: 'boilerplate', reasons: [reason('newsletter-pitch', 'newsletter pitch')] },
      { text: 'Main menu', verdict: 'boilerplate', reasons: [reason('nav-links', 'in the site navigation')] },
      { text: 'x = `y`', kind: 'preformatted' },
    ],
    { title: 'Title #1', source: 'RT.com', publishedTime: '2025-10-27T08:14:52+00:00', siteName: 'MENAFN' },
  );
  return buildArticle(analysis, blocks, 'https://menafn.com/1/x');
};

describe('Markdown', () => {
  it('writes headings, lists, quotes, links and code, with page text escaped', () => {
    expect(toMarkdown(article(), 'en-US')).toBe(
      [
        '# Title #1',
        '*October 27, 2025 · MENAFN · Source: RT.com · 1 min read*',
        'Lead with \\*stars\\* and a [\\[link\\]](<https://example.com/a%20b(c)>).',
        '## Sub',
        '1\\. not a list',
        '- alpha\n- beta',
        '> A quote',
        '```\nx = `y`\n```',
        '[Original article](<https://menafn.com/1/x>)',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes inline syntax', () => {
    expect(escapeInline('a_b <c> `d` ![e]')).toBe('a\\_b \\<c\\> \\`d\\` \\!\\[e\\]');
  });
});

describe('plain text', () => {
  it('gives title, meta, body and the link back, without markup', () => {
    expect(toPlainText(article(), 'en-US')).toBe(
      [
        'Title #1',
        'October 27, 2025 · MENAFN · Source: RT.com · 1 min read',
        'Lead with *stars* and a [link].',
        'Sub',
        '1. not a list',
        '- alpha\n- beta',
        'A quote',
        'x = `y`',
        'https://menafn.com/1/x',
      ].join('\n\n') + '\n',
    );
  });
});

describe('removed summary', () => {
  it('counts repeated and chrome and groups by reason code in page order', () => {
    const s = article().removed;
    expect(removedHeadline(s)).toBe('Removed: 1 repeated · 3 chrome');
    expect(s.groups.map((g) => [g.code, g.label, g.entries.map((e) => e.id)])).toEqual([
      ['nav-links', 'Nav links', [0, 9]],
      ['exact-repeat', 'Exact repeat', [7]],
      ['newsletter-pitch', 'Newsletter pitch', [8]],
    ]);
    expect(s.groups[1].entries[0]).toMatchObject({ duplicateOf: 1, why: 'repeats ¶1', verdict: 'duplicate' });
  });

  it('falls back per verdict when the engine gives no reason', () => {
    const { analysis } = makeAnalysis([{ text: 'a', verdict: 'duplicate' }, { text: 'b', verdict: 'boilerplate' }, { text: 'c', verdict: 'meta' }]);
    expect(summarizeRemoved(analysis.blocks).groups.map((g) => g.label)).toEqual(['Repeated', 'Page chrome']);
  });
});

describe('reading time and words', () => {
  it('counts words in space-separated scripts and characters in CJK', () => {
    expect(countWords("It's a well-known fact, 2025.")).toBe(5);
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes('短'.repeat(1500))).toBe(3);
    expect(readingMinutes('one')).toBe(1);
  });
});

describe('meta', () => {
  it('keeps the publisher’s calendar date whatever the reader’s zone', () => {
    expect(formatDate('2025-03-12T23:59:00-10:00', 'en-GB')).toBe('12 March 2025');
    expect(formatDate('garbage')).toBeNull();
  });
  it('falls back to the host for the site', () => {
    const { analysis } = makeAnalysis([{ text: 'x' }]);
    const items = metaItems(buildArticle(analysis, [], 'https://www.kenyastar.com/news/1'));
    expect(items.map((i) => i.text)).toEqual(['kenyastar.com', '1 min read']);
  });
});

describe('urls and links', () => {
  it('allows http(s) and mailto links only', () => {
    expect(safeHref('https://a.com/x')).toBe('https://a.com/x');
    expect(safeHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeHref('/x', 'https://a.com/y')).toBe('https://a.com/x');
    for (const bad of ['javascript:1', ' javascript:1', 'jav\nascript:1', 'data:text/html,x', 'ftp://a', 'blob:https://a/x', '/x', 42, null]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
  it('allows http(s) and data:image sources only', () => {
    expect(safeImageSrc('data:image/jpeg;base64,AAA')).toBe('data:image/jpeg;base64,AAA');
    expect(safeImageSrc('data:text/html,x')).toBeNull();
    expect(safeImageSrc('javascript:x')).toBeNull();
  });
  it('splits text around links found in order, and leaves unfound links as text', () => {
    expect(linkRuns('a b a c', [{ text: 'a', href: 'https://x/1' }, { text: 'a', href: 'https://x/2' }, { text: 'zz', href: 'https://x/3' }])).toEqual([
      { text: 'a', href: 'https://x/1' },
      { text: ' b ' },
      { text: 'a', href: 'https://x/2' },
      { text: ' c' },
    ]);
  });
});
