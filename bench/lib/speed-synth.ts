/**
 * Synthetic pages for the scaling test, from about 10 KB to 10 MB of HTML,
 * built from real articles' sections (the AEB ground truth's paragraphs)
 * with words varied, so that most blocks are distinct and some are
 * near-duplicates: exact repeats alone would only exercise hashing.
 *
 * Page shape: a navigation bar, then an article of sections (an h2 and its
 * paragraphs, a short "related" list every few sections), a footer. Per
 * paragraph, seeded: 25% of its words replaced by words from the corpus;
 * 6% of paragraphs are an earlier paragraph with one or two words edited
 * (near-duplicates); 2% are an earlier paragraph repeated exactly; 3% are an
 * earlier paragraph's first words cut off with "…" (teasers).
 * Deterministic: the same size gives the same bytes on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../scripts/lib/prng';
import { datasetsRoot } from './speed-pages';

const rng = mulberry32;

export interface Corpus {
  paragraphs: string[];
  vocabulary: string[];
}

/**
 * Paragraphs (12 words or more) of the first `articles` AEB ground-truth bodies
 * (sorted ids) written in Latin script, as most of the benchmark's pages are: one
 * language's words varied into another's would make every block a mixed-script one.
 */
export function loadCorpus(articles = 60): Corpus {
  const truth = JSON.parse(readFileSync(join(datasetsRoot(), 'scrapinghub-aeb', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const paragraphs: string[] = [];
  const latin = (t: string): boolean => !/[^\u0000-\u024f\u2010-\u2026]/u.test(t);
  for (const id of Object.keys(truth).sort()) {
    const body = truth[id]?.articleBody ?? '';
    if (!latin(body)) continue;
    for (const p of body.split(/\n+/)) {
      const t = p.replace(/\s+/g, ' ').trim();
      if (t.split(' ').length >= 12) paragraphs.push(t);
    }
    if (--articles <= 0) break;
  }
  const vocab = new Set<string>();
  for (const p of paragraphs) for (const w of p.split(' ')) if (/^\p{L}{3,}$/u.test(w)) vocab.add(w.toLowerCase());
  return { paragraphs, vocabulary: [...vocab].sort() };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A synthetic article page of at least `bytes` bytes of UTF-8 HTML (a little more: whole sections). */
export function synthPage(bytes: number, corpus: Corpus, seed = 1): string {
  const rand = rng(seed ^ bytes);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const vary = (text: string, share: number): string =>
    text
      .split(' ')
      .map((w) => (rand() < share ? pick(corpus.vocabulary) : w))
      .join(' ');
  const emitted: string[] = [];
  const head = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Synthetic article ${bytes} | Example Daily</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Example Daily"></head>
<body><header class="site-header"><nav class="main-nav"><ul>${['Home', 'World', 'Business', 'Sport', 'Culture', 'Opinion']
    .map((x) => `<li><a href="/${x.toLowerCase()}">${x}</a></li>`)
    .join('')}</ul></nav></header>
<main><article class="story"><h1>${esc(vary(pick(corpus.paragraphs).split(' ').slice(0, 9).join(' '), 0.3))}</h1>
<p class="byline">By Jane Example | March 12, 2025</p>
`;
  const tail = `</article></main>
<footer class="site-footer"><p>© 2025 Example Daily. All rights reserved.</p><p>Sign up for our daily newsletter.</p></footer>
</body></html>
`;
  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let section = 0;
  let next = 0;
  while (size < bytes) {
    const chunk: string[] = [];
    chunk.push(`<section class="story-section"><h2>${esc(vary(pick(corpus.paragraphs).split(' ').slice(0, 6).join(' '), 0.4))}</h2>\n`);
    const n = 3 + Math.floor(rand() * 5);
    for (let k = 0; k < n; k++) {
      const r = rand();
      let text: string;
      if (emitted.length > 4 && r < 0.02) {
        text = pick(emitted); // an exact repeat
      } else if (emitted.length > 4 && r < 0.08) {
        // A near-duplicate: an earlier paragraph with one or two words edited.
        const words = pick(emitted).split(' ');
        const edits = 1 + Math.floor(rand() * 2);
        for (let e = 0; e < edits; e++) words[Math.floor(rand() * words.length)] = pick(corpus.vocabulary);
        text = words.join(' ');
      } else if (emitted.length > 4 && r < 0.11) {
        text = `${pick(emitted).split(' ').slice(0, 14).join(' ')}…`; // a teaser
      } else {
        text = vary(corpus.paragraphs[next++ % corpus.paragraphs.length] as string, 0.25);
        emitted.push(text);
      }
      chunk.push(`<p>${esc(text)}</p>\n`);
    }
    if (section % 4 === 3) {
      chunk.push(
        `<aside class="related"><h3>Related stories</h3><ul>${[0, 1, 2]
          .map(() => `<li><a href="/story/${Math.floor(rand() * 1e6)}">${esc(vary(pick(corpus.paragraphs).split(' ').slice(0, 8).join(' '), 0.5))}</a></li>`)
          .join('')}</ul></aside>\n`,
      );
    }
    chunk.push('</section>\n');
    const s = chunk.join('');
    parts.push(s);
    size += Buffer.byteLength(s);
    section++;
  }
  parts.push(tail);
  return parts.join('');
}

/** Scaling sizes: about 10 KB to 10 MB. */
export const SCALING_SIZES = [10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000];
