/**
 * What each HTML element means to the segmenter. Data, not logic: the walker in
 * segment.ts only asks "which category is this tag?".
 */

/** Not content at all: never descended into, records nothing, never breaks a run of text. */
export const SKIP = 0;
/** Phrasing content: its text joins the surrounding run (no space at its edges). */
export const INLINE = 1;
/** A block element whose own text is one block (p, h1–h6, li, …). */
export const OWNER = 2;
/** A block-level box that groups blocks (div, section, td, …); its loose text runs are blocks too. */
export const CONTAINER = 3;
/** Block-level for text runs but never a container of its own (html, tbody, hr, …). */
export const TRANSPARENT = 4;
export const BR = 5;
export const IMG = 6;

export type Category = typeof SKIP | typeof INLINE | typeof OWNER | typeof CONTAINER | typeof TRANSPARENT | typeof BR | typeof IMG;

const table: Record<string, Category> = {};
const put = (cat: Category, tags: string) => {
  for (const t of tags.split(/\s+/)) if (t) table[t] = cat;
};

put(
  SKIP,
  `head title meta link base style script noscript template svg math canvas iframe frame frameset noframes
   object embed applet param video audio source track map area select option optgroup datalist
   textarea input button rp rt portal col colgroup meter progress`,
);
put(
  INLINE,
  `a abbr acronym b bdi bdo big blink cite code data del dfn em font i ins kbd label mark nobr output q ruby rb
   s samp small span strike strong sub sup time tt u var wbr picture slot`,
);
put(OWNER, 'p h1 h2 h3 h4 h5 h6 li dt dd pre figcaption caption address summary legend');
put(
  CONTAINER,
  `body div section article main aside nav header footer form ul ol dl menu dir table tr td th figure blockquote
   center details fieldset hgroup dialog search marquee listing xmp plaintext multicol`,
);
put(TRANSPARENT, 'html tbody thead tfoot hr');
put(BR, 'br');
put(IMG, 'img amp-img');

export function categoryOf(tag: string): Category | undefined {
  return table[tag];
}

/**
 * Owners whose content is phrasing only: an unknown element inside one of
 * these (MS Word's <o:p>, a custom <x-highlight>) is read as inline. Elsewhere
 * an unknown element is a block-level box (custom elements usually wrap blocks).
 */
export const PHRASING_OWNERS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'caption', 'address', 'summary', 'legend', 'dt',
]);

/** Inline tags whose text reads as emphasis (a whole block inside one is a label-like block). */
export const EMPHASIS: ReadonlySet<string> = new Set(['b', 'strong', 'em']);

/** Ancestors that set the in-list / in-table flags. */
export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'menu', 'dir', 'li', 'dt', 'dd']);
export const TABLE_TAGS: ReadonlySet<string> = new Set(['table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption']);

/**
 * Class tokens that hide an element by near-universal convention (Bootstrap,
 * WordPress, Drupal, a11y helpers). Matched as whole class tokens, never as
 * words: "hidden-xs" (responsive) and "field-label-hidden" stay visible.
 * Measured on the AEB pages: text under these classes is never article text.
 */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  'hidden', 'hide', 'd-none', 'is-hidden', 'u-hidden', 'invisible', 'display-none',
  'sr-only', 'screen-reader-text', 'screen-reader-only', 'screenreader-only', 'visually-hidden', 'visuallyhidden',
  'u-visually-hidden', 'is-visually-hidden', 'element-invisible', 'offscreen', 'off-screen', 'a11y-hidden',
  'hidden-text', 'hide-text', 'tooltiptext',
]);
/** Cheap pre-test before splitting a class attribute into tokens. */
export const HIDDEN_CLASS_HINT = /hid|sr-only|screen|invisible|off-?screen|d-none|display-none|tooltiptext/i;
