/**
 * Chrome evidence for one block, in two kinds:
 *  - from its own text: the phrases and shapes chrome takes (lexicon/chrome-phrases.ts),
 *    cut-off teasers, wire datelines, link lists;
 *  - from where it sits: the nearest container whose tag, role or class words
 *    mean navigation, footer, related box, comments … (tree.ts). A mark on an
 *    ancestor of the article itself is ignored: a page wrapped in
 *    <div class="layout-with-sidebar"> is not all sidebar.
 * Evidence only; decide.ts turns it into verdicts.
 */
import { SECTION_NAMES } from './lexicon/section-names';
import { CHROME_PATTERNS, SHARE_ROW_WORDS, WIRE_DATELINE, type ChromePattern } from './lexicon/chrome-phrases';
import type { Measured } from './measure';
import type { Container } from './types';
import type { EngineSettings } from './settings';
import { markOf, type ContainerTree, type ContextMark } from './tree';

export interface Evidence {
  code: string;
  label: string;
  weight: number;
  params: Record<string, string | number>;
  /** A heading that opens a chrome section: the blocks under it inherit the flag. */
  section?: boolean;
}

const MAX_PHRASE = 60;
/** The longest block the chrome phrases are tried on: their longest cap, 300 words, runs to some 3,000 characters. */
const MAX_PHRASE_BLOCK_CHARS = 20_000;
/** Below every sensitivity's in-article flag (0.7 at its lowest): link-list evidence on a quote is a hint only. */
const QUOTE_LINK_CAP = 0.6;

/**
 * The chrome patterns in runs of at most PHRASE_GROUP that share a word cap, each run as one
 * alternation: one test tells that none of its patterns matches (as for most blocks), and only
 * a run that matches has its patterns run one by one, for what each found. Exact: an
 * alternation matches a text if and only if one of its alternatives does.
 * (Runs of a few patterns are the fastest shape in V8: a third cheaper than one pattern at a
 * time in Node and half in Chromium. One alternation of all of them, tried alternative by
 * alternative at every character, was three times slower in Node's V8 than one at a time.)
 */
const PHRASE_GROUP = 8;
/** The runs, and for each chrome pattern, in CHROME_PATTERNS's order, the index of its run. */
const { groups: PHRASE_GROUPS, groupOf: GROUP_OF_PATTERN } = groupPhrases();
function groupPhrases(): { groups: { maxWords: number; any: RegExp }[]; groupOf: number[] } {
  const groups: { maxWords: number; any: RegExp }[] = [];
  const groupOf: number[] = [];
  for (const maxWords of new Set(CHROME_PATTERNS.map((p) => p.maxWords))) {
    const members = CHROME_PATTERNS.flatMap((p, i) => (p.maxWords === maxWords ? [i] : []));
    for (let k = 0; k < members.length; k += PHRASE_GROUP) {
      const run = members.slice(k, k + PHRASE_GROUP);
      for (const i of run) groupOf[i] = groups.length;
      // The patterns' own flags, which must agree (an alternation has one set).
      groups.push({ maxWords, any: new RegExp(run.map((i) => `(?:${(CHROME_PATTERNS[i] as ChromePattern).re.source})`).join('|'), CHROME_PATTERNS[0]?.re.flags) });
    }
  }
  return { groups, groupOf };
}

/**
 * A media player's or ad slot's button flattened into a line of plain text: "Loading ...",
 * "Show Caption", "Video Unavailable", "Click to play Tap to play", "Article content" (on a page's
 * markup such a line is a button, and a heading over it may still be the article's).
 */
const PLAYER_LINE = /^(loading\s*(\.\.\.|…)?|show caption|hide caption|video unavailable|video loading|click to play( tap to play)?|article content)$/;

/** A teaser box's label with its first teaser's capital right after it, no space between. */
const GLUED_LABEL = /^(More Information|Read More|Read more|Related Stories|Related Articles|Related News|More Stories|More News|Top Stories|Latest News)(?=\p{Lu})/u;

