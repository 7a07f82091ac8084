/**
 * Where is the article? Two views, one answer: a set of blocks.
 *
 * Tree view (pages from a DOM): the container scoring that Mozilla Readability
 * proved on the open web, done over the container tree in one pass: each
 * paragraph-like block gives its container and a few ancestors a score
 * (commas, length); class words and tags weigh containers up or down; the best
 * container, discounted by its link density, is the article; its siblings join
 * when they score close to it. Unlike Readability we never delete anything
 * here: the region is evidence that decide.ts weighs with the rest.
 *
 * Sequence view (plain text, or a tree that gives no candidate): the densest
 * run of body-like blocks (long, stopword-rich, not cut off, not link lists),
 * jusText's observation that article text comes in runs.
 */
import { END_MARK_LINE } from './lexicon/chrome-phrases';
import type { Measured } from './measure';
import { leadingCredit, opensWireStory, sourceOf } from './meta';
import type { EngineSettings } from './settings';
import { isAncestorOrSelf, type ContainerTree } from './tree';
import type { Container } from './types';

export interface Region {
  /** 1 for blocks inside the article region. */
  inRegion: Uint8Array;
  /** The container chosen as the article root (tree view), or -1. */
  root: number;
  /** First and last block ids of the region (inclusive); -1 when the region is empty. */
  first: number;
  last: number;
  view: 'tree' | 'sequence';
}

const SCORED_KINDS = new Set(['paragraph', 'quote', 'preformatted', 'table-cell']);

/** Readability's initial weight by tag. */
function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** Body-like in isolation: enough words, sentence-shaped, not a link list, not a cut-off teaser. */
export function isBodyLike(m: Measured, settings: EngineSettings, proseFloor: number): boolean {
  if (m.words < settings.goodWords || m.truncated || m.linkDensity >= 0.3) return false;
  if (m.stopwordRatio < proseFloor) return false;
  return true;
}

export function findRegion(
  items: readonly Measured[],
  tree: ContainerTree | null,
  settings: EngineSettings,
  proseFloor: number,
  excluded: Uint8Array,
): Region {
  const fromTree = treeView(items, tree, excluded);
  if (fromTree && tree) return extendAlongPage(items, tree, fromTree, settings, proseFloor, excluded);
  return sequenceRegion(items, settings, proseFloor, excluded, tree === null);
}

/** Non-body blocks (subheads, short lines) the extension may step over between two body blocks. */
const MAX_GAP = 3;
/** In `excluded`, the bit of a sign-up form's line; so many of them may stand inside the article. */
export const FORM_LINE = 4;
const MAX_FORM_LINES = 8;
/**
 * Past this many blocks from the best run, another run joins only when it carries as much
 * text: a coverage list or a teaser wall further down is no second half of the article.
 */
const FAR_RUN = 8;

/**
 * The article is sometimes split into sibling sections with nothing in common
 * (a page builder's anonymous divs): the tree finds one. Along the page, body
 * text that continues right before or after the region, in no chrome box,
 * belongs to it; a chrome box or a longer gap ends the article.
 */
