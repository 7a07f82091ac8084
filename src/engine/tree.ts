/**
 * The container tree, read once: a parents-first order (so anything inherited
 * down the tree is one pass, never a walk per block, even on pages nested
 * 10,000 deep) and what each container's tag, role and class words say.
 */
import { CHROME_CONTEXT, CHROME_ROLES, CHROME_TAGS, CONTENT_WORDS, EMBED_WORDS } from './lexicon/class-words';
import { memoByString } from '../shared/memo';
import type { Container } from './types';

export interface ContextMark {
  code: string;
  label: string;
  weight: number;
  /** The container that carries the mark. */
  container: number;
  /** The word, tag or role that gave it away. */
  clue: string;
}

export interface ContainerTree {
  containers: readonly Container[];
  /** Parents before children. */
  order: Int32Array;
  depth: Int32Array;
  /** The container's own chrome mark (from its tag, role or words), or null. */
  ownMark: (ContextMark | null)[];
  /** The nearest mark on the container or an ancestor, or null. */
  inheritedMark: (ContextMark | null)[];
  /** The container's words say "article" (content, story, articleBody …). */
  contentWord: Uint8Array;
  /** Hidden itself or inside a hidden container. */
  hidden: Uint8Array;
  /**
   * Inside a box that is unlikely to hold the article (comments, sidebar,
   * related list, navigation …, by its own words or role, with no "article"
   * word beside them): Readability's "unlikely candidates".
   */
  unlikely: Uint8Array;
}

/** Mark codes that make a box an unlikely home for the article. */
const UNLIKELY = new Set(['in-comments', 'in-related', 'in-promo', 'in-ad', 'in-share', 'in-navigation', 'in-footer', 'in-header', 'in-sidebar', 'in-cookie', 'in-hidden']);

const WORD_TABLE = new Map<string, (typeof CHROME_CONTEXT)[number]>();
for (const entry of CHROME_CONTEXT) for (const w of entry.words) if (!WORD_TABLE.has(w)) WORD_TABLE.set(w, entry);
/** Every proper prefix of a table word: only a word in here can start a two-word key ("share" + "bar"). */
const PAIR_STARTS = new Set<string>();
for (const w of WORD_TABLE.keys()) for (let k = 1; k < w.length; k++) PAIR_STARTS.add(w.slice(0, k));

/** The chrome meaning of one class/id word, or null. */
export function chromeWordMeaning(word: string): (typeof CHROME_CONTEXT)[number] | null {
  return WORD_TABLE.get(word) ?? meaningByStem(word);
}
// Pages repeat the same class words thousands of times: try the stems once per word.
const meaningByStem = memoByString((word: string): (typeof CHROME_CONTEXT)[number] | null => {
  for (const entry of CHROME_CONTEXT) if (entry.stems?.some((s) => word.startsWith(s))) return entry;
  return null;
}, 20_000);

/** What a set of class/id words, a tag and a role say about chrome. Content words cancel weak chrome words. */
export function markOf(tag: string, role: string | null, words: readonly string[], container: number): ContextMark | null {
  const byRole = role ? CHROME_ROLES[role] : undefined;
  if (byRole) return { ...byRole, container, clue: `role=${role}` };
  const byTag = CHROME_TAGS[tag];
  if (byTag) return { ...byTag, container, clue: `<${tag}>` };
  let best: ContextMark | null = null;
  let content = false;
  const embed = isEmbedBox(words);
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (CONTENT_WORDS.has(w)) content = true;
    const joined = k + 1 < words.length && PAIR_STARTS.has(w) ? w + (words[k + 1] as string) : '';
    const byPair = joined ? WORD_TABLE.get(joined) : undefined;
    const meaning = byPair || chromeWordMeaning(w);
    // In an embed box ("social-media-embed", "twitter-tweet") the network's words name
    // where the embedded post comes from, not a share bar: the post is the article's quote.
    if (meaning && embed && meaning.code === 'in-share') continue;
    if (meaning && (!best || meaning.weight > best.weight)) {
      best = { code: meaning.code, label: meaning.label, weight: meaning.weight, container, clue: byPair ? joined : w };
    }
  }
  // "article-body related-links" is still a related box, but "post-share" inside an
  // article shell is decided by the strongest word; a plain "content sidebar" is ambiguous.
  if (best && content && best.weight < 0.8) return null;
  return best;
}

/** Class words of an embedded post: "embed"/"oembed", or the networks' own "twitter-tweet", "instagram-media". */
export function isEmbedBox(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (EMBED_WORDS.has(w)) return true;
    const next = words[k + 1];
    if ((w === 'twitter' && next === 'tweet') || (w === 'instagram' && next === 'media')) return true;
  }
  return false;
}

