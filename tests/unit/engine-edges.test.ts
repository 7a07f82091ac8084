/**
 * Article edges and the boxes inside an article: whole pages through analyzeDocument
 * (segmenter + engine), one behaviour per test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { markOf } from '../../src/engine/tree';
import { page, parsers } from '../fixtures/dom/parse';

const URL_ = 'https://news.example.com/world/story.html';
const analyzeHtml = (body: string) => analyzeDocument(parsers.linkedom(page(body), URL_), { url: URL_ });
const verdictOf = (body: string, text: string) => {
  const b = analyzeHtml(body).blocks.find((x) => x.text.includes(text));
  if (!b) throw new Error(`no block with "${text}"`);
  return b.verdict;
};

/** A long article paragraph, different each time (no two share enough word pairs to be near copies). */
const NOUNS = ['council', 'budget', 'roads', 'schools', 'mayor', 'river', 'bridge', 'harbour', 'tram', 'market', 'teachers', 'nurses', 'farmers', 'museum', 'library', 'stadium', 'airport', 'railway', 'hospital', 'police', 'taxes', 'housing', 'parks', 'water', 'energy', 'climate', 'festival', 'election', 'court', 'factory', 'union', 'tourists'];
const para = (k: number) =>
  '<p>' +
  Array.from({ length: 8 }, (_, i) => `the ${NOUNS[(k * 7 + i * 3) % NOUNS.length]} and the ${NOUNS[(k * 5 + i * 11 + 1) % NOUNS.length]} of ${k * 8 + i}`)
    .join(', while ')
    .replace(/^t/, 'T') +
  ' were all discussed at length.</p>';
const body = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => para(from + k)).join('');

describe('embed boxes', () => {
  it('a social network name in an embed box is not a share bar', () => {
    expect(markOf('div', null, ['social', 'media', 'embed'], 3)).toBeNull();
    expect(markOf('blockquote', null, ['twitter', 'tweet', 'share'], 3)).toBeNull();
    expect(markOf('div', null, ['social', 'share'], 3)?.code).toBe('in-share');
    // Only the share meaning is lifted: an ad stays an ad.
    expect(markOf('div', null, ['ad', 'embed'], 3)?.code).toBe('in-ad');
  });

  it('the lines of an embedded tweet inside the article stay content', () => {
    const html = `<article class="story">${body(1, 3)}
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>on. meth. dot. com.</p><p>— Someone (@someone) November 19, 2019</p></blockquote></div>
      ${body(4, 6)}</article>
      <div class="social-share"><p>Share on Facebook</p></div>`;
    expect(verdictOf(html, 'on. meth. dot. com.')).toBe('content');
    expect(verdictOf(html, 'Someone (@someone)')).toBe('content');
  });
});

describe('links inside quotes', () => {
  const html = `<article class="story">${body(1, 3)}
    <blockquote><p>Hey Twitter, the whole point of this campaign is to raise awareness.</p><p><a href="https://t.co/hopPjqa95w">https://t.co/hopPjqa95w</a></p></blockquote>
    ${body(4, 6)}</article>`;

  it('a quoted link line inside the article stays content', () => {
    expect(verdictOf(html, 'hopPjqa95w')).toBe('content');
  });

  it('while the same bare link as a paragraph is still a link list', () => {
    const plain = html.replace('<blockquote>', '<div>').replace('</blockquote>', '</div>');
    expect(verdictOf(plain, 'hopPjqa95w')).toBe('boilerplate');
  });
});

describe('region edges', () => {
  it('a list the article region cut in half is taken whole, and the text after it too', () => {
    const html = `<div class="story">${body(1, 6)}</div>
      <div><ul>
        <li>High business growth that outpaces the capabilities of the infrastructure you already run today</li>
        <li>Slow response times</li><li>Delayed product cycles</li><li>Cash flow challenges</li><li>Mobile users</li>
      </ul>
      <p>These scenarios require more than the traditional data centers of most firms can provide to them.</p></div>
      <footer><p>Copyright 2019 Example News. All rights reserved.</p></footer>`;
    for (const line of ['High business growth', 'Slow response times', 'Mobile users', 'These scenarios require']) {
      expect(verdictOf(html, line), line).toBe('content');
    }
    expect(verdictOf(html, 'Copyright 2019')).toBe('boilerplate');
  });
});

