/**
 * The repetition benchmark's page surgery. Takes a real page (as a DOM) and its
 * ground truth, finds the article's paragraphs, and injects into the DOM what
 * syndicated pages do to an article:
 *
 *   double-body  the whole body printed twice
 *   teaser       the page's own lead, truncated, in a "More stories" box among other teasers
 *   pull-quote   a sentence of a paragraph repeated in a pull quote inside the article
 *   near-copy    a paragraph pasted again with small edits after a later paragraph
 *   disclaimer   a wire "Legal Disclaimer: … as is without warranty …" inside the article
 *   newsletter   a newsletter pitch inside the article
 *
 * and records what a correct reading view must show: each original paragraph
 * exactly once, none of the injected text. Works on any DOM implementation
 * (linkedom, jsdom, a browser): only standard node APIs are used.
 */
import { mulberry32, type Rng } from '../../scripts/lib/prng';
import { countOccurrences, normalizeWs, tokenString, tokenize } from './metric';

export type InjectionKind = 'double-body' | 'teaser' | 'pull-quote' | 'near-copy' | 'disclaimer' | 'newsletter';

export const INJECTION_KINDS: readonly InjectionKind[] = [
  'double-body',
  'teaser',
  'pull-quote',
  'near-copy',
  'disclaimer',
  'newsletter',
];

// ---- deterministic randomness ------------------------------------------------

export { mulberry32, type Rng };

/** FNV-1a, 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

// ---- finding the article ------------------------------------------------------

const MIN_PARAGRAPH_TOKENS = 8;
const MIN_PARAGRAPH_CHARS = 40;
export const MIN_PARAGRAPHS = 3;

function isHiddenOrInert(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'noscript' || tag === 'template' || tag === 'script' || tag === 'style') return true;
    if (e.hasAttribute('hidden')) return true;
    if ((e.getAttribute('aria-hidden') ?? '').toLowerCase() === 'true') return true;
    const style = (e.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  }
  return false;
}

/** The element's visible-ish text, whitespace-normalised. */
export function elementText(el: Element): string {
  return normalizeWs(el.textContent ?? '');
}

/**
 * The article's paragraphs: `<p>` elements (outside hidden/inert subtrees) of at
 * least 8 tokens and 40 characters whose token sequence occurs exactly once in
 * the ground truth and in no other such element. Document order.
 */
export function findArticleParagraphs(doc: Document, truth: string): Element[] {
  const truthTokens = tokenString(truth);
  const found: { el: Element; key: string }[] = [];
  const seen = new Map<string, number>();
  for (const el of Array.from(doc.querySelectorAll('p'))) {
    const text = elementText(el);
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    if (tokenize(text).length < MIN_PARAGRAPH_TOKENS) continue;
    if (isHiddenOrInert(el)) continue;
    const key = tokenString(text);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (countOccurrences(truthTokens, text) !== 1) continue;
    found.push({ el, key });
  }
  // A paragraph printed twice by the page itself, or contained in another one, can't be checked for "exactly once".
  const keys = found.map((f) => f.key);
  return found
    .filter((f) => seen.get(f.key) === 1 && !keys.some((k) => k !== f.key && k.includes(f.key)))
    .map((f) => f.el);
}

/** Lowest element containing every given element. */
export function commonAncestor(els: readonly Element[]): Element {
  let anc: Element | null = els[0];
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc ?? els[0].ownerDocument.body;
}

// ---- what was injected, and how to check it ----------------------------------

export interface ForbiddenText {
  kind: InjectionKind;
  /** The injected text (checked on tokens). */
  text: string;
  /** How often it may appear: its count in the ground truth (a teaser of the lead may appear inside the lead). */
  allowed: number;
}

export interface RepSpec {
  kinds: InjectionKind[];
  /** The original article paragraphs, each of which must appear exactly once. */
  paragraphs: string[];
  forbidden: ForbiddenText[];
  /** What was injected where, for a person reading the per-page report. */
  notes: string[];
}

export interface RepCheck {
  pass: boolean;
  /** Paragraphs missing or repeated; injected texts that leaked. */
  failures: string[];
  missing: number;
  repeated: number;
  leaked: InjectionKind[];
}

