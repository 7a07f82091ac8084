/**
 * Generated news pages for the memory tests (unit, CLI and browser): each page
 * has its own article (sentences drawn from a seeded generator, so no two
 * pages share a paragraph), and every page of a site carries the same promo
 * inside the article, where page-level signals alone keep it as content.
 */
import { fingerprint } from '../../src/engine/normalize';
import type { RecordedBlock } from '../../src/memory/types';

const SUBJECTS = ['The minister', 'The council', 'A spokesperson', 'The central bank', 'Local farmers', 'The opposition leader', 'Investors', 'The regional governor', 'Union representatives', 'The port authority'];
const VERBS = ['announced', 'warned', 'confirmed', 'denied', 'questioned', 'welcomed', 'criticised', 'postponed', 'approved', 'reviewed'];
const OBJECTS = ['a new budget for rural roads', 'the plan to expand the harbour', 'rising prices for fertiliser', 'the delayed election timetable', 'a trade agreement with its neighbours', 'the results of the water survey', 'a tax on imported steel', 'new rules for mobile money', 'the closure of two clinics', 'a programme of school repairs'];
const TAILS = ['on Tuesday', 'after weeks of talks', 'in a statement to reporters', 'despite strong objections', 'at a meeting in the capital', 'late on Friday evening', 'according to officials', 'for the second time this year'];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** `n` paragraphs of generated article text, unique to `seed`. */
export function articleParagraphs(seed: number, n = 6): string[] {
  const r = rng(seed * 7919 + 17);
  return Array.from({ length: n }, (_, i) => {
    const sentences = Array.from({ length: 3 }, () => `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}`);
    return `${sentences.join('. ')}, story ${seed} paragraph ${i + 1}.`;
  });
}

export const PROMO = 'Readers in the coastal province can now collect the printed weekend edition every Saturday morning at their nearest fuel station.';

export interface TestPage {
  url: string;
  html: string;
  paragraphs: string[];
}

/** A news page: header and footer chrome, the article, the site's promo inside the article, a canonical link. */
export function newsPage(opts: { host: string; path: string; seed: number; promo?: string | null; title?: string; paragraphs?: string[] }): TestPage {
  const url = `https://${opts.host}${opts.path}`;
  const paragraphs = opts.paragraphs ?? articleParagraphs(opts.seed);
  const promo = opts.promo === undefined ? PROMO : opts.promo;
  const title = opts.title ?? `Story number ${opts.seed} from the region`;
  const body = paragraphs.map((p, i) => `<p>${p}</p>${i === 2 && promo ? `\n<p>${promo}</p>` : ''}`).join('\n');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${url}"><meta property="og:site_name" content="Daily Example"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Staff Reporter</p>
${body}
</article></main>
<footer><p>Copyright 2025 Daily Example. All rights reserved.</p></footer></body></html>`;
  return { url, html, paragraphs };
}

/** The memory's view of a page without the engine: every paragraph recorded, article ones flagged. */
export function recordOf(paragraphs: readonly string[], extra: readonly string[] = []): RecordedBlock[] {
  return [...paragraphs.map((t) => ({ fp: fingerprint(t), article: true })), ...extra.map((t) => ({ fp: fingerprint(t), article: false }))];
}
