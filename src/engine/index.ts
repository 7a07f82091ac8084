/**
 * The engine's front door: `analyze(page)` turns ordered blocks into one
 * verdict per block, page metadata and the clean text. Pure: no browser API,
 * no I/O. The flow, each step adding evidence and only `decide` judging:
 *
 *   measure      canonical text, tokens, stopwords, links, how each block ends
 *   tree         the container tree's order and what its tags/roles/classes say
 *   chrome       chrome evidence from each block's text
 *   region       where the article is (container scoring, or runs of body text)
 *   repetition   exact, near and contained copies, by hashing
 *   meta         headline, byline, dateline, source credit
 *   decide       one verdict per block, with reasons
 */
import { confirmedMarks, contextMark, textEvidence, type Evidence } from './chrome';
import { decide } from './decide';
import { detectStopwordLang, measure, type Measured } from './measure';
import { cleanTitle, findMetaBlocks, isRtl, joinHighlights, joinStandfirst, leadingCredit, startUnderHeadline, namesWire, repostCredit, toBcp47, toIsoDate, trailingCredit, wireOpener } from './meta';
import { findRegion, FORM_LINE, isBodyLike } from './region';
import { findRepetition } from './repetition';
import { settingsFor } from './settings';
import { proseStopwordRatio, STOPWORDS } from './lexicon/stopwords';
import { buildTree, overruleMarksByProse, type ContainerTree } from './tree';
import { canonical } from './normalize';
import type { Analysis, Container, EngineOptions, PageInput } from './types';

export type * from './types';
export { textToPage } from './text';
export { makeBlock, emptyHints } from './block';
export { fingerprint, canonical } from './normalize';
export { REASON_TEMPLATES } from './reasons';

/** What a sign-up form set into an article says: its pitch, its button, its consent line, an ad's label. */
const FORM_CODES: ReadonlySet<string> = new Set(['newsletter-pitch', 'advertisement']);

