/**
 * Evidence → one verdict per block, in named rules applied in order (the
 * jusText way: context-free classes first, then context, then repetition).
 * Each rule that changes a verdict says why, so every verdict can be read back.
 *
 *  1. hidden            hidden on the page → boilerplate
 *  2. metadata          headline, byline, dateline, source credit → meta
 *  3. region            in the article: content unless its text or its box is chrome
 *                       (a picture's caption is meta: shown with its picture, not in the text);
 *                       outside: boilerplate, with the best evidence we have
 *  4. sections          blocks under a chrome heading ("Most popular stories") are chrome;
 *                       a heading over chrome only is chrome
 *  5. sandwiches        a short line between chrome blocks is chrome
 *  6. repetition        copies of a content block are duplicates of the copy in the article;
 *                       copies of chrome stay chrome and say that they repeat
 *  7. memory            blocks the site prints on every page are its template
 *  8. corrections       the reader's "keep this" / "always flag this" win
 */
import type { Evidence } from './chrome';
import { tokensOf, type Measured } from './measure';
import type { MetaBlock } from './meta';
import { excerpt, reason } from './reasons';
import { SUBHEADING_WORDS, type Region } from './region';
import type { Repetition } from './repetition';
import type { EngineSettings } from './settings';
import type { ContextMark } from './tree';
import type { BlockResult, Correction, MemoryView, Reason, Verdict } from './types';
import { fingerprint } from './normalize';

export interface DecideInput {
  items: readonly Measured[];
  region: Region;
  repetition: Repetition;
  textEvidence: readonly Evidence[][];
  contextMarks: readonly (ContextMark | null)[];
  /** The context mark sits inside the article region (a share bar inside the article). */
  markInsideRegion: Uint8Array;
  /** 1 at a marked container whose chrome word a block of its own confirms by its text (chrome.ts confirmedMarks). */
  markConfirmed: Uint8Array;
  hidden: Uint8Array;
  /** Long, sentence-shaped prose (region.ts isBodyLike): a box's class words alone don't condemn it. */
  bodyLike: Uint8Array;
  /** 0 for a block alone in a leaf box unlike the one most body paragraphs sit in (a callout); else 1 (index.ts mainFlow). */
  mainFlow: Uint8Array;
  meta: ReadonlyMap<number, MetaBlock>;
  /**
   * The box a chrome heading's section lives in (the smallest container holding it and the
   * next block); -1 when unknown (plain text), -2 when that box holds the article too.
   */
  sectionScope(blockId: number): number;
  /** Container `c` is `scope` or inside it. */
  within(c: number, scope: number): boolean;
  settings: EngineSettings;
  corrections?: readonly Correction[];
  memory?: MemoryView;
  site?: string | null;
}

interface Working {
  verdict: Verdict;
  score: number;
  reasons: Reason[];
  duplicateOf: number | null;
}

/** A chrome heading's section while it is open (rule 4). */
interface Section {
  heading: number;
  level: number;
  /** The box the section may not leave; -1 when unknown (plain text). */
  scope: number;
  /** The heading's box also holds the article text before it. */
  inFlow: boolean;
  /** Article text came before the heading: a box set into the article, not over or under it. */
  afterText: boolean;
  /**
   * The heading's own container. Inside a known section box, only a heading beside this one
   * ends the section: the teasers' own headings ("RANDY ANDY" over each story in a "Most
   * read" rail) sit deeper and are part of it.
   */
  box: number;
}

/** A block whose own class says "caption" is read as one up to this many words. */
const CAPTION_MAX_WORDS = 60;

/** Copies shorter than this inside the article are kept unless they sit in a repeated run. */
const SHORT_COPY_WORDS = 8;

/** What follows a headline in a page's title: a separator and the site's name (" - The Riverside Ledger", " | ANSA"). */
const TITLE_TAIL = /^\s*[-|·•]\s+[^.!?]{1,60}$/u;

/** Share of a line's words that the paragraphs it runs together must make up. */
const MERGED_SHARE = 0.6;

/** Share of a block's distinct words its run's original must hold for it to be an edited copy. */
const EDITED_COPY_WORDS = 0.6;