describe('chrome sections', () => {
  it('an empty widget title set in the article flow does not take the paragraphs after it', () => {
    const html = `<article class="story"><div class="clearfix"><div class="text">${body(1, 6)}</div>
      <div class="box related"><header><h3>Trending</h3></header></div>
      <div class="text"><p>In the 21st century, the plague is endemic to select regions of the planet.</p>
      <p>Three countries where the plague still circulates are the Congo, Madagascar and Peru, officials say.</p></div></div>
      <p class="byline">By A. Writer, with reporting by the staff of the foreign desk in the capital city.</p></article>`;
    expect(verdictOf(html, 'Trending')).toBe('boilerplate');
    expect(verdictOf(html, 'In the 21st century')).toBe('content');
    expect(verdictOf(html, 'Three countries')).toBe('content');
  });

  it('a deeper chrome heading inside a section does not end the outer one', () => {
    const html = `<article>${body(1, 6)}
      <div class="box"><h2>Most popular</h2><p>The mayor resigns after a long fight.</p>
      <h4>Trending</h4><p>Storm closes every school in the region.</p>
      <h3>Elsewhere</h3><p>Talks collapse in the capital.</p><h2>More</h2></div></article>`;
    const a = analyzeHtml(html);
    const of = (t: string) => a.blocks.find((b) => b.text.includes(t))!;
    for (const t of ['The mayor resigns', 'Storm closes', 'Talks collapse']) {
      expect(of(t).verdict, t).toBe('boilerplate');
      expect(of(t).reasons.find((r) => r.code === 'chrome-section')?.params.heading, t).toBe('Most popular');
    }
  });

  it('a chrome heading over its own box still flags the short lines in it', () => {
    const html = `<article>${body(1, 6)}
      <div class="box"><h3>Most popular</h3><p>The mayor resigns after a long and bitter fight over the budget.</p><p>Storm closes every school in the region for a week.</p></div></article>`;
    expect(verdictOf(html, 'The mayor resigns')).toBe('boilerplate');
    expect(verdictOf(html, 'Storm closes')).toBe('boilerplate');
  });
});

describe('which copy is kept', () => {
  it('the copy in the article’s own flow, not the alert box that restates it first', () => {
    const said = 'whether you want to focus on specific aspects of a language, such as listening and speaking, or on building your vocabulary with apps.';
    const html = `<article class="story">
      ${Array.from({ length: 5 }, (_, k) => `<div class="widget-container">${para(k + 1)}</div>`).join('')}
      <div class="alert"><p>Important to consider: ${said}</p></div>
      <div class="widget-container"><p>It is also important to consider ${said}</p></div>
      <div class="widget-container">${para(9)}</div></article>`;
    const a = analyzeHtml(html);
    const alert = a.blocks.find((b) => b.text.startsWith('Important to consider'))!;
    const own = a.blocks.find((b) => b.text.startsWith('It is also important'))!;
    expect(own.verdict).toBe('content');
    expect(alert.verdict).toBe('duplicate');
    expect(alert.duplicateOf).toBe(own.id);
  });
});

describe('which copy is kept: a lead outside the box holding the rest', () => {
  it('keeps the lead, not its edited re-paste inside the (paywall) box', () => {
    const lead = 'Home Depot reported higher earnings for the third quarter, while sales fell short of what analysts had expected from the retailer.';
    const html = `<article class="story"><div class="article-body"><p>${lead}</p>
      <div class="paywall">${body(1, 2)}<p>${lead.replace(', while', ' while')}</p>${body(3, 6)}</div></div></article>`;
    const a = analyzeHtml(html);
    const copies = a.blocks.filter((b) => b.text.startsWith('Home Depot'));
    expect(copies.map((b) => b.verdict)).toEqual(['content', 'duplicate']);
  });
});

describe('call-to-action boxes', () => {
  it('a "cta" or donation box reads as a promo box', () => {
    expect(markOf('div', null, ['widget', 'cta', 'letter'], 3)?.code).toBe('in-promo');
    expect(markOf('section', null, ['donate'], 3)?.code).toBe('in-promo');
    expect(markOf('div', null, ['call', 'to', 'action'], 3)).toBeNull(); // only the joined form is a word
  });

  it('a support-us box after the article is dropped, the article kept', () => {
    const html = `<article class="story">${body(1, 5)}</article>
      <div class="cta-box"><h3>Support our newsroom</h3><p>Independent reporting costs money. Chip in today so we can keep going.</p></div>`;
    expect(verdictOf(html, 'Independent reporting costs money')).toBe('boilerplate');
    expect(verdictOf(html, 'were all discussed at length')).toBe('content');
  });
});

describe('layout class words', () => {
  // CSS frameworks (Bulma, Foundation) name every grid cell "column": the word says where a
  // box sits, not what it holds, so it must not lift a box of short site notes over the text.
  it('a grid "column" of short notes does not outrank a one-paragraph abstract', () => {
    const abstract = body(1, 3).replace(/<\/p><p>/g, ' ');
    const html = `<div class="abs"><h1>On merging models</h1><blockquote class="abstract">${abstract.slice(3, -4)}</blockquote></div>
      <nav class="browse"><a href="/prev">Previous paper</a> | <a href="/next">Next paper</a></nav>
      <div class="labs"><div class="columns"><div class="column">
        <p>Our labs let collaborators develop and share new features, directly on our website.</p>
        <p>Both individuals and organizations that work with the labs have embraced openness, community, excellence and privacy.</p>
        <p>Have an idea for a project that will add value for the community? Learn more about the labs.</p>
      </div></div></div>`;
    const a = analyzeHtml(html);
    expect(a.cleanText).toContain('were all discussed at length');
    expect(a.cleanText).not.toContain('Have an idea for a project');
  });
});