export function analyze(page: PageInput, options: EngineOptions = {}): Analysis {
  const now = options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const t0 = now();
  const settings = settingsFor(options.sensitivity);
  const { blocks, hints } = page;

  const stopLang = detectStopwordLang(hints.lang, blocks);
  const stopwords = stopLang ? (STOPWORDS.get(stopLang) ?? null) : null;
  // The share of function words below which a block reads as no prose (0: the language's are unknown).
  const proseFloor = stopwords ? proseStopwordRatio(stopLang) : 0;
  const items: Measured[] = blocks.map((b) => measure(b, stopwords));
  const tree: ContainerTree | null = page.containers.length ? buildTree(page.containers) : null;
  const bodyLike = new Uint8Array(items.map((m) => (isBodyLike(m, settings, proseFloor) ? 1 : 0)));
  if (tree) {
    overruleMarksByProse(
      tree,
      items.map((m) => ({ container: m.block.features.container, chars: m.chars, linkChars: m.block.features.linkChars })),
      bodyLike,
    );
  }

  const textEv = items.map((m) => textEvidence(m, settings, !page.containers.length && stopwords !== null));
  const chromeLike = new Uint8Array(items.length);
  // 2 marks the label that opens a list of chrome ("Most popular", "Up next"): the line under it
  // is the list's first entry, never the headline.
  textEv.forEach((ev, i) => {
    if (!ev.some((e) => e.weight >= settings.flagInRegion)) return;
    const label = ev.some((e) => e.section || (e.code === 'popular-list' && (items[i] as Measured).words <= 3));
    chromeLike[i] = label ? 2 : 1;
  });
  const hidden = new Uint8Array(items.length);
  items.forEach((m, i) => {
    const c = m.block.features.container;
    if (m.block.features.visible === false || (tree && c >= 0 && c < tree.containers.length && tree.hidden[c])) hidden[i] = 1;
  });
  // A repost credit ("Reposted with permission from …") runs as long as a sentence of body
  // text but is the page's metadata: it never starts or carries the article's region.
  // 4 marks a line of a sign-up form set into the article (region.ts FORM_LINE).
  const excluded = chromeLike.map((x, i) => x | (hidden[i] as number) | (repostCredit((items[i] as Measured).block.text) ? 1 : 0) | (x === 1 && (textEv[i] as Evidence[]).every((e) => FORM_CODES.has(e.code)) ? FORM_LINE : 0));

  const region = findRegion(items, tree, settings, proseFloor, excluded);
  const articleAncestors = ancestorsOf(tree, region.root);
  const contextMarks = items.map((m) => contextMark(m, tree, articleAncestors));
  const markInsideRegion = new Uint8Array(items.length);
  if (tree && region.root >= 0) {
    const inside = descendantsOf(tree, region.root);
    contextMarks.forEach((mark, i) => {
      if (mark && (mark.container < 0 || inside[mark.container])) markInsideRegion[i] = 1;
    });
  } else {
    contextMarks.forEach((mark, i) => {
      if (mark) markInsideRegion[i] = 1;
    });
  }

  const markConfirmed = confirmedMarks(contextMarks, textEv, tree);
  const repetition = findRepetition(items, settings);
  const meta = findMetaBlocks(items, hints, region, chromeLike);
  if (!tree) {
    startUnderHeadline(items, region, meta);
    joinHighlights(items, region, meta, chromeLike);
    joinStandfirst(items, region, meta, chromeLike);
  }
  const results = decide({
    items,
    region,
    repetition,
    textEvidence: textEv,
    contextMarks,
    markInsideRegion,
    markConfirmed,
    hidden,
    bodyLike,
    mainFlow: mainFlow(items, tree, region.inRegion, bodyLike),
    meta,
    sectionScope: (id) => sectionScope(tree, blocks, id, region.root),
    within: (c, scope) => !!tree && isWithin(tree, c, scope),
    settings,
    corrections: options.corrections,
    memory: options.memory,
    site: options.memory?.site ?? siteOf(hints.url),
  });

  // Page metadata: blocks first, declared hints where the blocks say nothing.
  let headlineText: string | null = null;
  let bylineText: string | null = null;
  let dateText: string | null = null;
  let source: string | null = null;
  let sourceId = -1;
  let issuer: string | null = null;
  for (const [id, m] of [...meta].sort((a, b) => a[0] - b[0])) {
    if (results[id]?.verdict !== 'meta') continue;
    if (m.kind === 'headline') headlineText ??= m.value;
    else if (m.kind === 'byline' && !m.credit) bylineText ??= m.value;
    else if (m.kind === 'dateline') dateText ??= m.value;
    else if (m.kind === 'source' && m.issuer) issuer ??= m.value;
    else if (m.kind === 'source') [source, sourceId] = [m.value, id]; // the closing credit wins over a masthead line
  }
  const content = results.filter((r) => r.verdict === 'content');
  // The story's first paragraphs, past any highlights' bullets set over it.
  const opening: typeof content = [];
  for (const r of content) {
    if (opening.length === 3) break;
    if (r.kind !== 'list-item') opening.push(r);
  }
  // A syndicator's credit opens the story's first paragraph, which may follow a standfirst.
  // A press release's "SOURCE Company" line names who issued it: it wins over a wire's
  // masthead line, but where the syndicator credits the wire that carried the release
  // ("(MENAFN- PR Newswire) …"), that credit is the source.
  let credited: string | null = null;
  for (const r of opening) {
    const credit = leadingCredit(r.text);
    if (credit && (!hints.siteName || !hints.siteName.toLowerCase().includes(credit.toLowerCase()))) {
      credited = credit;
      break;
    }
  }
  if (issuer) source = credited ?? issuer;
  source ??= credited;
  // A wire's dateline opens the story's first paragraph, which may follow a standfirst. It
  // wins over a masthead line above the story, which may be the site's own name
  // ("PiazzaNews.it" over "(ANSA) - BOLOGNA, 12 MAR - …").
  let wire: string | null = null;
  for (const r of opening) wire ??= wireOpener(r.text);
  const masthead = source !== null && sourceId >= 0 && content[0] !== undefined && sourceId < content[0].id && !namesWire(source);
  if (masthead && (credited ?? wire)) source = credited ?? wire;
  source ??= wire;
  // Last, the wire a byline names ("By Sophie Laurent, AFP"), or that closes the article ("…
  // the agency said. (PNA)").
  for (const [id, m] of meta) if (m.agency && results[id]?.verdict === 'meta') source ??= m.agency;
  // A byline that names a wire and no one else ("By PA News Agency", "By The Associated Press").
  for (const [id, m] of meta) if (m.kind === 'byline' && !m.credit && results[id]?.verdict === 'meta' && namesWire(m.value)) source ??= m.value;
  source ??= trailingCredit(content[content.length - 1]?.text ?? '');
  const declaredTitle = hints.headline ?? hints.documentTitle;
  const lang = toBcp47(hints.lang) ?? stopLang;
  const stats = { blocks: results.length, content: 0, duplicate: 0, boilerplate: 0, meta: 0, ms: 0 };
  for (const r of results) stats[r.verdict]++;
  const analysis: Analysis = {
    title: headlineText ?? titleFrom(declaredTitle, hints.siteName),
    byline: hints.byline ?? bylineText,
    publishedTime: toIsoDate(hints.publishedTime) ?? toIsoDate(dateText),
    siteName: hints.siteName ?? siteOf(hints.url),
    source,
    lang,
    dir: hints.dir ?? (isRtl(lang) ? 'rtl' : 'ltr'),
    blocks: results,
    cleanText: content.map((r) => r.text).join('\n\n'),
    stats,
  };
  stats.ms = Math.round((now() - t0) * 1000) / 1000;
  return analysis;
}