export function buildTree(containers: readonly Container[]): ContainerTree {
  const n = containers.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (const c of containers) {
    if (c.parent >= 0 && c.parent < n && c.parent !== c.id) (children[c.parent] as number[]).push(c.id);
    else roots.push(c.id);
  }
  const order = new Int32Array(n);
  const depth = new Int32Array(n);
  let w = 0;
  const seen = new Uint8Array(n);
  const stack = roots.slice().reverse();
  while (stack.length) {
    const id = stack.pop() as number;
    if (seen[id]) continue;
    seen[id] = 1;
    order[w++] = id;
    const kids = children[id] as number[];
    for (let k = kids.length - 1; k >= 0; k--) {
      const kid = kids[k] as number;
      depth[kid] = (depth[id] as number) + 1;
      stack.push(kid);
    }
  }
  // Containers on a parent cycle (malformed input) are appended as roots.
  for (let id = 0; id < n; id++) if (!seen[id]) order[w++] = id;

  const ownMark: (ContextMark | null)[] = new Array(n).fill(null);
  const inheritedMark: (ContextMark | null)[] = new Array(n).fill(null);
  const contentWord = new Uint8Array(n);
  const hidden = new Uint8Array(n);
  const unlikely = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const id = order[k] as number;
    const c = containers[id] as Container;
    ownMark[id] = markOf(c.tag, c.role, c.words, id);
    contentWord[id] = c.words.some((x) => CONTENT_WORDS.has(x)) || c.itemprop === 'articlebody' || c.tag === 'article' || c.tag === 'main' ? 1 : 0;
    const p = c.parent >= 0 && c.parent < n && seen[c.parent] ? c.parent : -1;
    inheritedMark[id] = ownMark[id] ?? (p >= 0 ? inheritedMark[p] ?? null : null);
    hidden[id] = !c.visible || (p >= 0 && hidden[p]) ? 1 : 0;
    const own = ownMark[id];
    // Tags alone (<header>, <footer>, <form>) don't make a box unlikely: articles use them inside.
    const unlikelyHere = !!own && UNLIKELY.has(own.code) && !own.clue.startsWith('<') && !contentWord[id];
    unlikely[id] = unlikelyHere || (p >= 0 && unlikely[p]) ? 1 : 0;
  }
  return { containers, order, depth, ownMark, inheritedMark, contentWord, hidden, unlikely };
}

/** True when `anc` is `id` or one of its ancestors. Walks up: use only for a handful of checks. */
export function isAncestorOrSelf(tree: ContainerTree, anc: number, id: number): boolean {
  let c = id;
  let guard = 0;
  while (c >= 0 && guard++ < 100_000) {
    if (c === anc) return true;
    c = (tree.containers[c] as Container).parent;
  }
  return false;
}

/** Marks that prose overrules: such boxes hold links and buttons, not paragraphs. Comments hold prose, so they stay. */
const PROSE_OVERRULES = new Set(['in-navigation', 'in-share', 'in-ad', 'in-promo', 'in-header', 'in-footer', 'in-cookie', 'in-sidebar', 'in-tags', 'in-hidden', 'in-author-box']);
/** A box with at least this many prose paragraphs, this much prose text and few links is article text, whatever its class says. */
const PROSE_BLOCKS = 3;
const PROSE_CHARS = 600;
const PROSE_MAX_LINK_SHARE = 0.2;

/**
 * Class words mislead ("content-nav-section", "skip-item", "component ad-free"): a box whose
 * subtree holds several paragraphs of prose with few links loses its chrome mark, and the
 * marks and "unlikely" flags below it are recomputed. `prose[i]` flags block i as body text.
 */
export function overruleMarksByProse(
  tree: ContainerTree,
  blocks: readonly { container: number; chars: number; linkChars: number }[],
  prose: Uint8Array,
): void {
  const n = tree.containers.length;
  const proseChars = new Float64Array(n);
  const proseCount = new Float64Array(n);
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  blocks.forEach((b, i) => {
    const c = b.container;
    if (c < 0 || c >= n) return;
    chars[c] += b.chars;
    links[c] += b.linkChars;
    if (prose[i]) {
      proseChars[c] += b.chars;
      proseCount[c]++;
    }
  });
  for (let k = n - 1; k >= 0; k--) {
    const id = tree.order[k] as number;
    const p = (tree.containers[id] as Container).parent;
    if (p < 0 || p >= n) continue;
    proseChars[p] += proseChars[id] as number;
    proseCount[p] += proseCount[id] as number;
    chars[p] += chars[id] as number;
    links[p] += links[id] as number;
  }
  let changed = false;
  for (let id = 0; id < n; id++) {
    const mark = tree.ownMark[id];
    if (!mark || !PROSE_OVERRULES.has(mark.code) || mark.clue.startsWith('role=') || mark.clue === '<nav>') continue;
    const linkShare = chars[id] ? (links[id] as number) / (chars[id] as number) : 0;
    if ((proseCount[id] as number) >= PROSE_BLOCKS && (proseChars[id] as number) >= PROSE_CHARS && linkShare < PROSE_MAX_LINK_SHARE) {
      tree.ownMark[id] = null;
      changed = true;
    }
  }
  if (!changed) return;
  for (let k = 0; k < n; k++) {
    const id = tree.order[k] as number;
    const c = tree.containers[id] as Container;
    const p = c.parent >= 0 && c.parent < n ? c.parent : -1;
    tree.inheritedMark[id] = tree.ownMark[id] ?? (p >= 0 ? tree.inheritedMark[p] ?? null : null);
    const own = tree.ownMark[id];
    const unlikelyHere = !!own && UNLIKELY.has(own.code) && !own.clue.startsWith('<') && !tree.contentWord[id];
    tree.unlikely[id] = unlikelyHere || (p >= 0 && tree.unlikely[p]) ? 1 : 0;
  }
}
