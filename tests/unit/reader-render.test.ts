// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/reader/model';
import { renderArticle, renderBody } from '../../src/reader/render';
import { renderRemoved } from '../../src/reader/removed-list';
import { makeAnalysis, reason } from './reader-fixtures';

const URL_ = 'https://www.kenyastar.com/news/1/x';

function render(...args: Parameters<typeof makeAnalysis>) {
  const { analysis, blocks } = makeAnalysis(...args);
  const model = buildArticle(analysis, blocks, URL_);
  const root = document.createElement('div');
  root.append(renderArticle(document, model, 'en-GB'));
  return { root, model };
}

/** Everything an attacker would want to survive, checked on a rendered tree. */
function expectInert(root: Element) {
  expect(root.querySelectorAll('script, style, iframe, object, embed, svg, math, form, base, meta, link').length).toBe(0);
  for (const e of root.querySelectorAll('*')) {
    for (const attr of e.getAttributeNames()) {
      expect(attr.startsWith('on'), `${e.tagName} has ${attr}`).toBe(false);
      expect(attr).not.toBe('style');
      expect(attr).not.toBe('srcdoc');
    }
    for (const attr of ['href', 'src']) {
      const v = e.getAttribute(attr);
      if (v !== null) expect(v).toMatch(/^(https?:|mailto:|data:image\/)/);
    }
  }
}