/** A share row runs to this many words. */
const SHARE_ROW_MAX = 14;
const SHARE_ROW_SPLIT = /[\s|｜:：,、·•/()（）]+/u;
const SHARE_ROW_LEAD = /^[\s|｜:：,、·•/()（）]+/u;

/**
 * A row of share buttons, whatever its language: at least three of its words are networks or
 * share, mail and print buttons (SHARE_ROW_WORDS), and the other words are one, or one for
 * every three of those ("करें" in "शेयर करें: फेसबुक | ट्विटर"), its first or second word a
 * button. A sentence that names networks has more words of its own.
 */
function isShareRow(canon: string): boolean {
  // Most blocks open on a word that is no share button: only those that do are split.
  const firstEnd = canon.search(SHARE_ROW_SPLIT);
  if (!SHARE_ROW_WORDS.has(firstEnd < 0 ? canon : canon.slice(0, firstEnd))) {
    const rest = firstEnd < 0 ? '' : canon.slice(firstEnd).replace(SHARE_ROW_LEAD, '');
    const secondEnd = rest.search(SHARE_ROW_SPLIT);
    if (!SHARE_ROW_WORDS.has(secondEnd < 0 ? rest : rest.slice(0, secondEnd))) return false;
  }
  let share = 0;
  let other = 0;
  for (const word of canon.split(SHARE_ROW_SPLIT)) {
    if (!word) continue;
    if (SHARE_ROW_WORDS.has(word)) share++;
    else other++;
  }
  // (A long row may carry a word or two more: "Facebook Count X (formerly Twitter) WhatsApp …".)
  return share >= 3 && other <= Math.max(1, Math.floor(share / 3));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Kinds where a line of symbols means something: code, a table's "–" for none. */
const NO_SEPARATOR_KINDS: ReadonlySet<string> = new Set(['preformatted', 'table-cell']);

/**
 * "Home Firenze Prato Pisa Livorno Siena Arezzo Lucca Sport Cultura Video", "Новости Политика
 * Экономика Общество": a site's menu flattened onto one line of plain text. Five words and
 * more, nearly all capitalised, no figure, no punctuation, at least three (and two in five)
 * sections' names, and none of the language's function words unless half the words are
 * sections' names ("What's On"). (A Title Case headline may lack function words too, but not
 * name sections: "Kazakhstan Raises Wheat Export Quota Amid Bumper Harvest".)
 */
const MENU_WORDS = 5;
/** A menu runs to this many entries (and a paragraph of a million words never reaches the pattern: its repetition would overrun the stack). */
const MENU_MAX_WORDS = 40;
const MENU_SECTIONS = 3;
/** Words only, no figures or punctuation but a word's own apostrophe or hyphen. */
const MENU_LINE = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){4,}$/u;
function isMenuLine(m: Measured): boolean {
  if (m.words < MENU_WORDS || m.words > MENU_MAX_WORDS || m.block.kind !== 'paragraph' || !MENU_LINE.test(m.block.text)) return false;
  let sections = 0;
  let capitalised = 0;
  const words = m.block.text.split(/\s+/);
  for (const word of words) {
    if (SECTION_NAMES.has(word.toLowerCase())) sections++;
    if (word[0] !== word[0]!.toLowerCase()) capitalised++;
  }
  return sections >= MENU_SECTIONS && sections >= MENU_SECTION_SHARE * words.length && capitalised >= MENU_CAPITALISED * words.length && (m.stopwordRatio === 0 || sections >= words.length / 2);
}
const MENU_SECTION_SHARE = 0.4;
const MENU_CAPITALISED = 0.8;

/**
 * What a block's own text says of it. `plainText`: the page is plain text whose language's
 * function words are known (what tells a flattened menu from a headline).
 */
