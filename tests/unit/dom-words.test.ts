import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/dom/words';

describe('splitWords', () => {
  it('splits class and id values into lower-case words', () => {
    expect(splitWords('RelatedPosts_widget')).toEqual(['related', 'posts', 'widget']);
    expect(splitWords('HTMLParser col-md-8 sidebarRight2')).toEqual(['html', 'parser', 'col', 'md', 'sidebar', 'right']);
    expect(splitWords('article-body article__body  a')).toEqual(['article', 'body']);
    expect(splitWords('top10 mostRead post-48213')).toEqual(['top', 'most', 'read', 'post']);
    expect(splitWords('Größe-Übersicht')).toEqual(['größe', 'übersicht']);
    expect(splitWords(null)).toEqual([]);
  });
});
