import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  changeWord,
  checkRep,
  commonAncestor,
  dropWord,
  findArticleParagraphs,
  INJECTION_KINDS,
  injectPage,
  mulberry32,
  planForPage,
  restyle,
  truncateAtWord,
  type InjectionKind,
} from '../../bench/lib/inject';
import { tokenString } from '../../bench/lib/metric';

const PARAS = [
  'The city council voted on Tuesday to approve a new budget that expands bus service to the northern suburbs and adds two hundred new stops over the next three years, officials said.',
  'Supporters said the plan would cut commute times for thousands of workers. "This is the most important transit decision in a decade," said council member Ana Ruiz, who sponsored the measure.',
  'Opponents argued that the cost, estimated at forty million dollars, would force cuts to parks and libraries. They said the council had not held enough public hearings before the vote.',
  'The mayor is expected to sign the budget later this week. Construction of the first new stops will begin in the spring, and the expanded routes should be running by next autumn.',
  'Residents can comment on the proposed routes at a series of meetings this month. The transit agency has also opened an online survey for riders who cannot attend in person.',
];
const TRUTH = PARAS.join('\n\n');

const PAGE = `<!doctype html><html><head><title>Council approves bus plan</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Breaking: the site header has a paragraph long enough to be a candidate but it is not in the truth.</p></header>
<main><article class="story"><h1>Council approves bus plan</h1>
${PARAS.map((p) => `<p>${p.replace('Ana Ruiz', '<a href="/ruiz">Ana Ruiz</a>')}</p>`).join('\n')}
</article><div class="sidebar"><p>Short one.</p></div></main>
<noscript><p>${PARAS[0]}</p></noscript>
<footer><p>Copyright 2024 The Example Times. All rights reserved. Terms of use and privacy policy apply.</p></footer>
</body></html>`;

const OTHER_LEADS = [
  'Scientists have found a new species of frog in the mountains of Peru, living at altitudes higher than any amphibian recorded before.',
  'The national football team lost its final qualifying match on Sunday, ending its hopes of reaching the tournament for the first time since 1998.',
  'Shares of the largest chip makers fell sharply on Monday after a government report showed weaker than expected demand for consumer electronics.',
];

function linkedomDoc(html = PAGE): Document {
  return parseHTML(html).document as unknown as Document;
}

