/**
 * Words in class and id attributes (already split: "RelatedPosts_widget" →
 * related, posts, widget) that say what a container holds. One list per
 * meaning, so a reason can name it ("in a 'related' box"). Words are matched
 * whole, and also as prefixes for a few stems (comment → comments, commentlist); two
 * neighbouring words also count joined ("read-more" → readmore).
 * Generic layout words stay out on purpose: "hidden" (Tailwind's responsive
 * `hidden lg:block`), "next" (Next.js's `__next` root), "cmp" (Adobe's
 * component prefix), "bottom" (`padding-bottom`), "banner" (hero headers).
 */

export interface ContextWord {
  /** Reason code when this word marks a block's surroundings. */
  code: string;
  label: string;
  words: readonly string[];
  /** Also match words that start with one of these stems. */
  stems?: readonly string[];
  weight: number;
}

export const CHROME_CONTEXT: readonly ContextWord[] = [
  { code: 'in-comments', label: 'comments section', words: ['comment', 'comments', 'disqus', 'replies', 'reply', 'respond', 'discussion'], stems: ['comment'], weight: 0.9 },
  { code: 'in-related', label: '"related" box', words: ['related', 'relateds', 'recommended', 'recommendations', 'recirc', 'outbrain', 'taboola', 'mgid', 'zergnet', 'popular', 'trending', 'mostread', 'mostpopular', 'morestories', 'morenews', 'readmore', 'readnext', 'alsoread', 'youmaylike', 'similar', 'teaser', 'teasers', 'headlines', 'rail', 'carousel', 'ticker'], stems: ['related', 'recommend', 'trending', 'popular', 'teaser'], weight: 0.75 },
  { code: 'in-promo', label: 'promo box', words: ['promo', 'promotion', 'promotions', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'sponsor', 'sponsored', 'optin', 'cta', 'calltoaction', 'donate', 'donation'], stems: ['newsletter', 'promo', 'subscri', 'sponsor'], weight: 0.8 },
  { code: 'in-ad', label: 'advertisement slot', words: ['ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit', 'dfp', 'gpt', 'doubleclick', 'googletag', 'dianomi'], stems: ['advert'], weight: 0.85 },
  { code: 'in-share', label: 'share bar', words: ['share', 'sharing', 'sharebar', 'social', 'socials', 'addthis', 'sharethis', 'follow', 'print', 'email', 'bookmark'], stems: ['share', 'social'], weight: 0.8 },
  { code: 'in-navigation', label: 'site navigation', words: ['nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip', 'toolbar', 'masthead', 'topbar', 'dropdown', 'megamenu', 'hamburger', 'sitemap'], stems: ['breadcrumb', 'navig'], weight: 0.85 },
  { code: 'in-footer', label: 'site footer', words: ['footer', 'colophon', 'copyright', 'disclaimer'], stems: ['footer'], weight: 0.8 },
  { code: 'in-header', label: 'site header', words: ['header', 'masthead', 'topnav', 'branding', 'logo'], weight: 0.6 },
  { code: 'in-sidebar', label: 'sidebar', words: ['sidebar', 'aside', 'sidebox', 'skyscraper', 'rightcol', 'rightrail', 'leftcol', 'sidecol'], stems: ['sidebar'], weight: 0.75 },
  { code: 'in-tags', label: 'tags list', words: ['tags', 'tagcloud', 'tagslist', 'categories', 'keywords'], weight: 0.6 },
  { code: 'in-cookie', label: 'cookie notice', words: ['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'cookiebot'], stems: ['cookie', 'consent'], weight: 0.85 },
  { code: 'in-author-box', label: 'author box', words: ['bio', 'authorbio', 'about', 'profile'], weight: 0.5 },
  { code: 'in-hidden', label: 'hidden element', words: ['screenreader', 'offscreen', 'modal', 'popup', 'dialog', 'lightbox'], weight: 0.6 },
];

/** Words that say "this is the article". They outweigh weak chrome words on the same element. */
export const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'articlebody', 'body', 'content', 'contents', 'entry', 'hentry', 'main', 'post', 'text',
  'story', 'storybody', 'blog', 'prose', 'richtext', 'rte', 'copy', 'detail', 'details', 'news', 'single', 'page',
  'paragraph', 'paragraphs', 'longform', 'reading', 'reader', 'markdown', 'wysiwyg',
]);

/** Words of a box that embeds a post from elsewhere (a tweet, an Instagram post, a video card). */
export const EMBED_WORDS: ReadonlySet<string> = new Set(['embed', 'embeds', 'embedded', 'oembed']);

/** Containers by tag that are chrome by the HTML spec's meaning. */
export const CHROME_TAGS: Readonly<Record<string, { code: string; label: string; weight: number }>> = {
  nav: { code: 'in-navigation', label: 'site navigation', weight: 0.9 },
  footer: { code: 'in-footer', label: 'site footer', weight: 0.75 },
  aside: { code: 'in-sidebar', label: 'sidebar', weight: 0.75 },
  header: { code: 'in-header', label: 'site header', weight: 0.5 },
  form: { code: 'in-form', label: 'form', weight: 0.7 },
  menu: { code: 'in-navigation', label: 'site navigation', weight: 0.9 },
  dialog: { code: 'in-hidden', label: 'dialog', weight: 0.8 },
};

/** ARIA landmark roles that are chrome. */
export const CHROME_ROLES: Readonly<Record<string, { code: string; label: string; weight: number }>> = {
  navigation: { code: 'in-navigation', label: 'site navigation', weight: 0.9 },
  banner: { code: 'in-header', label: 'site header', weight: 0.6 },
  contentinfo: { code: 'in-footer', label: 'site footer', weight: 0.8 },
  complementary: { code: 'in-sidebar', label: 'sidebar', weight: 0.7 },
  search: { code: 'in-form', label: 'search form', weight: 0.85 },
  menu: { code: 'in-navigation', label: 'menu', weight: 0.85 },
  menubar: { code: 'in-navigation', label: 'menu', weight: 0.85 },
  dialog: { code: 'in-hidden', label: 'dialog', weight: 0.8 },
  alertdialog: { code: 'in-hidden', label: 'dialog', weight: 0.8 },
};

/** Words on a block or its container that mark page metadata (bylines, dates, source credits). */
export const META_WORDS: ReadonlySet<string> = new Set([
  'byline', 'author', 'authors', 'by', 'dateline', 'date', 'time', 'timestamp', 'published', 'updated', 'pubdate',
  'posted', 'source', 'credit', 'credits', 'meta', 'info', 'writer', 'contributor', 'attribution',
]);