export function textEvidence(m: Measured, settings: EngineSettings, plainText = false): Evidence[] {
  const out: Evidence[] = [];
  if (plainText && isMenuLine(m)) out.push({ code: 'site-menu', label: 'site menu', weight: 0.85, params: { phrase: clip(m.block.text, MAX_PHRASE) } });
  if (plainText && m.words <= 6 && PLAYER_LINE.test(m.canon)) out.push({ code: 'advertisement', label: 'advertisement label', weight: 0.8, params: { phrase: clip(m.block.text, MAX_PHRASE) } });
  // (A block of a few "words" thousands of characters long is no chrome line: the patterns'
  // backtracking over such a word would only risk the stack.)
  const groupHit = m.canon.length <= MAX_PHRASE_BLOCK_CHARS ? PHRASE_GROUPS.map((g) => m.words <= g.maxWords && g.any.test(m.canon)) : [];
  for (let p = 0; p < CHROME_PATTERNS.length; p++) {
    if (!groupHit[GROUP_OF_PATTERN[p] as number]) continue;
    const pattern = CHROME_PATTERNS[p] as ChromePattern;
    const match = pattern.re.exec(m.canon);
    if (!match) continue;
    out.push({
      code: pattern.code,
      label: pattern.label,
      weight: pattern.weight,
      params: { phrase: clip(match[0].trim() || m.canon, MAX_PHRASE) },
      section: pattern.section && m.words <= 8 ? true : undefined,
    });
  }
  // "More InformationLONDON, England: …": a box's label run into its first teaser by a scraper
  // that dropped the space between them.
  const glued = GLUED_LABEL.exec(m.block.text);
  if (glued) out.push({ code: 'popular-list', label: '"most popular" or "related" list', weight: 0.85, params: { phrase: glued[1] as string }, section: true });
  // "___", "* * *", "------": a rule drawn in characters, no word in it.
  if (m.tokenCount <= 1 && m.chars > 0 && !NO_SEPARATOR_KINDS.has(m.block.kind) && !LETTER_OR_DIGIT.test(m.block.text)) out.push({ code: 'separator', label: 'divider line', weight: 0.8, params: {} });
  if (m.words <= SHARE_ROW_MAX && isShareRow(m.canon)) out.push({ code: 'share-bar', label: 'share buttons', weight: 0.85, params: { phrase: clip(m.canon, MAX_PHRASE) } });
  if (m.truncated && m.words <= 80) {
    const dateline = WIRE_DATELINE.exec(m.block.text);
    if (dateline) {
      out.push({ code: 'wire-teaser', label: 'wire-service teaser', weight: 0.9, params: { phrase: clip(dateline[0], MAX_PHRASE) } });
    } else {
      out.push({ code: 'truncated-teaser', label: 'teaser cut off with "…"', weight: 0.75, params: {} });
    }
  }
  if (m.linkDensity >= settings.linkDense && m.chars > 0) {
    // A block that is mostly links is navigation or a teaser list; the more links, the surer.
    // A sentence with many links (a paragraph full of name pop-ups, a linked recipe line) is
    // not decided by its links alone; a bare link, a menu entry or a list of links is.
    const sentence = m.block.kind === 'paragraph' && m.words >= 8 && m.endsSentence && !shouting(m.block.text);
    // A quote's links are the quoted post's own (a tweet's t.co link, a hashtag): what a
    // quote says is the article's, so its links alone never make it chrome inside the article.
    const cap = m.block.kind === 'quote' ? QUOTE_LINK_CAP : (m.words >= 30 && m.stopwordRatio >= 0.2) || sentence ? 0.7 : 0.95;
    const weight = Math.min(cap, 0.55 + 0.4 * m.linkDensity + (m.block.kind === 'list-item' ? 0.05 : 0));
    out.push({ code: 'link-list', label: 'mostly links', weight, params: { share: Math.round(m.linkDensity * 100) } });
  }
  return out;
}

/**
 * The context mark that applies to a block: its own element's words first,
 * then the nearest marked container, unless that container holds the article.
 */