/** The declared title without the site's name; a title that is only the site's name is no title. */
function titleFrom(declared: string | null, siteName: string | null): string | null {
  if (!declared) return null;
  const title = cleanTitle(declared, siteName);
  return !title || (siteName && canonical(title) === canonical(siteName)) ? null : title;
}

function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * The article's own flow: 0 for a block set apart in a leaf box of its own that looks unlike
 * (other tag or class words) the box most of the article's body paragraphs sit in, such
 * as a callout, alert or pull-quote box inside the article; 1 for every other block.
 */
function mainFlow(items: readonly Measured[], tree: ContainerTree | null, inRegion: Uint8Array, bodyLike: Uint8Array): Uint8Array {
  const sig = (m: Measured): string => {
    const f = m.block.features;
    const box = tree && f.container >= 0 && f.container < tree.containers.length ? (tree.containers[f.container] as Container) : null;
    // The block's own classes are left out: a lead paragraph's "intro" class is still the flow.
    return `${f.tag}|${box ? `${box.tag}.${box.words.join('.')}` : ''}`;
  };
  const sigs = items.map(sig);
  const counts = new Map<string, number>();
  let main = '';
  let best = 0;
  items.forEach((m, i) => {
    if (!inRegion[i] || !bodyLike[i] || m.block.kind !== 'paragraph') return;
    const k = sigs[i] as string;
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > best) [main, best] = [k, c];
  });
  // Only a block alone in a box of its own (no other block, no box inside) unlike the
  // flow's is set apart: a first paragraph left in the wrapper around the box that holds
  // the rest (a paywall box) is still the article's.
  const perBox = new Map<number, number>();
  for (const m of items) perBox.set(m.block.features.container, (perBox.get(m.block.features.container) ?? 0) + 1);
  const hasChild = new Set<number>();
  if (tree) for (const c of tree.containers) hasChild.add(c.parent);
  const apart = (m: Measured, i: number): boolean => {
    const c = m.block.features.container;
    return best > 0 && sigs[i] !== main && c >= 0 && perBox.get(c) === 1 && !hasChild.has(c);
  };
  return new Uint8Array(items.map((m, i) => (apart(m, i) ? 0 : 1)));
}

function ancestorsOf(tree: ContainerTree | null, id: number): Set<number> {
  const out = new Set<number>();
  if (!tree) return out;
  for (let c = id, guard = 0; c >= 0 && guard < 100_000; c = (tree.containers[c] as Container).parent, guard++) out.add(c);
  return out;
}

export const NO_SECTION = -2;

/** Walks up at most this far when asking "is this box inside that one" (deep nesting stays cheap). */
const MAX_WALK = 64;

function isWithin(tree: ContainerTree, c: number, scope: number): boolean {
  for (let k = 0; c >= 0 && k < MAX_WALK; k++, c = (tree.containers[c] as Container).parent) if (c === scope) return true;
  return false;
}

/**
 * The box a chrome heading's section lives in: the smallest container holding the heading
 * and the next block. -1 when unknown (plain text: the section runs to the next heading);
 * NO_SECTION when that box also holds the article (the heading has no section of its own).
 */
function sectionScope(tree: ContainerTree | null, blocks: PageInput['blocks'], id: number, articleRoot: number): number {
  const next = blocks[id + 1];
  const own = blocks[id]?.features.container ?? -1;
  if (!tree || !next || own < 0) return -1;
  for (let c = own, k = 0; c >= 0 && k < MAX_WALK; k++, c = (tree.containers[c] as Container).parent) {
    if (isWithin(tree, next.features.container, c)) return articleRoot >= 0 && isWithin(tree, articleRoot, c) ? NO_SECTION : c;
  }
  return -1;
}

function descendantsOf(tree: ContainerTree, root: number): Uint8Array {
  const inside = new Uint8Array(tree.containers.length);
  inside[root] = 1;
  for (let k = 0; k < tree.order.length; k++) {
    const id = tree.order[k] as number;
    const p = (tree.containers[id] as Container).parent;
    if (p >= 0 && inside[p]) inside[id] = 1;
  }
  return inside;
}