/** Share of a's distinct words that b also has. */
function wordShare(a: Measured, b: Measured): number {
  const own = new Set(tokensOf(a));
  if (own.size === 0) return 0;
  const other = new Set(tokensOf(b));
  let shared = 0;
  for (const t of own) if (other.has(t)) shared++;
  return shared / own.size;
}

const META_REASON: Record<MetaBlock['kind'], string> = {
  headline: 'headline',
  byline: 'byline',
  dateline: 'dateline',
  source: 'source-credit',
  contact: 'press-contact',
};

function strongest(evidence: readonly Evidence[]): Evidence | null {
  let best: Evidence | null = null;
  for (const e of evidence) if (!best || e.weight > best.weight) best = e;
  return best;
}

const toReason = (e: Evidence): Reason => reason(e.code, e.params);

export function decide(input: DecideInput): BlockResult[] {
  const { items, region, repetition, textEvidence, contextMarks, settings } = input;
  const n = items.length;
  const w: Working[] = new Array(n);

  // Rules 1–3: each block on its own, placed against the region.
  for (let i = 0; i < n; i++) {
    const m = items[i] as Measured;
    const meta = input.meta.get(i);
    const te = textEvidence[i] as Evidence[];
    const top = strongest(te);
    const mark = contextMarks[i] ?? null;
    if (input.hidden[i]) {
      w[i] = { verdict: 'boilerplate', score: 0.9, reasons: [reason('hidden')], duplicateOf: null };
    } else if (meta) {
      w[i] = { verdict: 'meta', score: 0.85, reasons: [reason(META_REASON[meta.kind], { value: meta.value })], duplicateOf: null };
    } else if (region.inRegion[i]) {
      if (top && top.weight >= settings.flagInRegion) {
        w[i] = { verdict: 'boilerplate', score: top.weight, reasons: te.filter((e) => e.weight >= 0.6).map(toReason), duplicateOf: null };
      } else if (mark && input.markInsideRegion[i] && mark.weight >= (input.bodyLike[i] && !input.markConfirmed[mark.container] ? 0.85 : 0.7)) {
        w[i] = { verdict: 'boilerplate', score: mark.weight, reasons: [reason(mark.code, { clue: mark.clue }), ...te.map(toReason)], duplicateOf: null };
      } else if (m.block.kind === 'caption' || (m.block.features.words.includes('caption') && m.words <= CAPTION_MAX_WORDS)) {
        // A picture's caption (a <figcaption>, or a short block whose own class says "caption")
        // describes the picture, not the story: the reading view shows it under its image,
        // the clean text (the article's own words) leaves it out.
        w[i] = { verdict: 'meta', score: 0.8, reasons: [reason('image-caption')], duplicateOf: null };
      } else {
        const quality = Math.min(1, m.words / 40) * (1 - m.linkDensity);
        w[i] = {
          verdict: 'content',
          score: round(0.6 + 0.35 * quality),
          reasons: [reason(m.block.kind === 'heading' ? 'article-heading' : 'article-text')],
          duplicateOf: null,
        };
      }
    } else {
      const reasons = te.map(toReason);
      if (mark) reasons.push(reason(mark.code, { clue: mark.clue }));
      if (!reasons.length) reasons.push(reason('outside-article'));
      const score = Math.max(0.7, top?.weight ?? 0, mark?.weight ?? 0);
      w[i] = { verdict: 'boilerplate', score: round(score), reasons, duplicateOf: null };
    }
  }

  // Rule 4: chrome sections. A chrome heading flags what follows it, up to the next heading
  // of the same or a higher level, or body text, and never past the box that holds it.
  // One pass over the page: the sections open at a block are kept on a short stack (a
  // deeper chrome heading may open inside another), so no heading re-scans what follows it.
  // A heading set in the article's own flow (its box also holds the article text just
  // before it: a widget title whose list a script never filled) is no box of its own, so
  // its section also ends at the first body paragraph, not only at a long one.
  const open: Section[] = [];
  let lastContent = -1;
  for (let j = 0; j < n; j++) {
    const mj = items[j] as Measured;
    const b = mj.block;
    const wj = w[j] as Working;
    let k = 0;
    // Body text ends a section set in the article's flow; in plain text, body text that ends
    // like a sentence, past the line right under the heading.
    const bodyEndsFlow = (s: Section): boolean =>
      s.inFlow && input.bodyLike[j] === 1 && (s.scope >= 0 || (mj.endsSentence && j > s.heading + 1));
    // (In plain text, so does the article's subheading right over such body text: "Waste and
    // crowding" under an "Also read" box.)
    const subheadingEndsFlow = (s: Section): boolean => {
      const next = items[j + 1];
      return s.scope < 0 && s.afterText && region.inRegion[j] === 1 && j > s.heading + 1 && mj.words <= SUBHEADING_WORDS && !mj.endsSentence && next !== undefined && input.bodyLike[j + 1] === 1 && next.endsSentence && region.inRegion[j + 1] === 1;
    };
    for (const s of open) {
      const ends =
        (b.kind === 'heading' && b.features.headingLevel <= s.level && (s.scope < 0 || b.features.container === s.box)) ||
        // (In plain text, the story's headline ends what chrome came before it.)
        (s.scope < 0 && input.meta.get(j)?.kind === 'headline') ||
        (wj.verdict === 'content' && mj.linkDensity < 0.3 && (mj.words >= 25 || bodyEndsFlow(s) || subheadingEndsFlow(s))) ||
        (s.scope >= 0 && !input.within(b.features.container, s.scope));
      if (!ends) open[k++] = s;
    }
    open.length = k;
    const outer = open[0];
    if (outer) {
      if (wj.verdict === 'content') {
        wj.verdict = 'boilerplate';
        wj.score = 0.75;
        wj.reasons = [];
      }
      if (wj.verdict === 'boilerplate' && !wj.reasons.some((r) => r.code === 'chrome-section')) {
        wj.reasons.push(reason('chrome-section', { heading: excerpt((items[outer.heading] as Measured).block.text, 40), of: outer.heading }));
      }
    }
    if (wj.verdict === 'boilerplate' && (textEvidence[j] as Evidence[]).some((e) => e.section)) {
      const scope = input.sectionScope(j);
      if (scope !== -2) {
        // Where no box is known (plain text), a heading inside the article's region with the
        // article's text before it is set in the flow: "À lire aussi" over one teaser, then
        // the article goes on; its section ends at the first body paragraph that ends like a
        // sentence (the teasers under it are headlines, which do not), past the line right
        // under the heading, which is the section's own ("Author's Bio" over the bio).
        const inFlow =
          lastContent >= 0 &&
          (scope >= 0 ? input.within((items[lastContent] as Measured).block.features.container, scope) : region.inRegion[j] === 1);
        open.push({ heading: j, level: b.kind === 'heading' ? b.features.headingLevel : 7, scope, inFlow, afterText: lastContent >= 0, box: b.features.container });
      }
    }
    if (wj.verdict === 'content') lastContent = j;
  }
  // A heading whose section holds only chrome is chrome itself.
  for (let i = 0; i < n; i++) {
    const b = (items[i] as Measured).block;
    const wi = w[i] as Working;
    if (b.kind !== 'heading' || wi.verdict !== 'content') continue;
    let j = i + 1;
    while (j < n && (w[j] as Working).verdict === 'meta') j++;
    const next = w[j];
    const nextBlock = items[j]?.block;
    if (!next || next.verdict === 'boilerplate' && !(nextBlock?.kind === 'heading')) {
      if (next || !region.inRegion[i]) {
        wi.verdict = 'boilerplate';
        wi.score = 0.7;
        wi.reasons = [reason(next ? 'chrome-section' : 'outside-article', { heading: excerpt(b.text, 40), of: i })];
      }
    }
  }

  // Rule 5: a short line between two chrome blocks is chrome.
  for (let i = 1; i < n - 1; i++) {
    const wi = w[i] as Working;
    if (wi.verdict !== 'content' || (items[i] as Measured).words >= 8) continue;
    const prev = w[i - 1] as Working;
    const next = w[i + 1] as Working;
    if (prev.verdict === 'boilerplate' && next.verdict === 'boilerplate') {
      wi.verdict = 'boilerplate';
      wi.score = 0.65;
      wi.reasons = [reason('between-chrome')];
    }
  }

  // Rule 6: repetition. The kept copy of a repeated paragraph is the one inside the article.
  // Short lines repeated inside the article (a recipe's "Pre-Workout Meal", a name in a
  // table) are its structure; they count as copies only as part of a repeated run.
  const groupOriginal = new Int32Array(repetition.groups.length).fill(-1);
  const shortCopies: { id: number; original: number }[] = [];
  const markDuplicate = (id: number, original: number): void => {
    const similarity = repetition.similarity(id, original);
    const exact = similarity >= 0.999;
    w[id] = {
      verdict: 'duplicate',
      score: round(exact ? 1 : Math.max(0.6, similarity)),
      reasons: [
        exact
          ? reason('exact-repeat', { of: original, excerpt: excerpt((items[original] as Measured).block.text) })
          : reason('near-repeat', { of: original, similarity: Math.round(similarity * 100) }),
      ],
      duplicateOf: original,
    };
  };
  repetition.groups.forEach((members, g) => {
    const original = pickOriginal(members, w, items, region, input.mainFlow);
    groupOriginal[g] = original;
    for (const id of members) {
      if (id === original) continue;
      const wi = w[id] as Working;
      if (wi.verdict === 'meta') continue;
      if (original >= 0) {
        const m = items[id] as Measured;
        const structural = wi.verdict === 'content' && (m.words < SHORT_COPY_WORDS || m.block.kind === 'table-cell');
        if (structural) shortCopies.push({ id, original });
        else markDuplicate(id, original);
      } else if (id !== members[0]) {
        wi.verdict = 'boilerplate';
        wi.score = Math.max(wi.score, 0.8);
        wi.reasons.push(reason('repeated-chrome', { of: members[0] as number }));
      }
    }
  });
  // A short copy whose neighbour is a copy of its original's neighbour belongs to a repeated
  // run. One pass forward (runs grow from their start) and one backward: linear.
  const extends_ = (id: number, original: number, step: -1 | 1): boolean =>
    w[id + step]?.verdict === 'duplicate' && w[id + step]?.duplicateOf === original + step;
  for (const { id, original } of shortCopies) if (extends_(id, original, -1)) markDuplicate(id, original);
  for (let k = shortCopies.length - 1; k >= 0; k--) {
    const { id, original } = shortCopies[k] as { id: number; original: number };
    if ((w[id] as Working).verdict !== 'duplicate' && extends_(id, original, 1)) markDuplicate(id, original);
  }
  // Contained copies: teasers and pull quotes of a content block. Longest first: a holder is
  // always longer than what it holds, so by the time a block is looked at, its holder's own
  // verdict is final (a teaser of a standfirst that repeats the lead points at the lead).
  const contained: number[] = [];
  for (let i = 0; i < n; i++) if ((repetition.containedIn[i] as number) >= 0) contained.push(i);
  contained.sort((a, b) => (items[b] as Measured).tokenCount - (items[a] as Measured).tokenCount || a - b);
  // A reprint that runs several of the article's paragraphs together on one line ("KUWAIT:
  // The Ministry … suspended. Registration is free …" under a three-paragraph story) holds
  // them all: the line is the copy, and its parts, the article's paragraphs printed before it,
  // stay. (A paragraph's pull quotes are shorter than most of it.)
  const partsOf = new Map<number, number[]>();
  for (const i of contained) {
    const holder = repetition.containedIn[i] as number;
    if ((w[i] as Working).verdict !== 'content' || (w[holder] as Working).verdict !== 'content') continue;
    const parts = partsOf.get(holder);
    if (parts) parts.push(i);
    else partsOf.set(holder, [i]);
  }
  const merged = new Set<number>();
  for (const [holder, parts] of partsOf) {
    if (parts.length < 2 || Math.max(...parts) > holder) continue;
    let words = 0;
    for (const p of parts) words += (items[p] as Measured).tokenCount;
    if (words < MERGED_SHARE * (items[holder] as Measured).tokenCount) continue;
    const first = Math.min(...parts);
    merged.add(holder);
    w[holder] = {
      verdict: 'duplicate',
      score: 0.9,
      reasons: [reason('merged-repeat', { of: first, count: parts.length, excerpt: excerpt((items[first] as Measured).block.text) })],
      duplicateOf: first,
    };
  }
  for (const i of contained) {
    let holder = repetition.containedIn[i] as number;
    const wi = w[i] as Working;
    if (wi.verdict === 'meta' || wi.verdict === 'duplicate' || merged.has(holder)) continue;
    // An item of the article's own list may spell out what a paragraph said in passing
    // ("crianças e adolescentes de 10 a 14 anos;"): a cut-off teaser is no such item.
    const mi = items[i] as Measured;
    if (wi.verdict === 'content' && mi.block.kind === 'list-item' && region.inRegion[i] && !mi.truncated) continue;
    const g = repetition.groupOf[i] as number;
    if (g >= 0 && groupOriginal[g] === i) continue; // the original of its own copies stays
    const wh = w[holder] as Working;
    if (wh.verdict === 'duplicate' && wh.duplicateOf !== null) holder = wh.duplicateOf;
    if ((w[holder] as Working).verdict !== 'content') continue;
    w[i] = {
      verdict: 'duplicate',
      score: round(repetition.containRatio[i] as number),
      reasons: [reason('contained-repeat', { of: holder, excerpt: excerpt((items[holder] as Measured).block.text) })],
      duplicateOf: holder,
    };
  }

  // The headline printed again below it (over a second copy of the body, or as the page's
  // title with the site's name: "… water cuts - The Riverside Ledger") is no text of the article.
  let headline = -1;
  for (const [id, mb] of input.meta) if (mb.kind === 'headline' && (w[id] as Working).verdict === 'meta') headline = id;
  if (headline >= 0) {
    const title = (items[headline] as Measured).canon;
    for (let i = headline + 1; i < n; i++) {
      const wi = w[i] as Working;
      const canon = (items[i] as Measured).canon;
      // (A heading that repeats the headline inside the article, a post's closing "How Much Does
      // … Cost?", is the article's own: only a line of text repeating it is taken out.)
      if (wi.verdict !== 'content' || (items[i] as Measured).block.kind === 'heading' || !canon.startsWith(title)) continue;
      // The headline alone heads a reprinted copy of the body (a paragraph that only repeats
      // the title elsewhere is the page's own, as in a post's closing line).
      const headsCopy = (w[i + 1] as Working | undefined)?.verdict === 'duplicate' && (items[i + 1] as Measured).canon !== title;
      if ((canon.length === title.length && headsCopy) || TITLE_TAIL.test(canon.slice(title.length))) {
        w[i] = { verdict: 'boilerplate', score: 0.85, reasons: [reason('headline-repeat', { of: headline })], duplicateOf: null };
      }
    }
  }

  // A copy in a reprinted run edited beyond the near-copy test (a quotation cut short, a
  // sentence dropped): between the copies of the paragraphs before and after a paragraph, a
  // block that repeats most of that paragraph's words is its copy.
  for (let i = 1; i + 1 < n; i++) {
    const prev = w[i - 1] as Working;
    const next = w[i + 1] as Working;
    if ((w[i] as Working).verdict !== 'content' || prev.verdict !== 'duplicate' || next.verdict !== 'duplicate') continue;
    if (prev.duplicateOf === null || next.duplicateOf !== prev.duplicateOf + 2) continue;
    const original = prev.duplicateOf + 1;
    if (original === i || (w[original] as Working).verdict !== 'content') continue;
    const share = wordShare(items[i] as Measured, items[original] as Measured);
    if (share < EDITED_COPY_WORDS) continue;
    w[i] = {
      verdict: 'duplicate',
      score: round(Math.max(0.6, share)),
      reasons: [reason('near-repeat', { of: original, similarity: Math.round(share * 100) })],
      duplicateOf: original,
    };
  }

  // Rules 7–8: what this site always prints, and what the reader said.
  if (input.memory || input.corrections?.length) {
    const corrections = new Map((input.corrections ?? []).map((c) => [c.fingerprint, c.action]));
    const site = input.site ?? input.memory?.site ?? '';
    for (let i = 0; i < n; i++) {
      const wi = w[i] as Working;
      const fp = fingerprint((items[i] as Measured).block.text);
      if (input.memory && (wi.verdict === 'content' || wi.verdict === 'boilerplate')) {
        const pages = input.memory.pagesWithBlock(fp);
        if (pages >= input.memory.templateThreshold) {
          w[i] = {
            verdict: 'boilerplate',
            score: round(Math.min(0.99, 0.7 + pages * 0.05)),
            reasons: [reason('site-template', { pages, site: input.memory.site }), ...(wi.verdict === 'boilerplate' ? wi.reasons : [])],
            duplicateOf: null,
          };
        }
      }
      const action = corrections.get(fp);
      if (action === 'keep') w[i] = { verdict: 'content', score: 1, reasons: [reason('reader-kept', { site })], duplicateOf: null };
      else if (action === 'flag') w[i] = { verdict: 'boilerplate', score: 1, reasons: [reason('reader-flagged', { site })], duplicateOf: null };
    }
  }

  // A copy's original must be content: a later rule (the site's template) may have taken
  // the original away; then the copy is a repeat of chrome.
  for (let i = 0; i < n; i++) {
    const wi = w[i] as Working;
    if (wi.verdict !== 'duplicate') continue;
    const original = wi.duplicateOf;
    if (original !== null && (w[original] as Working | undefined)?.verdict === 'content') continue;
    w[i] = { verdict: 'boilerplate', score: 0.8, reasons: [reason('repeated-chrome', { of: original ?? i })], duplicateOf: null };
  }

  return items.map((m, i) => {
    const wi = w[i] as Working;
    return {
      id: m.block.id,
      kind: m.block.kind,
      text: m.block.text,
      verdict: wi.verdict,
      score: round(Math.min(1, Math.max(0, wi.score))),
      reasons: wi.reasons.length ? dedupeReasons(wi.reasons) : [reason('article-text')],
      duplicateOf: wi.verdict === 'duplicate' ? wi.duplicateOf : null,
    };
  });
}

