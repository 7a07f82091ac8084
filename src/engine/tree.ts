/**
 * The container tree, read once: a parents-first order (so anything inherited
 * down the tree is one pass, never a walk per block, even on pages nested
 * 10,000 deep) and what each container's tag, role and class words say.
 */
import { CHROME_CONTEXT, CHROME_ROLES, CHROME_TAGS, CONTENT_WORDS } from './lexicon/class-words';
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

/** The chrome meaning of one class/id word, or null. */
export function chromeWordMeaning(word: string): (typeof CHROME_CONTEXT)[number] | null {
  const direct = WORD_TABLE.get(word);
  if (direct) return direct;
  for (const entry of CHROME_CONTEXT) {
    if (entry.stems?.some((s) => word.startsWith(s))) return entry;
  }
  return null;
}

/** What a set of class/id words, a tag and a role say about chrome. Content words cancel weak chrome words. */
export function markOf(tag: string, role: string | null, words: readonly string[], container: number): ContextMark | null {
  const byRole = role ? CHROME_ROLES[role] : undefined;
  if (byRole) return { ...byRole, container, clue: `role=${role}` };
  const byTag = CHROME_TAGS[tag];
  if (byTag) return { ...byTag, container, clue: `<${tag}>` };
  let best: ContextMark | null = null;
  let content = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (CONTENT_WORDS.has(w)) content = true;
    const joined = k + 1 < words.length ? w + (words[k + 1] as string) : '';
    const meaning = (joined && WORD_TABLE.get(joined)) || chromeWordMeaning(w);
    if (meaning && (!best || meaning.weight > best.weight)) {
      best = { code: meaning.code, label: meaning.label, weight: meaning.weight, container, clue: joined && WORD_TABLE.get(joined) ? joined : w };
    }
  }
  // "article-body related-links" is still a related box, but "post-share" inside an
  // article shell is decided by the strongest word; a plain "content sidebar" is ambiguous.
  if (best && content && best.weight < 0.8) return null;
  return best;
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
