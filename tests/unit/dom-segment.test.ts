import { describe, expect, it } from 'vitest';
import { segmentDocument, type Segmentation } from '../../src/dom/segment';
import { page, parsers } from '../fixtures/dom/parse';

const URL_ = 'https://news.example.com/world/story.html';

describe.each(Object.entries(parsers))('segmentDocument on %s', (_name, parse) => {
  const seg = (body: string, head = '', options: Parameters<typeof segmentDocument>[1] = {}): Segmentation =>
    segmentDocument(parse(page(body, head), URL_), { url: URL_, ...options });
  const texts = (s: Segmentation) => s.page.blocks.map((b) => b.text);

  it('reads block elements as blocks with their kinds', () => {
    const s = seg(`
      <h1>Title</h1><h3>Sub</h3><p>Para one.</p>
      <ul><li>Item</li></ul><dl><dt>Term</dt><dd>Def</dd></dl>
      <blockquote>Said once.</blockquote><blockquote><p>Said twice.</p></blockquote>
      <pre>code  here</pre>
      <figure><img src="a.jpg"><figcaption>Cap</figcaption></figure>
      <table><caption>Tab cap</caption><tr><th>Head</th><td>Cell</td></tr></table>
      <address>Contact</address>`);
    expect(s.page.blocks.map((b) => [b.kind, b.text, b.features.tag, b.features.headingLevel])).toEqual([
      ['heading', 'Title', 'h1', 1],
      ['heading', 'Sub', 'h3', 3],
      ['paragraph', 'Para one.', 'p', 0],
      ['list-item', 'Item', 'li', 0],
      ['list-item', 'Term', 'dt', 0],
      ['list-item', 'Def', 'dd', 0],
      ['quote', 'Said once.', 'blockquote', 0],
      ['quote', 'Said twice.', 'p', 0],
      ['preformatted', 'code here', 'pre', 0],
      ['caption', 'Cap', 'figcaption', 0],
      ['caption', 'Tab cap', 'caption', 0],
      ['table-cell', 'Head', 'th', 0],
      ['table-cell', 'Cell', 'td', 0],
      ['other', 'Contact', 'address', 0],
    ]);
    expect(s.page.blocks.map((b) => b.id)).toEqual(s.page.blocks.map((_, i) => i));
  });

  it('keeps a p inside an li a paragraph, with inList', () => {
    const s = seg('<ol><li><p>Step one.</p><p>More.</p></li></ol>');
    expect(s.page.blocks.map((b) => [b.kind, b.features.inList])).toEqual([
      ['paragraph', true],
      ['paragraph', true],
    ]);
  });

  it('reads loose inline runs inside boxes as paragraphs, one per maximal run', () => {
    const s = seg('<div>Intro <a href="/x">link</a> text<div>Inner box</div>Tail <em>run</em>.</div>');
    expect(texts(s)).toEqual(['Intro link text', 'Inner box', 'Tail run.']);
    expect(s.page.blocks.every((b) => b.kind === 'paragraph' && b.features.tag === 'div')).toBe(true);
  });

  it('splits a run on a double <br> and reads a single <br> as a space', () => {
    const s = seg('<div>First line<br>same para<br> \n <br>Second para<br><br><br>Third</div><p>a<br>b</p>');
    expect(texts(s)).toEqual(['First line same para', 'Second para', 'Third', 'a b']);
  });

  it('adds no space at inline edges but separates blocks', () => {
    const s = seg('<p>New<b>s</b> and <i>mo</i>re</p><div><span>one</span><p>two</p></div><td>x</td>');
    expect(texts(s)[0]).toBe('News and more');
    const menu = seg('<div><a href="/m">Markets</a><a href="/w">World</a><a href="/a">Apple</a>’s <a href="/x"><b>Ne</b>ws</a></div>');
    expect(menu.page.blocks[0].text).toBe('Markets World Apple’s News');
    expect(menu.page.blocks[0].features.linkChars).toBe('MarketsWorldAppleNews'.length);
    expect(texts(s)).toContain('one');
    expect(texts(s)).toContain('two');
  });

  it('breaks a run at a box nested inside an inline element', () => {
    const s = seg('<div><a href="/story">Kicker<div>Headline</div>Teaser</a></div>');
    expect(texts(s)).toEqual(['Kicker', 'Headline', 'Teaser']);
    // All three sit inside the link.
    expect(s.page.blocks.map((b) => b.features.linkChars)).toEqual([6, 8, 6]);
    expect(s.page.blocks.map((b) => b.links[0]?.href)).toEqual(Array(3).fill('https://news.example.com/story'));
  });

  it('collapses whitespace and drops blocks without letters or digits', () => {
    const s = seg('<p>  Many \n\t spaces\u00a0here </p><p> | </p><p>•••</p><div>— 2 —</div>');
    expect(texts(s)).toEqual(['Many spaces here', '— 2 —']);
  });

  it('skips non-content elements, hidden elements and comments', () => {
    const s = seg(`
      <p>Keep <script>var a = "no";</script><style>.x{}</style><!-- comment -->this</p>
      <noscript>ns</noscript><template><p>tpl</p></template><svg><text>svg</text></svg>
      <p>Form <button>Click</button><select><option>Opt</option></select><textarea>ta</textarea><input value="v">end</p>
      <iframe>frame</iframe><video>vid</video><audio>aud</audio><canvas>cv</canvas><object>ob</object>
      <div hidden>by attribute</div><div><div aria-hidden="true">by aria</div></div>
      <div style="color:red; display : none">by display</div><p style="visibility:hidden">by visibility</p>
      <p>Visible <span class="sr-only">for screen readers</span>text</p>
      <div class="hidden-xs">Responsive, not hidden</div>
      <dialog>closed dialog</dialog>`);
    expect(texts(s)).toEqual(['Keep this', 'Form end', 'Visible text', 'Responsive, not hidden']);
    expect(s.page.blocks.every((b) => b.features.visible === true)).toBe(true);
  });

  it('reads what pages saved without JavaScript leave hidden but is content', () => {
    const s = seg(`
      <div hidden id="S:0"><p>Streamed article paragraph</p></div>
      <div class="faq"><button aria-expanded="false"><h3>Is it free?</h3></button>
        <div class="accordion-content hidden"><p>Yes, it is.</p></div></div>
      <button>Menu</button>
      <div class="menu hidden">Closed menu</div>`);
    expect(texts(s)).toEqual(['Streamed article paragraph', 'Is it free?', 'Yes, it is.']);
    expect(s.page.blocks[1].kind).toBe('heading');
  });

  it('reads an empty element classed as a line break as a paragraph break', () => {
    const s = seg('<div>First paragraph.<span class="id-r-component br"></span>Second paragraph.<span class="brand"></span> Same.</div>');
    expect(texts(s)).toEqual(['First paragraph.', 'Second paragraph. Same.']);
  });

  it('does not trust aria-hidden or hiding classes on the page’s own wrappers (a modal may be open)', () => {
    const s = seg('<div id="root" aria-hidden="true"><main class="hidden"><p>Article</p><div aria-hidden="true"><p>Icon text</p></div></main></div><div role="dialog"><p>Accept cookies</p></div>');
    expect(texts(s)).toEqual(['Article', 'Accept cookies']);
  });

  it('reports hidden blocks with visible:false when asked to include them', () => {
    const s = seg('<p>Shown</p><div hidden><p>Hidden para</p></div>', '', { includeHidden: true });
    expect(s.page.blocks.map((b) => [b.text, b.features.visible])).toEqual([
      ['Shown', true],
      ['Hidden para', false],
    ]);
    const c = s.page.containers[s.page.blocks[1].features.container];
    expect(c.visible).toBe(false);
  });

  it('builds the container tree lazily, parents first, with words, role and itemprop', () => {
    const s = seg(`
      <div class="empty-wrapper"></div>
      <main id="content"><article class="RelatedPosts_widget storyBody" role="Main" itemprop="articleBody">
        <section><p>Para</p></section>
      </article></main>
      <aside class="sidebar"><div><div><p>Side</p></div></div></aside>`);
    const { containers, blocks } = s.page;
    expect(containers.map((c) => c.tag)).toEqual(['body', 'main', 'article', 'section', 'aside', 'div', 'div']);
    expect(containers.map((c) => c.parent)).toEqual([-1, 0, 1, 2, 0, 4, 5]);
    containers.forEach((c, i) => {
      expect(c.id).toBe(i);
      expect(c.parent).toBeLessThan(i);
    });
    expect(containers[1].words).toEqual(['content']);
    expect(containers[2]).toMatchObject({
      words: ['related', 'posts', 'widget', 'story', 'body'],
      role: 'main',
      itemprop: 'articlebody',
      visible: true,
    });
    expect(blocks[0].features.container).toBe(3);
    expect(blocks[1].features.container).toBe(6);
    expect(s.containerElements[2].getAttribute('itemprop')).toBe('articleBody');
  });

  it('makes a loose run’s box its container, and an li holding boxes a container', () => {
    const s = seg('<div class="byline">By <a href="/a">Ann</a></div><ul><li>Short</li><li><div>Card</div></li></ul>');
    const { containers, blocks } = s.page;
    expect(containers[blocks[0].features.container].words).toEqual(['byline']);
    expect(containers[blocks[1].features.container].tag).toBe('ul');
    expect(containers[blocks[2].features.container].tag).toBe('div');
    expect(containers[containers[blocks[2].features.container].parent].tag).toBe('li');
  });

  it('records ancestor flags', () => {
    const s = seg(`
      <ul><li><div><p>L</p></div></li></ul><blockquote><div><p>Q</p></div></blockquote>
      <figure><div>F</div></figure><table><tr><td><p>T</p></td></tr></table>`);
    const flags = s.page.blocks.map((b) => [b.features.inList, b.features.inQuote, b.features.inFigure, b.features.inTable]);
    expect(flags).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ]);
    expect(s.page.blocks[1].kind).toBe('quote');
    expect(s.page.blocks[3].kind).toBe('paragraph');
  });

  it('counts link characters and links, resolving hrefs and blanking javascript:', () => {
    const s = seg(`<p>Read <a href="/a/one">the first</a> and <a href="two.html">second <b>one</b></a>, or
      <a href="javascript:void(0)">menu</a> <a name="anchor">no href</a>.</p>`);
    const b = s.page.blocks[0];
    expect(b.text).toBe('Read the first and second one, or menu no href.');
    expect(b.links).toEqual([
      { text: 'the first', href: 'https://news.example.com/a/one' },
      { text: 'second one', href: 'https://news.example.com/world/two.html' },
      { text: 'menu', href: '' },
    ]);
    expect(b.features.linkCount).toBe(3);
    expect(b.features.linkChars).toBe('the first'.length + 'second one'.length + 'menu'.length);
  });

  it('resolves against <base href>', () => {
    const s = seg('<p><a href="x">X</a><img src="i.png"></p>', '<base href="https://cdn.example.org/base/">');
    expect(s.page.blocks[0].links[0].href).toBe('https://cdn.example.org/base/x');
    expect(s.page.blocks[0].images[0].src).toBe('https://cdn.example.org/base/i.png');
  });

  it('keeps hrefs as given when there is no http(s) base', () => {
    const doc = parse(page('<p><a href="rel/x">X</a></p>'));
    const s = segmentDocument(doc);
    expect(s.page.blocks[0].links[0].href).toBe('rel/x');
  });

  it('picks image sources: src, then lazy attributes, then srcset; skips placeholders and pixels', () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    const s = seg(`<p>Text
      <img src="/a.jpg" alt=" A  pic ">
      <img src="${gif}" data-src="/lazy.jpg" alt="lazy">
      <img data-lazy-src="/lazy2.jpg">
      <img srcset="/s-320.jpg 320w, /s-640.jpg 640w">
      <img src="/pixel.gif" width="1" height="1">
      <img src="${gif}">
    </p>`);
    expect(s.page.blocks[0].images).toEqual([
      { src: 'https://news.example.com/a.jpg', alt: 'A pic' },
      { src: 'https://news.example.com/lazy.jpg', alt: 'lazy' },
      { src: 'https://news.example.com/lazy2.jpg', alt: '' },
      { src: 'https://news.example.com/s-320.jpg', alt: '' },
    ]);
  });

  it('gives a figure’s images to its figcaption, wherever the caption sits', () => {
    const s = seg(`
      <figure><figcaption>Before</figcaption><div><img src="/1.jpg"></div></figure>
      <figure><picture><img src="/2.jpg"></picture><figcaption>After</figcaption></figure>`);
    expect(s.page.blocks.map((b) => [b.text, b.images.map((i) => i.src)])).toEqual([
      ['Before', ['https://news.example.com/1.jpg']],
      ['After', ['https://news.example.com/2.jpg']],
    ]);
  });

  it('attaches a standalone image to the next block in its container', () => {
    const s = seg(`
      <article><img src="/lead.jpg"><div class="body"><p>First para</p></div></article>
      <article><div class="photo"><img src="/wrapped.jpg"></div><p>Second para</p></article>
      <section><p>Text</p><img src="/trailing.jpg"></section><p>Elsewhere</p>
      <div class="ad"><img src="/ad.jpg"></div><p>Top level</p>`);
    expect(s.page.blocks.map((b) => [b.text, b.images.map((i) => i.src.replace('https://news.example.com', ''))])).toEqual([
      ['First para', ['/lead.jpg']],
      ['Second para', ['/wrapped.jpg']],
      ['Text', []],
      ['Elsewhere', []],
      ['Top level', []],
    ]);
  });

  it('points each block at its element and says whether the element is its alone', () => {
    const s = seg(`
      <p id="p1">Para</p>
      <div id="d1">Only <b>run</b></div>
      <div id="d2"><span id="s1">Wrapped run</span><p id="p2">Para two</p></div>
      <div id="d3">Loose run<p id="p3">Para three</p></div>
      <div id="d4">One<br><br>Two</div>
      <div id="d5"><span id="s2">A<br><br>B</span></div>
      <ul><li id="li1">Item <ul><li id="li2">Sub</li></ul></li></ul>`);
    const got = s.page.blocks.map((b, i) => [b.text, s.elements[i].getAttribute('id'), s.elementExclusive[i]]);
    expect(got).toEqual([
      ['Para', 'p1', true],
      ['Only run', 'd1', true],
      ['Wrapped run', 's1', true],
      ['Para two', 'p2', true],
      ['Loose run', 'd3', false],
      ['Para three', 'p3', true],
      ['One', 'd4', false],
      ['Two', 'd4', false],
      ['A', 'd5', false],
      ['B', 'd5', false],
      ['Item', 'li1', false],
      ['Sub', 'li2', true],
    ]);
  });

  it('gives blocks their own class words and role, not their container’s', () => {
    const s = seg('<div class="story-body"><p class="dateline" role="note">Paris</p>Loose <span class="kicker">k</span></div><div class="solo">Solo</div>');
    expect(s.page.blocks.map((b) => [b.features.words, b.features.role])).toEqual([
      [['dateline'], 'note'],
      [[], null],
      [[], null],
    ]);
  });

  it('marks bold-only and label-like blocks as emphasized', () => {
    const s = seg('<p><strong>Related:</strong> <b>more</b></p><p>RELATED STORIES</p><p>Read more:</p><p>Plain <b>text</b> here</p>');
    expect(s.page.blocks.map((b) => b.features.emphasized)).toEqual([true, true, true, false]);
  });

  it('reads unknown elements as boxes, but as inline inside a paragraph', () => {
    const s = seg('<story-card><x-title>Headline</x-title><x-dek>Dek text</x-dek></story-card><p>Word<o:p>s</o:p> run</p>');
    expect(texts(s)).toEqual(['Headline', 'Dek text', 'Words run']);
    expect(s.page.containers.map((c) => c.tag)).toContain('story-card');
  });

  it('treats an inline element styled display:block as a box', () => {
    const s = seg('<p>Title<span style="display:block">Subtitle</span></p>');
    expect(texts(s)).toEqual(['Title', 'Subtitle']);
  });

  it('fills the hints', () => {
    const s = seg('<p>x</p>', '<title>Doc title</title><meta property="og:title" content="OG">');
    expect(s.page.hints.documentTitle).toBe('Doc title');
    expect(s.page.hints.headline).toBe('OG');
    expect(s.page.hints.url).toBe(URL_);
  });

  it('fills the byline and date fallbacks from the same walk', () => {
    const s = seg(
      '<time datetime="1999-01-01">outside</time><article><p class="byline">By Dana D</p><time datetime="2018-05-06">May 6</time><p>x</p></article>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD"}</script>',
    );
    expect(s.page.hints).toMatchObject({ headline: 'LD', byline: 'Dana D', publishedTime: '2018-05-06', types: ['newsarticle'] });
  });
});

