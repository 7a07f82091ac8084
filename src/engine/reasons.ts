/**
 * Reasons a reader understands. Each has a stable code and params (so the
 * extension can render it in the reader's language from _locales) and an
 * English message built from the same template.
 */
import type { Reason } from './types';

type Params = Record<string, string | number>;

/** English templates; {name} is replaced by params[name]. */
export const REASON_TEMPLATES: Readonly<Record<string, string>> = {
  // Content
  'article-text': 'Part of the article’s main text',
  'article-heading': 'A heading inside the article',
  'near-article': 'Body text right beside the article',
  'reader-kept': 'You asked to keep this block on {site}',
  // Repetition
  'exact-repeat': 'Repeats block {of} word for word (“{excerpt}”)',
  'near-repeat': 'Near-copy of block {of} ({similarity}% the same wording)',
  'merged-repeat': 'Runs {count} blocks together again, from block {of} on (“{excerpt}”)',
  'contained-repeat': 'Shortened copy of block {of} (“{excerpt}”)',
  'repeated-chrome': 'Repeats block {of}, which is also page chrome',
  'headline-repeat': 'Repeats the headline (block {of})',
  // Metadata
  headline: 'The headline: shown as the title',
  byline: 'Byline: {value}',
  dateline: 'Date line: {value}',
  'source-credit': 'Source credit: {value}',
  'press-contact': 'Press contact details: {value}',
  // Chrome from text
  'legal-disclaimer': 'Legal or wire disclaimer (“{phrase}”)',
  copyright: 'Copyright line (“{phrase}”)',
  'newsletter-pitch': 'Newsletter pitch (“{phrase}”)',
  'publish-promo': '“Publish your news” promo (“{phrase}”)',
  'popular-list': '“Most popular” / “related” list (“{phrase}”)',
  'comments-widget': 'Comments widget (“{phrase}”)',
  'error-banner': 'Error message from a broken embed (“{phrase}”)',
  'site-banner': 'Site banner or skip link (“{phrase}”)',
  'cookie-notice': 'Cookie notice (“{phrase}”)',
  'share-bar': 'Share buttons (“{phrase}”)',
  advertisement: 'Advertisement label (“{phrase}”)',
  'tag-line': 'Tags or categories line (“{phrase}”)',
  'read-more-link': '“Read more” link (“{phrase}”)',
  'app-promo': 'App or social media promo (“{phrase}”)',
  'support-pitch': 'Donation or support pitch (“{phrase}”)',
  'image-credit': 'Photo credit (“{phrase}”)',
  'author-bio': 'About the author (“{phrase}”)',
  'gallery-control': 'Photo gallery controls (“{phrase}”)',
  'file-download': 'Link to download a file (“{phrase}”)',
  'reading-time': 'How long the article takes to read (“{phrase}”)',
  'end-mark': 'Marks the end of the release (“{phrase}”): what follows is the site’s',
  'site-menu': 'The site’s menu (“{phrase}”)',
  breadcrumbs: 'Breadcrumb trail of the site’s sections (“{phrase}”)',
  'feedback-prompt': 'Request for readers’ tips or corrections (“{phrase}”)',
  separator: 'A divider line, with no words in it',
  'image-caption': 'Picture caption: shown with its picture, not part of the article’s text',
  'wire-teaser': 'Wire-service teaser for another story (“{phrase}”)',
  'truncated-teaser': 'Teaser for another story, cut off with “…”',
  'link-list': 'Mostly links ({share}% of its text)',
  // Chrome from context
  'in-comments': 'In the comments section ({clue})',
  'in-related': 'In a “related stories” box ({clue})',
  'in-promo': 'In a promo box ({clue})',
  'in-ad': 'In an advertisement slot ({clue})',
  'in-share': 'In the share bar ({clue})',
  'in-navigation': 'In the site navigation ({clue})',
  'in-footer': 'In the site footer ({clue})',
  'in-header': 'In the site header ({clue})',
  'in-sidebar': 'In a sidebar ({clue})',
  'in-tags': 'In a tags list ({clue})',
  'in-cookie': 'In a cookie notice ({clue})',
  'in-author-box': 'In an author box ({clue})',
  'in-hidden': 'In a hidden or pop-up element ({clue})',
  'in-form': 'In a form ({clue})',
  // Chrome from position and neighbours
  'outside-article': 'Outside the article’s main text',
  'chrome-section': 'Under “{heading}”, a section of page chrome',
  'between-chrome': 'A short line between blocks of page chrome',
  hidden: 'Hidden on the page',
  'site-template': 'Appears on {pages} pages of {site}',
  'reader-flagged': 'You asked to always flag this block on {site}',
};

/**
 * Each template split once into literal text and parameter names, alternating
 * (even indexes literal, odd indexes names): every block gets a reason, so
 * filling a template should not re-parse it.
 */
const COMPILED = new Map<string, readonly string[]>();

function compiled(template: string): readonly string[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    COMPILED.set(template, parts);
  }
  return parts;
}

export function reason(code: string, params: Params = {}): Reason {
  const parts = compiled(REASON_TEMPLATES[code] ?? code);
  let message = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) message += String(params[parts[i] as string] ?? '') + (parts[i + 1] as string);
  return { code, params, message };
}

/** The first words of a block, for "repeats block 7 (“His remarks came…”)". */
export function excerpt(text: string, max = 48): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