function short(s: string, n = 70): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** PASS when every original paragraph appears exactly once and no injected text appears more than it may. */
export function checkRep(spec: Pick<RepSpec, 'paragraphs' | 'forbidden'>, output: string): RepCheck {
  const hay = tokenString(output);
  const failures: string[] = [];
  let missing = 0;
  let repeated = 0;
  const leaked: InjectionKind[] = [];
  spec.paragraphs.forEach((p, i) => {
    const c = countOccurrences(hay, p);
    if (c === 1) return;
    if (c === 0) missing++;
    else repeated++;
    failures.push(`paragraph ${i + 1} appears ${c}×: "${short(p)}"`);
  });
  for (const f of spec.forbidden) {
    const c = countOccurrences(hay, f.text);
    if (c <= f.allowed) continue;
    if (!leaked.includes(f.kind)) leaked.push(f.kind);
    failures.push(`${f.kind} leaked (${c}× where ${f.allowed} allowed): "${short(f.text)}"`);
  }
  return { pass: failures.length === 0, failures, missing, repeated, leaked };
}

// ---- the injections -------------------------------------------------------------

export interface InjectOptions {
  rng: Rng;
  /** Lead paragraphs of other pages, for the teaser box. */
  otherLeads?: readonly string[];
  url?: string | null;
}

interface Ctx {
  doc: Document;
  truthTokens: string;
  paragraphs: Element[];
  texts: string[];
  container: Element;
  rng: Rng;
  otherLeads: readonly string[];
  site: string;
  spec: RepSpec;
}

function insertAfter(ref: Node, node: Node): void {
  ref.parentNode!.insertBefore(node, ref.nextSibling);
}

function insertBefore(ref: Node, node: Node): void {
  ref.parentNode!.insertBefore(node, ref);
}

/** Build an element from a tag, attributes and children (strings become text nodes). */
function h(doc: Document, tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): Element {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
  return el;
}

function forbid(ctx: Ctx, kind: InjectionKind, text: string): void {
  ctx.spec.forbidden.push({ kind, text, allowed: countOccurrences(ctx.truthTokens, text) });
}