function extendAlongPage(items: readonly Measured[], tree: ContainerTree, region: Region, settings: EngineSettings, proseFloor: number, excluded: Uint8Array): Region {
  if (region.first < 0) return region;
  const inRegion = region.inRegion;
  const chromeBox = (i: number): boolean => {
    const c = (items[i] as Measured).block.features.container;
    return c >= 0 && c < tree.containers.length && (!!tree.unlikely[c] || !!tree.hidden[c] || ((tree.inheritedMark[c]?.weight ?? 0) >= 0.7 && !isAncestorOrSelf(tree, tree.inheritedMark[c]!.container, region.root)));
  };
  const body = (i: number): boolean => {
    const m = items[i] as Measured;
    return !excluded[i] && !chromeBox(i) && !m.block.features.inFigure && m.block.kind !== 'caption' && isBodyLike(m, settings, proseFloor);
  };
  // Before the article, a lone paragraph is usually its deck or a caption: a whole
  // section (two body paragraphs or more) must be there for the region to grow upward.
  // A block in the same box as the region's edge block continues it (a list the tree
  // cut in half): it joins whatever its size, and is no gap.
  const boxOf = (i: number): number => (items[i] as Measured).block.features.container;
  const walk = (from: number, step: 1 | -1, minBody: number): void => {
    let gap: number[] = [];
    const taken: number[] = [];
    let bodies = 0;
    // The box of the last block kept (in the region, or joined); -1 once a gap opens.
    let edgeBox = from - step >= 0 && from - step < items.length && inRegion[from - step] ? boxOf(from - step) : -1;
    for (let i = from; i >= 0 && i < items.length; i += step) {
      if (inRegion[i]) {
        gap = [];
        edgeBox = boxOf(i);
        continue;
      }
      if (excluded[i] || chromeBox(i)) break;
      const m = items[i] as Measured;
      if (body(i)) {
        taken.push(...gap, i);
        bodies++;
        gap = [];
        edgeBox = boxOf(i);
      } else if (edgeBox >= 0 && boxOf(i) === edgeBox && !gap.length && !m.block.features.inFigure && m.block.kind !== 'caption') {
        if (!taken.length) inRegion[i] = 1;
        else taken.push(i);
      } else {
        edgeBox = -1;
        gap.push(i);
        if (gap.length > MAX_GAP) break;
      }
    }
    if (bodies >= minBody) for (const i of taken) inRegion[i] = 1;
  };
  walk(region.last + 1, 1, 1);
  walk(region.first - 1, -1, 2);
  return withSpan(region);
}

function treeView(items: readonly Measured[], tree: ContainerTree | null, excluded: Uint8Array): Region | null {
  if (tree && tree.containers.length) {
    // Like Readability: first without the "unlikely" boxes (comments, sidebars, related
    // lists…); when that leaves too little text, the page hid its article in one of them.
    const strict = treeRegion(items, tree, excluded, true);
    if (strict && regionChars(items, strict) >= MIN_REGION_CHARS) return strict;
    const loose = treeRegion(items, tree, excluded, false);
    const best = [strict, loose].filter((r): r is Region => !!r).sort((a, b) => regionChars(items, b) - regionChars(items, a))[0];
    if (best) return best;
  }
  return null;
}

/** Below this much text the strict pass is taken to have missed the article. */
const MIN_REGION_CHARS = 500;
/** A candidate must hold at least this much scored paragraph text: a class name alone makes no article. */
const MIN_CANDIDATE_CHARS = 140;

function regionChars(items: readonly Measured[], region: Region): number {
  let n = 0;
  for (const m of items) if (region.inRegion[m.block.id]) n += m.chars;
  return n;
}