/**
 * Which copy is the original: a content block inside the article, then a paragraph over a
 * list item or caption (a "key points" summary repeats the lead, not the reverse), then one
 * in the article's own flow over one in a box of its own (an alert or callout that restates
 * a paragraph), then the first on the page, unless a later copy is clearly fuller
 * (CLEARLY_LONGER × its length) and not part of a reprinted body: a summary is much shorter
 * than its paragraph, while an edited re-paste ("and" → "as well as") is a few words longer
 * and must not displace the article's own copy. -1 when no copy is content.
 */
function pickOriginal(members: readonly number[], w: readonly Working[], items: readonly Measured[], region: Region, flow: Uint8Array): number {
  let tier = -1;
  for (const id of members) if ((w[id] as Working).verdict === 'content') tier = Math.max(tier, tierOf(id, items, region, flow));
  if (tier < 0) return -1;
  let first = -1;
  let longest = -1;
  for (const id of members) {
    if ((w[id] as Working).verdict !== 'content' || tierOf(id, items, region, flow) !== tier) continue;
    if (first < 0 || id < first) first = id;
    if (longest < 0 || (items[id] as Measured).chars > (items[longest] as Measured).chars) longest = id;
  }
  // A fuller copy that follows a copy of the paragraph before the first one is the next
  // paragraph of a reprinted body, edited on the way ("…, according to the ministry"): the
  // article's own copy stays the original.
  const reprinted = w[longest - 1]?.verdict === 'duplicate' && w[longest - 1]?.duplicateOf === first - 1;
  return !reprinted && (items[longest] as Measured).chars >= CLEARLY_LONGER * (items[first] as Measured).chars ? longest : first;
}

/** A later copy must be this much longer than the first to be the original. */
const CLEARLY_LONGER = 1.2;

function tierOf(id: number, items: readonly Measured[], region: Region, flow: Uint8Array): number {
  return (region.inRegion[id] ? 4 : 0) + ((items[id] as Measured).block.kind === 'paragraph' ? 2 : 0) + (flow[id] ? 1 : 0);
}

function dedupeReasons(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => (seen.has(r.code) ? false : (seen.add(r.code), true)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