/** Cut at a word boundary at or before `max` characters. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.5 ? cut.slice(0, sp) : text.slice(0, max)).replace(/[\s,;:.\-–—]+$/u, '');
}

function siteName(url: string | null | undefined): string {
  try {
    const host = new URL(url ?? '').hostname.replace(/^www\d?\./, '');
    const label = host.split('.')[0] ?? '';
    return label ? label[0].toUpperCase() + label.slice(1) : 'Our';
  } catch {
    return 'Our';
  }
}

function doubleBody(ctx: Ctx): boolean {
  const clones = ctx.paragraphs.map((p) => p.cloneNode(true));
  const inside = ctx.rng() < 0.5 || ctx.container === ctx.doc.body || ctx.container === ctx.doc.documentElement;
  if (inside) {
    let ref: Node = ctx.paragraphs[ctx.paragraphs.length - 1];
    for (const c of clones) {
      insertAfter(ref, c);
      ref = c;
    }
  } else {
    let ref: Node = ctx.container;
    for (const c of clones) {
      insertAfter(ref, c);
      ref = c;
    }
  }
  ctx.spec.notes.push(`double-body: ${clones.length} paragraphs printed again ${inside ? 'after the last paragraph' : 'after the article container'}`);
  return true;
}

const TEASER_BOXES: readonly { cls: string; title: string; tag: string }[] = [
  { cls: 'more-stories', title: 'More stories', tag: 'h3' },
  { cls: 'related-posts', title: 'Related', tag: 'h4' },
  { cls: 'read-next', title: 'Read next', tag: 'h3' },
  { cls: 'recommended', title: 'You may also like', tag: 'h2' },
  { cls: 'trending-box', title: 'Trending now', tag: 'div' },
];

function teaserText(rng: Rng, text: string): string {
  return truncateAtWord(text, 90 + Math.floor(rng() * 30));
}

function teaser(ctx: Ctx): boolean {
  const leadIdx = ctx.texts.findIndex((t, i) => i < 3 && t.length >= 140);
  if (leadIdx < 0) return false;
  const { doc, rng } = ctx;
  const ell = rng() < 0.5 ? '...' : '…';
  const own = teaserText(rng, ctx.texts[leadIdx]);
  const others = ctx.otherLeads
    .map((t) => teaserText(rng, normalizeWs(t)))
    .filter((t) => tokenize(t).length >= 6 && countOccurrences(ctx.truthTokens, t) === 0)
    .slice(0, 2 + Math.floor(rng() * 3));
  const items = [...others];
  items.splice(Math.floor(rng() * (items.length + 1)), 0, own);
  const box = TEASER_BOXES[Math.floor(rng() * TEASER_BOXES.length)];
  const list = h(doc, 'ul', {});
  items.forEach((t, i) => {
    list.appendChild(h(doc, 'li', {}, h(doc, 'a', { href: `/story/${1000 + i}` }, t + ell)));
  });
  const el = h(doc, 'div', { class: box.cls }, h(doc, box.tag, {}, box.title), list);
  const afterContainer = rng() < 0.6 && ctx.container !== doc.body && ctx.container !== doc.documentElement;
  if (afterContainer) insertAfter(ctx.container, el);
  else insertAfter(ctx.paragraphs[ctx.paragraphs.length - 1], el);
  for (const t of items) forbid(ctx, 'teaser', t);
  ctx.spec.notes.push(
    `teaser: lead ¶${leadIdx + 1} cut to ${own.length} chars + "${ell}" in a "${box.title}" box with ${others.length} other teasers, ${afterContainer ? 'after the article container' : 'after the last paragraph'}`,
  );
  return true;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u);
}

const PULL_QUOTES: readonly ((doc: Document, text: string) => Element)[] = [
  (doc, t) => h(doc, 'blockquote', { class: 'pullquote' }, h(doc, 'p', {}, t)),
  (doc, t) => h(doc, 'aside', { class: 'pull-quote' }, h(doc, 'p', {}, t)),
  (doc, t) => h(doc, 'figure', { class: 'pull-quote' }, h(doc, 'blockquote', {}, t)),
  (doc, t) => h(doc, 'div', { class: 'article-pullquote' }, h(doc, 'span', {}, t)),
];

function pullQuote(ctx: Ctx): boolean {
  const { rng } = ctx;
  const options: { i: number; s: string }[] = [];
  ctx.texts.forEach((t, i) => {
    for (const s of sentences(t)) {
      const n = tokenize(s).length;
      if (n >= 8 && n <= 40 && s.length <= 260 && countOccurrences(ctx.truthTokens, s) === 1) options.push({ i, s });
    }
  });
  if (!options.length) return false;
  const { i, s } = pick(rng, options);
  const quoted = rng() < 0.5 ? `“${s.replace(/[.]$/, '')}”` : s;
  const el = pick(rng, PULL_QUOTES)(ctx.doc, quoted);
  const last = ctx.paragraphs.length - 1;
  const where = i < last ? i + 1 : i - 1;
  if (where > i) insertAfter(ctx.paragraphs[where], el);
  else insertBefore(ctx.paragraphs[Math.max(0, where)], el);
  forbid(ctx, 'pull-quote', s);
  ctx.spec.notes.push(`pull-quote: a sentence of ¶${i + 1} as <${el.tagName.toLowerCase()} class="${el.getAttribute('class')}"> ${where > i ? 'after' : 'before'} ¶${where + 1}`);
  return true;
}

const WORD_SWAPS: Record<string, string> = {
  the: 'a',
  a: 'the',
  said: 'says',
  says: 'said',
  is: 'was',
  was: 'is',
  are: 'were',
  were: 'are',
  has: 'had',
  had: 'has',
  will: 'would',
  would: 'will',
  this: 'that',
  that: 'this',
  and: 'as well as',
  but: 'yet',
  also: 'too',
  more: 'further',
};

function matchCase(word: string, like: string): string {
  return like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

function wordIndices(words: string[]): number[] {
  const out: number[] = [];
  for (let k = 1; k < words.length - 1; k++) if (tokenize(words[k]).length === 1) out.push(k);
  return out;
}

/** Drop one interior word. */
export function dropWord(text: string, rng: Rng): string | null {
  const words = text.split(' ');
  const ks = wordIndices(words);
  if (!ks.length) return null;
  words.splice(pick(rng, ks), 1);
  return words.join(' ');
}

/** Swap one interior function word for another ("said" → "says"); null when there is none. */
export function changeWord(text: string, rng: Rng): string | null {
  const words = text.split(' ');
  const ks = wordIndices(words).filter((k) => {
    const core = tokenize(words[k])[0]?.toLowerCase() ?? '';
    return core in WORD_SWAPS;
  });
  if (!ks.length) return null;
  const k = pick(rng, ks);
  const core = tokenize(words[k])[0];
  words[k] = words[k].replace(core, matchCase(WORD_SWAPS[core.toLowerCase()], core));
  return words.join(' ');
}