describe('renderArticle', () => {
  it('shows title, meta line, source credit and reading time outside the article body', () => {
    const { root } = render(
      [{ text: 'Para one is here.' }, { text: 'Para two.' }],
      { title: 'Lavrov speaks', byline: 'Jane Doe', publishedTime: '2025-03-12T18:32:00+10:00', siteName: 'Kenya Star', source: 'RT.com' },
    );
    expect(root.querySelector('h1')?.textContent).toBe('Lavrov speaks');
    const meta = root.querySelector('.article-meta')!;
    expect(meta.textContent).toBe('Jane Doe · 12 March 2025 · Kenya Star · Source: RT.com · 1 min read');
    expect(meta.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-12T18:32:00+10:00');
    const body = root.querySelector('[data-winnow-article]')!;
    expect(body.contains(root.querySelector('h1'))).toBe(false);
    expect(body.contains(meta)).toBe(false);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Para one is here.', 'Para two.']);
  });

  it('uses the site name, never an invented headline, when the page has none', () => {
    const { root } = render([{ text: 'Body.' }], { siteName: 'Kenya Star' });
    expect(root.querySelector('h1')?.textContent).toBe('Kenya Star');
    expect(root.querySelector('h1')?.classList.contains('untitled')).toBe(true);
  });

  it('keeps only content blocks, each once, in page order', () => {
    const { root } = render([
      { text: 'Newsletter pitch', verdict: 'boilerplate' },
      { text: 'First.' },
      { text: '10/27/2025', verdict: 'meta' },
      { text: 'Second.' },
      { text: 'First.', verdict: 'duplicate', duplicateOf: 1 },
    ]);
    const body = root.querySelector('[data-winnow-article]')!;
    expect(body.textContent).toBe('First.Second.');
  });

  it('rebuilds headings, lists, quotes, figures with captions, pre, and links', () => {
    const { root } = render([
      { text: 'The headline', kind: 'heading', headingLevel: 1 },
      { text: 'Intro with a link and another.', links: [{ text: 'a link', href: 'https://example.com/a' }, { text: 'another', href: '/rel' }] },
      { text: 'Section', kind: 'heading', headingLevel: 3 },
      { text: 'one', kind: 'list-item' },
      { text: 'two', kind: 'list-item' },
      { text: 'Between.' },
      { text: 'three', kind: 'list-item' },
      { text: 'Quoted 1', kind: 'quote' },
      { text: 'Quoted 2', kind: 'quote' },
      { text: '', images: [{ src: 'https://img.example.com/p.jpg', alt: 'A photo' }] },
      // The engine gives a picture's caption the verdict meta (not the article's text); the view shows it under its picture.
      { text: 'The caption', kind: 'caption', verdict: 'meta', reasons: [reason('image-caption', 'Picture caption')] },
      { text: 'code()', kind: 'preformatted' },
    ], { title: 'The headline' });
    const body = root.querySelector('[data-winnow-article]')!;
    // The heading that repeats the title is shown once, as the title.
    expect(root.querySelectorAll('h1').length).toBe(1);
    expect(body.querySelector('h3')?.textContent).toBe('Section');
    expect([...body.querySelectorAll('ul')].map((u) => u.children.length)).toEqual([2, 1]);
    expect(body.querySelectorAll('blockquote p').length).toBe(2);
    const a = [...body.querySelectorAll('a')];
    expect(a.map((x) => [x.textContent, x.getAttribute('href'), x.target, x.rel])).toEqual([
      ['a link', 'https://example.com/a', '_blank', 'noopener noreferrer'],
      ['another', 'https://www.kenyastar.com/rel', '_blank', 'noopener noreferrer'],
    ]);
    expect(body.querySelector('p')?.textContent).toBe('Intro with a link and another.');
    const fig = body.querySelector('figure')!;
    expect(fig.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/p.jpg');
    expect(fig.querySelector('img')?.alt).toBe('A photo');
    expect(fig.querySelector('figcaption')?.textContent).toBe('The caption');
    expect(body.querySelector('pre')?.textContent).toBe('code()');
  });

  it('shows a caption the engine found by its class (a paragraph, verdict meta) under its picture', () => {
    const { root } = render([
      { text: 'Intro.' },
      { text: '', images: [{ src: 'https://img.example.com/p.jpg', alt: 'Jets' }] },
      { text: 'Two jets at the airport.', verdict: 'meta', reasons: [reason('image-caption', 'Picture caption')] },
      { text: 'By Reuters', verdict: 'meta', reasons: [reason('byline', 'Byline')] },
    ]);
    const body = root.querySelector('[data-winnow-article]')!;
    expect(body.querySelector('figure figcaption')?.textContent).toBe('Two jets at the airport.');
    expect(body.textContent).not.toContain('By Reuters');
  });

  it('reads in the page language and direction', () => {
    const { root } = render([{ text: 'مرحبا بالعالم' }], { lang: 'ar', dir: 'rtl' });
    const article = root.querySelector('article')!;
    expect(article.lang).toBe('ar');
    expect(article.dir).toBe('rtl');
  });

  it('drops a malformed lang instead of writing it into an attribute', () => {
    const { root } = render([{ text: 'x' }], { lang: 'en" onload="x' });
    expect(root.querySelector('article')?.hasAttribute('lang')).toBe(false);
  });
});

describe('safety: page strings never become markup', () => {
  const evil = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<style>body{display:none}</style>',
  ];

  it('renders hostile text as text', () => {
    const { root } = render(
      evil.map((text, i) => ({ text, kind: i % 2 ? ('quote' as const) : ('paragraph' as const) })),
      { title: '<script>alert("t")</script>', byline: '<b onclick=x>me</b>', source: '<img src=x onerror=y>' },
    );
    expectInert(root);
    const body = root.querySelector('[data-winnow-article]')!;
    expect(body.textContent).toContain('<script>alert(1)</script>');
    expect(root.querySelector('h1')?.textContent).toBe('<script>alert("t")</script>');
  });

  it('keeps the words of unsafe links but not the links', () => {
    const hrefs = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings'];
    const text = hrefs.map((_, i) => `link${i}`).join(' ');
    const { root } = render([{ text, links: hrefs.map((href, i) => ({ text: `link${i}`, href })) }]);
    expectInert(root);
    expect(root.querySelectorAll('a').length).toBe(0);
    expect(root.querySelector('[data-winnow-article] p')?.textContent).toBe(text);
  });

  it('drops unsafe image sources', () => {
    const { root } = render([
      {
        text: 'with images',
        images: [
          { src: 'javascript:alert(1)', alt: 'a' },
          { src: 'data:text/html;base64,PHNjcmlwdD4=', alt: 'b' },
          { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'ok' },
          { src: 'https://x.example/i.png', alt: '<script>x</script>' },
        ],
      },
    ]);
    expectInert(root);
    const imgs = [...root.querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['data:image/png;base64,iVBORw0KGgo=', 'https://x.example/i.png']);
    expect(imgs[1].alt).toBe('<script>x</script>');
    for (const i of imgs) expect(i.referrerPolicy).toBe('no-referrer');
  });

  it('renders removed entries as text too', () => {
    const { model } = render([
      { text: 'ok' },
      { text: '<img src=x onerror=alert(1)>', verdict: 'boilerplate', reasons: [reason('<b>code', '<script>m</script>')] },
    ]);
    const list = renderRemoved(document, model.removed, { onShow: () => {} });
    expectInert(list);
    expect(list.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('renderBody alone', () => {
  it('is empty for an analysis with no content', () => {
    const { analysis, blocks } = makeAnalysis([{ text: 'x', verdict: 'boilerplate' }]);
    const body = renderBody(document, buildArticle(analysis, blocks, null));
    expect(body.hasAttribute('data-winnow-article')).toBe(true);
    expect(body.childElementCount).toBe(0);
  });
});