function bodyText(doc: Document): string {
  // What a naive extractor returns: every text of the page, block by block.
  return Array.from(doc.body.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, aside, figure, div'))
    .filter((el) => !el.querySelector('p, li, h1, h2, h3, h4, blockquote, aside, figure, div'))
    .map((el) => el.textContent ?? '')
    .join('\n\n');
}

function inject(kinds: InjectionKind[], seed = 1, doc = linkedomDoc()) {
  const spec = injectPage(doc, TRUTH, { kinds, fallbacks: [] }, { rng: mulberry32(seed), otherLeads: OTHER_LEADS, url: 'https://www.example.com/news/bus' });
  return { doc, spec: spec! };
}

describe('finding the article in the DOM', () => {
  it('takes the <p>s whose text is in the ground truth, not hidden, long enough', () => {
    const doc = linkedomDoc();
    const ps = findArticleParagraphs(doc, TRUTH);
    expect(ps.map((p) => tokenString(p.textContent ?? ''))).toEqual(PARAS.map(tokenString));
    expect(commonAncestor(ps).tagName.toLowerCase()).toBe('article');
  });
  it('drops a paragraph the page itself prints twice', () => {
    const doc = linkedomDoc(PAGE.replace('<footer>', `<div class="mobile-copy"><p>${PARAS[2]}</p></div><footer>`));
    expect(findArticleParagraphs(doc, TRUTH)).toHaveLength(4);
  });
});

describe('each injection', () => {
  for (const kind of INJECTION_KINDS) {
    it(`${kind}: the ground truth passes, a naive extractor fails, the paragraphs stay exactly once in the truth`, () => {
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const { doc, spec } = inject([kind], seed);
        expect(spec.kinds).toEqual([kind]);
        expect(spec.paragraphs).toHaveLength(5);
        const ideal = checkRep(spec, TRUTH);
        expect(ideal.failures).toEqual([]);
        const naive = checkRep(spec, bodyText(doc));
        expect(naive.pass).toBe(false);
        if (kind === 'double-body') expect(naive.repeated).toBe(5);
        else expect(naive.leaked).toContain(kind);
        // Only the article's paragraphs are checked, never the header/footer ones.
        expect(spec.paragraphs.some((p) => p.includes('site header'))).toBe(false);
      }
    });
  }

  it('puts the chrome inside the article, the teaser box around it', () => {
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    for (const seed of seeds) {
      for (const kind of ['disclaimer', 'newsletter', 'pull-quote', 'near-copy'] as const) {
        const { doc, spec } = inject([kind], seed);
        const article = doc.querySelector('article')!;
        const text = spec.forbidden[0].text;
        expect(tokenString(article.textContent ?? '')).toContain(tokenString(text));
      }
      const { doc } = inject(['teaser'], seed);
      const box = doc.querySelector('.more-stories, .related-posts, .read-next, .recommended, .trending-box')!;
      expect(box).not.toBeNull();
      expect(box.querySelectorAll('li').length).toBeGreaterThanOrEqual(3);
      expect(box.textContent).toMatch(/(\.\.\.|…)/);
    }
  });

  it('teasers may appear inside the lead they were cut from, not on their own', () => {
    const { spec } = inject(['teaser'], 3);
    const own = spec.forbidden.find((f) => PARAS[0].startsWith(f.text))!;
    expect(own.allowed).toBe(1);
    expect(checkRep(spec, `${TRUTH}\n\n${own.text}…`).leaked).toEqual(['teaser']);
  });

  it('a near-copy that only changes punctuation is caught as the paragraph repeated', () => {
    const spec = { paragraphs: [PARAS[1]], forbidden: [{ kind: 'near-copy' as const, text: restyle(PARAS[1]), allowed: 1 }] };
    const r = checkRep(spec, `${PARAS[1]}\n\n${restyle(PARAS[1])}`);
    expect(r.repeated).toBe(1);
    expect(r.leaked).toEqual(['near-copy']);
  });

  it('is deterministic for a seed, and works on jsdom too', () => {
    const a = inject(['double-body', 'newsletter'], 42);
    const b = inject(['double-body', 'newsletter'], 42);
    expect(String(a.doc)).toBe(String(b.doc));
    expect(a.spec).toEqual(b.spec);
    const jsdom = new JSDOM(PAGE);
    const c = inject(['pull-quote', 'near-copy', 'disclaimer'], 42, jsdom.window.document);
    expect(c.spec.kinds).toEqual(['pull-quote', 'near-copy', 'disclaimer']);
    expect(checkRep(c.spec, TRUTH).pass).toBe(true);
    expect(checkRep(c.spec, bodyText(jsdom.window.document)).pass).toBe(false);
  });

  it('falls back to another kind when one does not fit, and skips pages without enough paragraphs', () => {
    // No lead of 140+ characters: a teaser does not fit, the fallback is used.
    const short = PARAS.map((p) => truncateAtWord(p, 110));
    const doc = linkedomDoc(`<html><body><article>${short.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    const spec = injectPage(doc, short.join('\n\n'), { kinds: ['teaser'], fallbacks: ['disclaimer'] }, { rng: mulberry32(1) })!;
    expect(spec.kinds).toEqual(['disclaimer']);
    expect(spec.notes[0]).toMatch(/^teaser: skipped/);
    const tiny = linkedomDoc(`<html><body><article><p>${PARAS[0]}</p><p>${PARAS[1]}</p></article></body></html>`);
    expect(injectPage(tiny, TRUTH, { kinds: ['disclaimer'], fallbacks: [] }, { rng: mulberry32(1) })).toBeNull();
  });
});

describe('plans and edits', () => {
  it('cycles kinds so each gets many pages', () => {
    const counts: Record<string, number> = {};
    for (let k = 0; k < 60; k++) {
      const plan = planForPage(k, mulberry32(k));
      expect(plan.kinds[0]).toBe(INJECTION_KINDS[k % INJECTION_KINDS.length]);
      expect(new Set([...plan.kinds, ...plan.fallbacks]).size).toBe(INJECTION_KINDS.length);
      for (const kind of plan.kinds) counts[kind] = (counts[kind] ?? 0) + 1;
    }
    for (const kind of INJECTION_KINDS) expect(counts[kind]).toBeGreaterThanOrEqual(10);
  });

  it('edits change what they claim to change', () => {
    const rng = mulberry32(9);
    const t = 'Officials said the new plan was approved on Tuesday by the council.';
    const dropped = dropWord(t, rng)!;
    expect(dropped.split(' ')).toHaveLength(t.split(' ').length - 1);
    const changed = changeWord(t, rng)!;
    expect(changed).not.toBe(t);
    expect(tokenString(changed)).not.toBe(tokenString(t));
    expect(changeWord('Zebras graze quietly near rivers.', rng)).toBeNull();
    for (const s of ['He said "yes" today.', 'It’s here.', "It's here.", 'One, two.', 'No punctuation', 'Ends with a dot.']) {
      const r = restyle(s);
      expect(r).not.toBe(s);
      expect(tokenString(r)).toBe(tokenString(s));
    }
  });

  it('truncates teasers at a word boundary', () => {
    expect(truncateAtWord('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox');
    expect(truncateAtWord('Short text.', 20)).toBe('Short text.');
  });
});
