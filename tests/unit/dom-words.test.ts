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

describe('generated ids', () => {
  it('drops hex hashes so an id like "ad3f21c" is not read as "ad"', () => {
    expect(splitWords('elementor-element-ad3f21c elementor-widget')).toEqual(['elementor', 'element', 'widget']);
    expect(splitWords('top10 post-48213 deadbeef')).toEqual(['top', 'post', 'deadbeef']);
  });
});