function treeRegion(items: readonly Measured[], tree: ContainerTree, excluded: Uint8Array, skipUnlikely: boolean): Region | null {
  const cs = tree.containers;
  const n = cs.length;
  const textChars = new Float64Array(n);
  const linkChars = new Float64Array(n);
  for (const m of items) {
    const c = m.block.features.container;
    if (c < 0 || c >= n) continue;
    textChars[c] += m.chars;
    linkChars[c] += m.block.features.linkChars;
  }
  for (let k = n - 1; k >= 0; k--) {
    const id = tree.order[k] as number;
    const p = (cs[id] as Container).parent;
    if (p >= 0 && p < n) {
      textChars[p] += textChars[id] as number;
      linkChars[p] += linkChars[id] as number;
    }
  }
  const linkDensity = (c: number): number => (textChars[c] ? Math.min(1, (linkChars[c] as number) / (textChars[c] as number)) : 0);

  const score = new Float64Array(n);
  const scored = new Uint8Array(n);
  const scoredChars = new Float64Array(n);
  const init = (c: number): void => {
    const box = cs[c] as Container;
    let s = tagWeight(box.tag);
    if (tree.contentWord[c]) s += 25;
    if (tree.ownMark[c] && !(tree.ownMark[c]!.clue.startsWith('<') || tree.ownMark[c]!.clue.startsWith('role='))) s -= 25;
    score[c] = s;
    scored[c] = 1;
  };
  let any = false;
  for (const m of items) {
    const b = m.block;
    if (!SCORED_KINDS.has(b.kind) || m.chars < 25 || excluded[b.id] || b.features.visible === false) continue;
    let c = b.features.container;
    if (c < 0 || tree.hidden[c] || (skipUnlikely && tree.unlikely[c])) continue;
    const contentScore = 1 + m.commas + Math.min(Math.floor(m.chars / 100), 3);
    for (let level = 0; c >= 0 && c < n && level < 5; level++) {
      if (!scored[c]) init(c);
      score[c] += contentScore / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      scoredChars[c] += m.chars;
      c = (cs[c] as Container).parent;
    }
    any = true;
  }
  if (!any) return null;

  // Discount by link density; rank.
  const candidates: number[] = [];
  for (let c = 0; c < n; c++) {
    if (!scored[c]) continue;
    score[c] = (score[c] as number) * (1 - linkDensity(c));
    if (scoredChars[c] >= MIN_CANDIDATE_CHARS) candidates.push(c);
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  let top = candidates[0] as number;
  const topScore = score[top] as number;

  // Several strong candidates under one ancestor: the article is split, take the ancestor.
  const alternatives = candidates.slice(1, 5).filter((c) => (score[c] as number) / topScore >= 0.75);
  if (alternatives.length >= 3) {
    const ancestorCount = new Map<number, number>();
    for (const alt of alternatives) {
      for (let a = (cs[alt] as Container).parent; a >= 0; a = (cs[a] as Container).parent) ancestorCount.set(a, (ancestorCount.get(a) ?? 0) + 1);
    }
    for (let a = (cs[top] as Container).parent; a >= 0 && (cs[a] as Container).tag !== 'body'; a = (cs[a] as Container).parent) {
      if ((ancestorCount.get(a) ?? 0) >= 3) {
        top = a;
        break;
      }
    }
  }
  // Walk up while a parent scores higher (the article's wrapper holds more of it).
  {
    let lastScore = score[top] as number;
    const threshold = lastScore / 3;
    for (let p = (cs[top] as Container).parent; p >= 0 && (cs[p] as Container).tag !== 'body'; p = (cs[p] as Container).parent) {
      if (!scored[p]) continue;
      const ps = score[p] as number;
      if (ps < threshold) break;
      if (ps > lastScore) {
        top = p;
        break;
      }
      lastScore = ps;
    }
  }

  // Siblings that score close to the top candidate join it.
  const included = new Uint8Array(n);
  included[top] = 1;
  const parent = (cs[top] as Container).parent;
  const includedBlocks = new Uint8Array(items.length);
  if (parent >= 0) {
    const threshold = Math.max(10, (score[top] as number) * 0.2);
    const topWords = (cs[top] as Container).words.join(' ');
    for (let c = 0; c < n; c++) {
      if (c === top || (cs[c] as Container).parent !== parent || !scored[c]) continue;
      const bonus = topWords && (cs[c] as Container).words.join(' ') === topWords ? (score[top] as number) * 0.2 : 0;
      if ((score[c] as number) + bonus >= threshold) included[c] = 1;
    }
    // The article split into several boxes of the same kind ("post-content" after each
    // figure) that are cousins, not siblings: same tag and class words, real text, few links.
    const signature = (c: number) => `${(cs[c] as Container).tag}.${(cs[c] as Container).words.join('.')}`;
    if ((cs[top] as Container).words.length) {
      const topSig = signature(top);
      for (const c of candidates) {
        // Comment bodies often reuse the article's class ("content"): a cousin must share its context too.
        // (An outer wrapper with the same class is an ancestor, not a cousin.)
        const sameContext = !tree.unlikely[c] && tree.inheritedMark[c] === tree.inheritedMark[top] && !isAncestorOrSelf(tree, c, top) && !isAncestorOrSelf(tree, top, c);
        if (c !== top && sameContext && signature(c) === topSig && linkDensity(c) < 0.35 && (score[c] as number) >= (score[top] as number) * 0.1) included[c] = 1;
      }
    }
    // Loose paragraphs directly beside the article, and boxes that hold nothing but one
    // paragraph (<div class="standfirst">…</div>): Readability reads such a div as a <p>.
    const childBoxes = new Int32Array(n);
    const blocksIn = new Int32Array(n);
    for (const box of cs) if (box.parent >= 0 && box.parent < n) childBoxes[box.parent]++;
    for (const m of items) if (m.block.features.container >= 0 && m.block.features.container < n) blocksIn[m.block.features.container]++;
    const besideArticle = (c: number): boolean =>
      c === parent || (c >= 0 && c < n && c !== top && (cs[c] as Container).parent === parent && childBoxes[c] === 0 && blocksIn[c] === 1 && !tree.ownMark[c]);
    for (const m of items) {
      const b = m.block;
      if (!besideArticle(b.features.container) || b.kind !== 'paragraph') continue;
      if ((m.chars > 80 && m.linkDensity < 0.25) || (m.chars > 0 && m.chars <= 80 && m.linkDensity === 0 && /\.( |$)/.test(b.text))) {
        includedBlocks[b.id] = 1;
      }
    }
  }
  const inC = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const id = tree.order[k] as number;
    const p = (cs[id] as Container).parent;
    inC[id] = included[id] || (p >= 0 && p < n && inC[p]) ? 1 : 0;
  }
  const inRegion = new Uint8Array(items.length);
  for (const m of items) {
    const c = m.block.features.container;
    if (includedBlocks[m.block.id] || (c >= 0 && c < n && inC[c])) inRegion[m.block.id] = 1;
  }
  return withSpan({ inRegion, root: top, first: -1, last: -1, view: 'tree' });
}