export function contextMark(m: Measured, tree: ContainerTree | null, articleAncestors: ReadonlySet<number>): ContextMark | null {
  const f = m.block.features;
  const own = f.words.length || f.role ? markOf('', f.role, f.words, -1) : null;
  if (own) return own;
  if (!tree || f.container < 0 || f.container >= tree.containers.length) return null;
  let mark = tree.inheritedMark[f.container] ?? null;
  if (!mark || articleAncestors.has(mark.container)) return null;
  // A weak mark close by (a teaser card's own <header>) must not hide a stronger one around
  // it (the "related" box that holds the cards): the strongest of the next few marks up wins.
  for (let next = mark, k = 0; k < MARKS_UP; k++) {
    const parent = (tree.containers[next.container] as Container).parent;
    const outer = parent >= 0 && parent < tree.containers.length ? tree.inheritedMark[parent] : null;
    if (!outer || articleAncestors.has(outer.container)) break;
    if (outer.weight > mark.weight) mark = outer;
    next = outer;
  }
  return mark;
}

/** How many marks up contextMark looks for a stronger one. */
const MARKS_UP = 4;

/**
 * The text shapes that say the same as a box's chrome word: a "signup" box whose button
 * reads "Subscribe" is a newsletter box by its words and by its text.
 */
const MARK_CONFIRMED_BY: Readonly<Record<string, ReadonlySet<string>>> = {
  'in-promo': new Set(['newsletter-pitch', 'publish-promo', 'support-pitch', 'app-promo']),
  'in-share': new Set(['share-bar']),
  'in-comments': new Set(['comments-widget']),
  'in-related': new Set(['popular-list', 'read-more-link', 'truncated-teaser', 'wire-teaser']),
  'in-cookie': new Set(['cookie-notice']),
  'in-author-box': new Set(['author-bio']),
  'in-ad': new Set(['advertisement']),
};

/**
 * Marked boxes whose chrome word a block of their own confirms by its text (1 at the
 * mark's container). Class words mislead, so inside the article a box's words alone do
 * not condemn its prose; words and text that agree do.
 */
export function confirmedMarks(marks: readonly (ContextMark | null)[], textEv: readonly Evidence[][], tree: ContainerTree | null): Uint8Array {
  const n = tree ? tree.containers.length : 0;
  const confirmed = new Uint8Array(n);
  if (!tree) return confirmed;
  marks.forEach((mark, i) => {
    if (!mark || mark.container < 0 || mark.container >= n) return;
    const agree = MARK_CONFIRMED_BY[mark.code];
    if (agree && (textEv[i] as Evidence[]).some((e) => agree.has(e.code))) confirmed[mark.container] = 1;
  });
  // Nested boxes of one kind ("signup-background" > "signup-foreground" > "signup-message")
  // are one box: what confirms one of them confirms the others, up then down.
  for (let k = n - 1; k >= 0; k--) {
    const id = tree.order[k] as number;
    const p = (tree.containers[id] as Container).parent;
    const own = tree.ownMark[id];
    const outer = p >= 0 && p < n ? tree.ownMark[p] : null;
    if (confirmed[id] && own && outer && own.code === outer.code) confirmed[p] = 1;
  }
  for (let k = 0; k < n; k++) {
    const id = tree.order[k] as number;
    const p = (tree.containers[id] as Container).parent;
    if (p < 0 || p >= n || !confirmed[p] || confirmed[id]) continue;
    const own = tree.ownMark[id];
    const outer = tree.inheritedMark[p];
    if (!own || (outer && own.code === outer.code)) confirmed[id] = 1;
  }
  return confirmed;
}

export function contextEvidence(mark: ContextMark): Evidence {
  return { code: mark.code, label: mark.label, weight: mark.weight, params: { clue: mark.clue } };
}

/** Mostly capital letters: a headline link ("'DANCING WITH THE STARS' …"), not a sentence. */
function shouting(text: string): boolean {
  let upper = 0, lower = 0;
  for (const ch of text) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper > lower * 2;
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