/** Change punctuation or quote style only (tokens stay the same). Always changes the text. */
export function restyle(text: string): string {
  if (/["“”]/.test(text)) {
    return /["]/.test(text)
      ? text.replace(/"([^"]*)"/g, '“$1”').replace(/"/g, '”')
      : text.replace(/[“”]/g, '"');
  }
  if (/[’']/.test(text)) return /’/.test(text) ? text.replace(/’/g, "'") : text.replace(/'/g, '’');
  if (text.includes(', ')) return text.replace(', ', ' — ');
  return /[.!?]$/.test(text) ? text.slice(0, -1) : `${text}.`;
}

function nearCopy(ctx: Ctx): boolean {
  const { rng, doc } = ctx;
  const last = ctx.paragraphs.length - 1;
  const choices = ctx.texts.map((t, i) => i).filter((i) => i < last && tokenize(ctx.texts[i]).length >= 12);
  if (!choices.length) return false;
  const i = pick(rng, choices);
  const j = i + 1 + Math.floor(rng() * Math.min(3, last - i));
  const original = ctx.texts[i];
  const r = rng();
  let edited: string | null = null;
  let how = '';
  if (r < 0.35) {
    edited = changeWord(original, rng);
    how = 'word changed';
  }
  if (!edited && r < 0.7) {
    edited = dropWord(original, rng);
    how = 'word dropped';
  }
  if (edited && rng() < 0.5) {
    edited = restyle(edited);
    how += ', punctuation restyled';
  }
  if (!edited) {
    edited = restyle(original);
    how = 'punctuation/quotes restyled only';
  }
  const src = ctx.paragraphs[i];
  const attrs: Record<string, string> = {};
  const cls = src.getAttribute('class');
  if (cls) attrs.class = cls;
  const el = h(doc, src.tagName.toLowerCase(), attrs, edited);
  insertAfter(ctx.paragraphs[j], el);
  forbid(ctx, 'near-copy', edited);
  ctx.spec.notes.push(`near-copy: ¶${i + 1} again after ¶${j + 1} (${how})`);
  return true;
}

const PROVIDERS = ['MENAFN', 'NewsWire Partners', 'GlobeFeed', 'the content provider', 'Syndicated Press'];

const DISCLAIMERS: readonly ((provider: string, site: string) => string)[] = [
  (p) =>
    `Legal Disclaimer: ${p} provides the information "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.`,
  (p) =>
    `Disclaimer: This content is provided by ${p} "as is" without warranty of any kind, express or implied. The views expressed are those of the original author and do not necessarily reflect the views of this publication.`,
  (p, s) =>
    `This story was originally published by ${p} and is republished by ${s} under a syndication agreement. The information is provided "as is", without warranty of any kind; ${s} accepts no liability for its accuracy.`,
  (p) =>
    `The information contained in this press release is provided by ${p} on an "as is" basis without warranties of any kind. Readers should do their own research before acting on it.`,
  (p) =>
    `Copyright ${p}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. The publisher provides it "as is" and makes no warranty as to its accuracy or completeness.`,
];

function disclaimer(ctx: Ctx): boolean {
  const { rng, doc } = ctx;
  const text = pick(rng, DISCLAIMERS)(pick(rng, PROVIDERS), ctx.site);
  const v = Math.floor(rng() * 4);
  let el: Element;
  if (v === 0) el = h(doc, 'p', {}, h(doc, 'em', {}, text));
  else if (v === 1) el = h(doc, 'p', { class: 'disclaimer' }, text);
  else if (v === 2) el = h(doc, 'div', { class: 'legal-disclaimer' }, h(doc, 'p', {}, text));
  else el = h(doc, 'p', {}, h(doc, 'small', {}, text));
  const last = ctx.paragraphs[ctx.paragraphs.length - 1];
  const atEnd = rng() < 0.75;
  if (atEnd) insertAfter(last, el);
  else insertBefore(last, el);
  forbid(ctx, 'disclaimer', text);
  ctx.spec.notes.push(`disclaimer: "${short(text, 40)}" ${atEnd ? 'after' : 'before'} the last paragraph`);
  return true;
}

const PITCHES: readonly ((site: string) => string)[] = [
  (s) => `Get a daily dose of ${s} news through our daily email, it's the news you need to know, delivered straight to your inbox.`,
  (s) => `Sign up for our newsletter to get the latest stories from ${s} delivered to your inbox every morning.`,
  () => `Subscribe to our free newsletter and never miss a story. Enter your email address below to get the top headlines each day.`,
  (s) => `Like this article? Sign up for the ${s} Daily Brief, our free email newsletter with the day's biggest stories.`,
  () => `Don't miss out: get breaking news alerts and our weekly roundup sent straight to your inbox. Sign up now, it's free.`,
  (s) => `Want more stories like this? Join thousands of readers who get the ${s} morning newsletter every weekday.`,
];

function newsletter(ctx: Ctx): boolean {
  const { rng, doc } = ctx;
  const text = pick(rng, PITCHES)(ctx.site);
  const v = Math.floor(rng() * 3);
  let el: Element;
  if (v === 0) el = h(doc, 'p', {}, h(doc, 'strong', {}, text));
  else if (v === 1) el = h(doc, 'p', { class: 'newsletter-cta' }, text, ' ', h(doc, 'a', { href: '/newsletters' }, 'Sign up here'));
  else
    el = h(
      doc,
      'div',
      { class: 'newsletter-signup' },
      h(doc, 'p', {}, text),
      h(doc, 'form', { action: '/subscribe' }, h(doc, 'input', { type: 'email', placeholder: 'Email address' }), h(doc, 'button', {}, 'Subscribe')),
    );
  const n = ctx.paragraphs.length;
  const after = Math.min(n - 2, Math.max(0, Math.floor(n / 2) - 1 + Math.floor(rng() * 2)));
  insertAfter(ctx.paragraphs[after], el);
  forbid(ctx, 'newsletter', text);
  ctx.spec.notes.push(`newsletter: "${short(text, 40)}" after ¶${after + 1}`);
  return true;
}

const INJECTORS: Record<InjectionKind, (ctx: Ctx) => boolean> = {
  'double-body': doubleBody,
  teaser,
  'pull-quote': pullQuote,
  'near-copy': nearCopy,
  disclaimer,
  newsletter,
};

export interface InjectionPlan {
  /** The kinds this page should get. */
  kinds: InjectionKind[];
  /** Tried in order, one for each wanted kind that doesn't fit the page. */
  fallbacks: InjectionKind[];
}

/**
 * Inject the planned kinds into `doc` (mutated in place). A kind that doesn't
 * fit the page (no lead long enough for a teaser, …) is noted and replaced by
 * the next fallback. Returns null when the page has too few identifiable
 * paragraphs or nothing could be injected.
 */
export function injectPage(doc: Document, truth: string, plan: InjectionPlan, opts: InjectOptions): RepSpec | null {
  const paragraphs = findArticleParagraphs(doc, truth);
  if (paragraphs.length < MIN_PARAGRAPHS) return null;
  const ctx: Ctx = {
    doc,
    truthTokens: tokenString(truth),
    paragraphs,
    texts: paragraphs.map(elementText),
    container: commonAncestor(paragraphs),
    rng: opts.rng,
    otherLeads: opts.otherLeads ?? [],
    site: siteName(opts.url),
    spec: { kinds: [], paragraphs: [], forbidden: [], notes: [] },
  };
  ctx.spec.paragraphs = ctx.texts.slice();
  const tried = new Set<InjectionKind>();
  const fallbacks = plan.fallbacks.slice();
  for (const wanted of plan.kinds) {
    let kind: InjectionKind | undefined = wanted;
    while (kind) {
      if (!tried.has(kind)) {
        tried.add(kind);
        if (INJECTORS[kind](ctx)) {
          ctx.spec.kinds.push(kind);
          break;
        }
        ctx.spec.notes.push(`${kind}: skipped (does not fit this page)`);
      }
      kind = fallbacks.shift();
    }
  }
  return ctx.spec.kinds.length ? ctx.spec : null;
}

/**
 * The plan for the k-th page of the benchmark: kinds cycle so each is tested on
 * many pages, and about a third of pages get a second kind on top.
 */
export function planForPage(k: number, rng: Rng): InjectionPlan {
  const n = INJECTION_KINDS.length;
  const order = Array.from({ length: n }, (_, i) => INJECTION_KINDS[(k + i) % n]);
  const kinds = [order[0]];
  if (rng() < 0.35) kinds.push(order[1 + Math.floor(rng() * (n - 1))]);
  return { kinds, fallbacks: order.filter((x) => !kinds.includes(x)) };
}