function sequenceRegion(items: readonly Measured[], settings: EngineSettings, proseFloor: number, excluded: Uint8Array, plainText: boolean): Region {
  // In plain text a list item is body text only when it ends like a sentence: a teaser list's
  // headlines ("Brightline Payments Partners With Gulf Bank To Roll Out Instant Cross-Border
  // Transfers") may run as long as a sentence.
  const good = items.map(
    (m) => !excluded[m.block.id] && isBodyLike(m, settings, proseFloor) && !(plainText && m.block.kind === 'list-item' && !m.endsSentence),
  );
  // Runs of good blocks, allowing up to 3 non-good blocks inside a run. In plain text a list
  // the article sets out ("- inflation averaging 2.0% in 2025;") is as long as it is: its
  // items neither count against the gap nor make a run of their own.
  const runs: { first: number; last: number; words: number }[] = [];
  let cur: { first: number; last: number; words: number } | null = null;
  let gap = 0;
  // In plain text, the lines under a line that introduces them ("Key features of the X2
  // include:") are its list, even without list marks.
  let introduced = false;
  let formLines = 0;
  // The run a closing credit ended, by its index in runs.
  let creditClosed = -1;
  const shortBetween = plainText ? shortSentencesBetween(items, good, excluded, proseFloor) : null;
  const nextPastForm = (i: number): number => {
    let j = i + 1;
    while (j < items.length && (excluded[j] as number) & FORM_LINE) j++;
    return j;
  };
  const goesOnUnder = (i: number): boolean => {
    const j = nextPastForm(i);
    return !!good[j] && !!good[nextPastForm(j)];
  };
  items.forEach((m, i) => {
    if (good[i]) {
      formLines = 0;
      if (cur && gap <= MAX_GAP) {
        cur.last = i;
        cur.words += m.words;
      } else {
        cur = { first: i, last: i, words: m.words };
        runs.push(cur);
      }
      gap = 0;
      introduced = plainText && introducesList(m, excluded);
      return;
    }
    // (Nor do one-sentence paragraphs set between paragraphs of the article's text.)
    if (plainText && (isArticleListItem(m, excluded) || (introduced && isUnmarkedListItem(m, excluded)) || shortBetween?.[i] === 1)) return;
    // A release's end mark ("ENDS", "###") ends its run: the lines under it are the wire's.
    if (plainText && END_MARK_LINE.test(m.canon)) cur = null;
    // So does the story's closing credit ("(RT.com)", "Source: Voice of America") over chrome (a
    // newsletter pitch): what comes past them is the portal's, however much it reads like text.
    // (Under a standfirst or a release's highlights, "APP" or "January 14, 2025 | Source: …"
    // over the date opens the story instead.)
    if (plainText && cur && gap === 0 && cur.last - cur.first >= 2 && excluded[i + 1] && !/\d/.test(m.block.text) && sourceOf(m.block.text) !== null) {
      creditClosed = runs.length - 1;
      cur = null;
    }
    // In plain text a sign-up form set into the article ("Get local news delivered to your
    // inbox!" / "Subscribe to our Daily Headlines newsletter." / "Email Address" / "Sign up!")
    // does not part it, up to a few lines, when the article goes on under it: two paragraphs
    // of body text (a pitch's own prose under a "Subscribe" line is one).
    if (plainText && (excluded[i] as number) & FORM_LINE && ++formLines <= MAX_FORM_LINES && goesOnUnder(i)) return;
    gap++;
    introduced = plainText && cur !== null && gap === 1 && introducesList(m, excluded);
  });
  const inRegion = new Uint8Array(items.length);
  if (!runs.length) return { inRegion, root: -1, first: -1, last: -1, view: 'sequence' };
  const best = runs.reduce((a, b) => (b.words > a.words ? b : a));
  // The run right before the best one joins when it opens the wire story ("(Bloomberg) -- The
  // yen strengthened …") and only a box of headlines sets it apart ("Most Read from
  // Bloomberg" and its list, inside the article).
  const at = runs.indexOf(best);
  const before = runs[at - 1];
  const lead = before === undefined ? '' : (items[before.first] as Measured).block.text;
  // (Or a table of figures the story's lead sets over its text: "Brent crude: $82.14 (+0.6%)".)
  const figuresUnderLead = plainText && before !== undefined && figuresBetween(items, excluded, before.last + 1, best.first);
  const opensStory = plainText && before !== undefined && (opensWireStory(lead) || leadingCredit(lead) !== null) && (headlinesBetween(items, before.last + 1, best.first) || figuresUnderLead);
  // The run right after it joins when only a box of headlines under a chrome label ("Also
  // read" and three other stories' headlines) sets it apart: the article goes on under it.
  const after = runs[at + 1];
  const goesOnPastBox = plainText && after !== undefined && after.last > after.first && ((excluded[best.last + 1] as number) & 2) !== 0 && headlinesBetween(items, best.last + 2, after.first);
  // Other runs join when they carry at least half as much text as the best one.
  for (const [k, run] of runs.entries()) {
    // (Past the credit that closed the story, as past a long gap, only as much text joins.)
    // (Nor does a run right under a chrome box's label, "More InformationLONDON, …".)
    const underLabel = run.first > best.last && ((excluded[run.first - 1] as number) & 2) !== 0;
    const far = run.first > best.last + FAR_RUN || run.last < best.first - FAR_RUN || (at <= creditClosed && k > creditClosed) || underLabel;
    if (run !== best && (run.words < best.words * (far ? 1 : 0.5)) && !(opensStory && run === before) && !(goesOnPastBox && run === after)) continue;
    for (let i = run.first; i <= run.last; i++) inRegion[i] = 1;
    if (opensStory && figuresUnderLead && run === before) for (let i = run.last + 1; i < best.first; i++) inRegion[i] = 1;
    // (A list the run's last paragraph introduces, "Signs to watch for include:", is its too.)
    if (plainText && introducesList(items[run.last] as Measured, excluded)) for (let i = run.last + 1; i < items.length && isArticleListItem(items[i] as Measured, excluded); i++) inRegion[i] = 1;
    // (Under the box, the article's subheading over its next paragraph: "Waste and crowding".)
    if (run === after && goesOnPastBox && isSubheading(items[run.first - 1], excluded)) inRegion[run.first - 1] = 1;
    if (plainText) for (let i = run.last + 1; i <= run.last + MAX_CLOSING && isClosingLine(items[i], excluded); i++) inRegion[i] = 1;
  }
  if (plainText) markAppendix(items, excluded, inRegion, best.last);
  return withSpan({ inRegion, root: -1, first: -1, last: -1, view: 'sequence' });
}

