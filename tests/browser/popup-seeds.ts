/**
 * What a reader should get from each seed page (samples/README.md), read from
 * the sample HTML itself so the expectations cannot drift from the fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT } from './harness';

export interface Seed {
  name: string;
  html: string;
  host: string;
  path: string;
  /** Article paragraphs, each of which must appear exactly once in the reading view. */
  paragraphs: string[];
  /** Text that must not appear in the article body (chrome and repeats' surroundings). */
  chrome: string[];
  /** Expected syndication credit, when the seed has one. */
  source: string | null;
  /** The article's title, or null where the page has none (Kenya Star's <title> is only the site name). */
  title: string | null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function paragraphsOf(html: string, selector: string, exclude = ''): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(selector)]
    .filter((p) => !(exclude && p.matches(exclude)))
    .map((p) => squash(p.textContent ?? ''));
}

const menafn = readFileSync(join(ROOT, 'samples/menafn-lavrov.html'), 'utf8');
const kenyastar = readFileSync(join(ROOT, 'samples/kenyastar-lavrov.html'), 'utf8');

export const SEEDS: Seed[] = [
  {
    name: 'menafn',
    html: menafn,
    host: 'www.menafn.com',
    path: '/1110271843/Russia-Rejects-Anti-China-Alliances',
    // "(MENAFN)" is a source tag the engine may lift out as meta: the paragraph is the rest.
    paragraphs: paragraphsOf(menafn, 'div.article-body > p').map((p) => p.replace(/^\(MENAFN\)\s*/, '')),
    chrome: ['Legal Disclaimer', 'MENAFN provides the information', 'Most popular stories', 'No comment', 'Copyright ©', 'Sorry!!', 'Market Research'],
    source: null,
    title: 'Russia Rejects Anti-China Alliances',
  },
  {
    name: 'kenyastar',
    html: kenyastar,
    host: 'www.kenyastar.com',
    path: '/news/278013486/lavrov-russia-will-honor-all-its-commitments-to-china',
    paragraphs: [...paragraphsOf(kenyastar, '.standfirst p'), ...paragraphsOf(kenyastar, '#storytext > p', '.article-credit')],
    chrome: ['Get a daily dose', 'Publish news of your business', 'More Information', 'BRUSSELS, Belgium', 'Big News Network publication', '(RT.com)', 'Peskov'],
    source: 'RT.com',
    title: null,
  },
];