describe('segmentDocument on documents without <html>/<body>', () => {
  it('still reads the blocks (linkedom fragments)', () => {
    const s = segmentDocument(parsers.linkedom('<p>One</p><div>Two <b>bold</b></div>'));
    expect(s.page.blocks.map((b) => b.text)).toEqual(['One', 'Two bold']);
  });
});

describe('segmentDocument with layout (a DOM that computes styles: jsdom here, the browser live)', () => {
  it('drops boxes the page’s stylesheet hides, checked once per box', () => {
    const doc = parsers.jsdom(page('<div class="promo"><p>Hidden by CSS</p></div><div><p>Shown</p></div>', '<style>.promo { display: none }</style>'));
    expect(segmentDocument(doc).page.blocks.map((b) => b.text)).toEqual(['Hidden by CSS', 'Shown']);
    expect(segmentDocument(doc, { layout: true }).page.blocks.map((b) => b.text)).toEqual(['Shown']);
    const all = segmentDocument(doc, { layout: true, includeHidden: true });
    expect(all.page.blocks.map((b) => [b.text, b.features.visible])).toEqual([
      ['Hidden by CSS', false],
      ['Shown', true],
    ]);
  });
});

describe('hiding classes that hid the whole page', () => {
  it('reads the page again without them when they left no text (an app root revealed by script)', async () => {
    const { parseHTML } = await import('linkedom');
    const para = 'CedarDB argues that nesting one database system inside another costs more than it saves, and explains why in detail.';
    const { document } = parseHTML(`<html><body><div class="root hide"><main><p>${para}</p><p>${para} Again.</p><p>${para} Once more.</p></main></div></body></html>`);
    const { segmentDocument, SegmentJob } = await import('../../src/dom/segment');
    const seg = segmentDocument(document as unknown as Document);
    expect(seg.page.blocks.map((b) => b.text)).toEqual([para, `${para} Again.`, `${para} Once more.`]);
    const job = new SegmentJob(document as unknown as Document);
    let out = null;
    for (let i = 0; i < 10 && !out; i++) out = job.step(() => false);
    expect(out?.page.blocks).toHaveLength(3);
    // A hidden box beside visible text stays hidden.
    const { document: d2 } = parseHTML(`<html><body><div class="hide"><p>Secret menu text here</p></div><p>${para}</p><p>${para} Two.</p><p>${para} Three.</p></body></html>`);
    expect(segmentDocument(d2 as unknown as Document).page.blocks.map((b) => b.text)).not.toContain('Secret menu text here');
  });
});