/**
 * The tables a sports or market story sets under its text in plain text, each under its label:
 * "Line-ups:" / "Shanghai Port: Yan Junling; …" / "Referee: Ma Ning", or "Results" / "1. Ingrid
 * Halvorsen (NOR) 20:14.6 (0 penalties)". Past an ad line or two under the story's longest run
 * (a release may go on under its specifications), each label with at least three such lines
 * under it is the story's. A teaser list's headlines are no such lines.
 */
function markAppendix(items: readonly Measured[], excluded: Uint8Array, inRegion: Uint8Array, last: number): void {
  let i = last + 1;
  for (let skipped = 0; i < items.length && excluded[i] && skipped < MAX_APPENDIX_SKIP; skipped++) i++;
  for (;;) {
    const label = items[i];
    if (!label || excluded[i] || label.words > APPENDIX_LABEL_WORDS || label.endsSentence || isDataLine(label)) return;
    let end = i + 1;
    while (end < items.length && !excluded[end] && isDataLine(items[end] as Measured)) end++;
    if (end - i - 1 < MIN_APPENDIX_LINES) return;
    for (let k = i; k < end; k++) inRegion[k] = 1;
    i = end;
  }
}
const MAX_APPENDIX_SKIP = 2;
const APPENDIX_LABEL_WORDS = 8;
const MIN_APPENDIX_LINES = 3;
/** "Referee: Ma Ning", "Goals: Wu Lei 23, 67", or a numbered line with figures: "2. Lindqvist 754". */
function isDataLine(m: Measured): boolean {
  if (m.words > 40 || m.truncated || m.linkDensity >= 0.3) return false;
  return KEY_VALUE_LINE.test(m.block.text) || (m.block.kind === 'list-item' && /\d/.test(m.block.text) && !m.endsSentence);
}
const KEY_VALUE_LINE = /^\p{Lu}[\p{L}\p{N} .&'’()/-]{0,40}:\s+\S/u;

/**
 * "She died in her sleep at her home in Lens." / "It was a borrowed Leica.": a paragraph of one
 * short sentence, as wires and sports desks write them. Too short for body text on its own, it
 * does not part the article either. (A teaser's headline ends on no full stop, a cut-off one
 * on "…".)
 */
function isShortSentence(m: Measured, excluded: Uint8Array, proseFloor: number): boolean {
  return m.block.kind === 'paragraph' && !excluded[m.block.id] && m.endsSentence && !m.truncated && m.words >= SHORT_SENTENCE_WORDS && m.linkDensity < 0.3 && (proseFloor === 0 || m.stopwordRatio > 0);
}
const SHORT_SENTENCE_WORDS = 4;

/** 1 at a paragraph of one short sentence in a run of them set between two paragraphs of body text. */
function shortSentencesBetween(items: readonly Measured[], good: readonly boolean[], excluded: Uint8Array, proseFloor: number): Uint8Array {
  const n = items.length;
  // The run of short sentences from here on leads up to body text…
  const leadsOn = new Uint8Array(n);
  for (let i = n - 2; i >= 0; i--) if (isShortSentence(items[i] as Measured, excluded, proseFloor) && (good[i + 1] || leadsOn[i + 1] === 1)) leadsOn[i] = 1;
  // …and body text comes right before it.
  const between = new Uint8Array(n);
  for (let i = 1; i < n; i++) if (!good[i] && leadsOn[i] === 1 && (good[i - 1] || between[i - 1] === 1)) between[i] = 1;
  return between;
}

/** A subheading runs to this many words; a box's headlines run longer. */
export const SUBHEADING_WORDS = 6;
function isSubheading(m: Measured | undefined, excluded: Uint8Array): boolean {
  return !!m && m.block.kind === 'paragraph' && !excluded[m.block.id] && !m.endsSentence && m.words >= 1 && m.words <= SUBHEADING_WORDS;
}

/** A box of headlines set into the article: at most MAX_BOX lines, none a sentence. */
const MAX_BOX = 10;
const BOX_LINE_WORDS = 16;

function headlinesBetween(items: readonly Measured[], from: number, to: number): boolean {
  if (to - from > MAX_BOX) return false;
  for (let i = from; i < to; i++) {
    const m = items[i] as Measured;
    if (m.endsSentence || m.words > BOX_LINE_WORDS) return false;
  }
  return true;
}

/**
 * Lines of a table of figures set out in plain text: each a short line with a figure
 * ("WTI crude: $78.37 (+0.5%)") or a one- or two-word label over them ("Metals"), nothing of
 * chrome; most of them carry figures.
 */
function figuresBetween(items: readonly Measured[], excluded: Uint8Array, from: number, to: number): boolean {
  if (to - from < MIN_FIGURE_LINES || to - from > MAX_FIGURE_LINES) return false;
  let withFigures = 0;
  for (let i = from; i < to; i++) {
    const m = items[i] as Measured;
    if (excluded[i] || m.words > FIGURE_LINE_WORDS || m.endsSentence) return false;
    if (/\d/.test(m.block.text)) withFigures++;
    else if (m.words > 2) return false;
  }
  return withFigures >= 0.6 * (to - from);
}
const MIN_FIGURE_LINES = 3;
const MAX_FIGURE_LINES = 40;
const FIGURE_LINE_WORDS = 12;

/** A list item with nothing of chrome about it: no chrome phrase, no links, not cut off. */
function isArticleListItem(m: Measured, excluded: Uint8Array): boolean {
  return m.block.kind === 'list-item' && !excluded[m.block.id] && !m.truncated && m.linkDensity < 0.3 && m.words >= 3;
}

/** "Key features of the Kestrel X2 include:": a line of text that ends on a colon. */
function introducesList(m: Measured, excluded: Uint8Array): boolean {
  return m.block.kind === 'paragraph' && !excluded[m.block.id] && m.words >= 3 && m.block.text.endsWith(':');
}

/** "Up to 55 minutes of flight time on a single charge": a short line, no sentence, no chrome. */
const LIST_LINE_WORDS = 16;
function isUnmarkedListItem(m: Measured, excluded: Uint8Array): boolean {
  return m.block.kind === 'paragraph' && !excluded[m.block.id] && !m.truncated && m.linkDensity < 0.3 && m.words >= 2 && m.words <= LIST_LINE_WORDS;
}

/**
 * How many short closing lines a plain-text article may end on after its last body-like
 * block. An article often ends on a line too short to look like body text on its own
 * ("Policymakers next meet on July 24."); what follows an article in a scrape (teaser
 * headlines, a "Most popular" heading, a credit) does not end like a sentence, or carries
 * a chrome phrase.
 */
const MAX_CLOSING = 2;

function isClosingLine(m: Measured | undefined, excluded: Uint8Array): boolean {
  return !!m && m.block.kind === 'paragraph' && !excluded[m.block.id] && (m.endsSentence || CREDITED_SENTENCE.test(m.block.text)) && !m.truncated && m.linkDensity < 0.3 && m.words >= 3;
}
/** "The mission is expected to last around 240 days. (RT.com)": a sentence, then the story's credit. */
const CREDITED_SENTENCE = /[.!?]["”’]?\s*\([^()]{2,30}\)$/u;

function withSpan(region: Region): Region {
  const r = region.inRegion;
  region.first = r.indexOf(1);
  region.last = r.lastIndexOf(1);
  return region;
}
