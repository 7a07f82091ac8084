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

  it('drops UUIDs whole: "block-…-ad6d-…" is no "ad" box', () => {
    expect(splitWords('block-a3176285-d6c8-4ea8-ad6d-29ea116ead84')).toEqual(['block']);
    expect(splitWords('wp-block-A3176285-D6C8-4EA8-AD6D-29EA116EAD84 share')).toEqual(['wp', 'block', 'share']);
  });

  it('drops styled-components / CSS-modules / emotion hashes but keeps the names beside them', () => {
    expect(splitWords('sc-bdVaJa kVQxvE hMdhNq')).toEqual(['sc']);
    expect(splitWords('Article_share__3kYQm')).toEqual(['article', 'share']);
    expect(splitWords('css-1n3q8l9 a8Df2')).toEqual(['css']);
  });

  it('reads a class made from a heading’s text as its first two parts only', () => {
    expect(splitWords('css-heading-how-popular-are-meditation-and-mindfulness')).toEqual(['css', 'heading']);
    expect(splitWords('section heading_why_do_people_share_their_stories_online')).toEqual(['section', 'heading', 'why']);
    // Long BEM-style names without function words are names, kept whole.
    expect(splitWords('wp-block-group-is-layout-flow-related')).toEqual(['wp', 'block', 'group', 'is', 'layout', 'flow', 'related']);
  });

  it('keeps named words that merely look short: camelCase, numbered names', () => {
    expect(splitWords('MyAdBox adSlot')).toEqual(['my', 'ad', 'box', 'slot']);
    expect(splitWords('sidebarRight2 mp3player col2left')).toEqual(['sidebar', 'right', 'mp', 'player', 'col', 'left']);
  });
});