describe('a box whose class word its own text confirms', () => {
  const signup = (button: string) => `<article class="story">${body(1, 2)}
    <div class="signup-background"><h3>Breaking News Emails</h3><div class="signup-foreground">
      <div class="signup-message"><p>Get breaking alerts and special reports. The news and stories that matter, delivered weekday mornings.</p></div>
      <a href="/newsletters">${button}</a></div></div>
    ${body(3, 5)}</article>`;

  it('a signup box with a "Subscribe" button is chrome, prose and all', () => {
    expect(verdictOf(signup('SUBSCRIBE'), 'delivered weekday mornings')).toBe('boilerplate');
  });

  it('while the class word alone does not condemn a sentence inside the article', () => {
    expect(verdictOf(signup('Our reporters'), 'delivered weekday mornings')).toBe('content');
  });
});

describe('bylines', () => {
  const withLine = (line: string) => `<article class="story"><h1>House to become a police station</h1><p>${line}</p>${body(1, 4)}</article>`;
  const blockOf = (line: string) => {
    const a = analyzeHtml(withLine(line));
    return { block: a.blocks.find((b) => b.text === line), byline: a.byline };
  };

  it('"By Reuters" and "BY JANE DOE, Staff Reporter" are bylines, whatever the case of "by"', () => {
    expect(blockOf('By Reuters').block?.verdict).toBe('meta');
    expect(blockOf('By Reuters').byline).toBe('Reuters');
    expect(blockOf('BY JANE DOE, Staff Reporter').block?.verdict).toBe('meta');
  });

  it('while a sentence that starts with "By" and a name-like word is text', () => {
    expect(blockOf('By Monday, the council will vote on the budget.').block?.verdict).toBe('content');
  });
});

describe('marks around marks', () => {
  it('a teaser card’s own <header> does not hide the "related" box around it', () => {
    const card = (title: string) =>
      `<div class="post-card"><header class="entry-header"><p class="entry-title">${title}</p></header></div>`;
    const html = `<main class="site-main"><article class="post">${body(1, 4)}
      <div class="related"><div class="related-items">
        ${card('Where is the place of honour in a traditional yurt?')}
        ${card('Which fur boots did the northern herders wear?')}
      </div></div></article></main>`;
    expect(verdictOf(html, 'place of honour')).toBe('boilerplate');
    expect(verdictOf(html, 'fur boots')).toBe('boilerplate');
    expect(verdictOf(html, 'of 8, while')).toBe('content');
  });
});

describe('a chrome section with headings of its own', () => {
  it('a "Most read" rail inside the article stays chrome through its teasers’ headings', () => {
    const item = (kicker: string, headline: string) =>
      `<div class="box-item"><div class="item-body"><h2>${kicker}</h2><p>${headline}</p></div></div>`;
    const html = `<article class="story">${body(1, 3)}
      <div class="col-box"><div class="box-top"><h2>Most read in world news</h2></div><div class="box-items">
        ${item('TIME TRAVELLER', 'Conspiracy theorists say they have spotted a famous activist in a very old photograph')}
        ${item('EYE POPPING', 'Bodybuilder has his arm muscle removed after injecting oil to look bigger for years')}
      </div></div>
      ${body(4, 6)}</article>`;
    expect(verdictOf(html, 'Conspiracy theorists')).toBe('boilerplate');
    expect(verdictOf(html, 'Bodybuilder has his arm')).toBe('boilerplate');
    expect(verdictOf(html, 'of 32, while')).toBe('content');
  });
});

describe('picture captions', () => {
  it('a figure’s caption is meta: left out of the clean text, with a reason, never flagged as chrome', () => {
    const html = `<article class="story">${body(1, 2)}
      <figure><img src="https://img.example.com/house.jpg" alt="The house"><figcaption>The house where the mayor was born, seen from the river in 2019.</figcaption></figure>
      ${body(3, 5)}</article>`;
    const a = analyzeHtml(html);
    const caption = a.blocks.find((b) => b.text.startsWith('The house where'))!;
    expect(caption.verdict).toBe('meta');
    expect(caption.reasons[0]?.code).toBe('image-caption');
    expect(a.cleanText).not.toContain('The house where');
    expect(a.cleanText).toContain('of 8, while');
  });

  it('so is a short block whose own class says "caption"', () => {
    const html = `<article class="story">${body(1, 2)}
      <div class="inline-image"><img src="https://img.example.com/jets.jpg" alt=""><p class="image-caption">Two of the airline's jets at the airport on Wednesday.</p></div>
      ${body(3, 5)}</article>`;
    const a = analyzeHtml(html);
    expect(a.blocks.find((b) => b.text.startsWith('Two of the airline'))?.verdict).toBe('meta');
  });
});
