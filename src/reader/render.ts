/**
 * The reading view's article, built with DOM APIs only: every page string goes
 * in through `textContent` / text nodes, every URL through `urls.ts`. No HTML
 * string from the page is ever parsed, so a page cannot put markup, scripts or
 * event handlers into the extension page.
 */
import { t } from '../shared/i18n';
import type { TextRun } from './inline';
import { metaItems } from './meta';
import type { ArticleModel, ArticleNode } from './model';

type Doc = Pick<Document, 'createElement' | 'createTextNode' | 'createDocumentFragment'>;

function el<K extends keyof HTMLElementTagNameMap>(doc: Doc, tag: K, className?: string, text?: string) {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function appendRuns(doc: Doc, parent: Element, runs: readonly TextRun[]): void {
  for (const run of runs) {
    if (run.href) {
      const a = el(doc, 'a', undefined, run.text);
      a.href = run.href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      parent.append(a);
    } else {
      parent.append(doc.createTextNode(run.text));
    }
  }
}

function renderNode(doc: Doc, node: ArticleNode): HTMLElement {
  switch (node.type) {
    case 'heading': {
      const h = el(doc, `h${node.level}` as 'h2');
      appendRuns(doc, h, node.runs);
      return h;
    }
    case 'paragraph': {
      const p = el(doc, 'p');
      appendRuns(doc, p, node.runs);
      return p;
    }
    case 'list': {
      const ul = el(doc, 'ul');
      for (const item of node.items) {
        const li = el(doc, 'li');
        appendRuns(doc, li, item);
        ul.append(li);
      }
      return ul;
    }
    case 'quote': {
      const bq = el(doc, 'blockquote');
      for (const para of node.paragraphs) {
        const p = el(doc, 'p');
        appendRuns(doc, p, para);
        bq.append(p);
      }
      return bq;
    }
    case 'figure': {
      const fig = el(doc, 'figure');
      for (const image of node.images) {
        const img = el(doc, 'img');
        img.src = image.src;
        img.alt = image.alt;
        img.loading = 'lazy';
        img.decoding = 'async';
        // The page's own server already saw the reader; don't tell it where the image is shown now.
        img.referrerPolicy = 'no-referrer';
        fig.append(img);
      }
      if (node.caption) {
        const cap = el(doc, 'figcaption');
        appendRuns(doc, cap, node.caption);
        fig.append(cap);
      }
      return fig;
    }
    case 'pre':
      return el(doc, 'pre', undefined, node.text);
  }
}

/** The article body alone (content blocks only), in the element marked `data-winnow-article`. */
export function renderBody(doc: Doc, model: ArticleModel): HTMLElement {
  const body = el(doc, 'div', 'article-body');
  body.setAttribute('data-winnow-article', '');
  for (const node of model.body) body.append(renderNode(doc, node));
  return body;
}

/** Title and the meta line. A page without a headline gets its site name, never an invented title. */
export function renderHeader(doc: Doc, model: ArticleModel, locale?: string): HTMLElement {
  const header = el(doc, 'header', 'article-header');
  const h1 = el(doc, 'h1', 'article-title', model.title ?? model.siteName ?? t('articleFallbackTitle'));
  h1.id = 'article-title';
  if (!model.title) h1.classList.add('untitled');
  header.append(h1);
  const items = metaItems(model, locale);
  if (items.length) {
    const p = el(doc, 'p', 'article-meta');
    items.forEach((item, i) => {
      if (i > 0) {
        const sep = el(doc, 'span', 'sep', ' · ');
        sep.setAttribute('aria-hidden', 'true');
        p.append(sep);
      }
      const part =
        item.kind === 'date' ? el(doc, 'time', `meta-${item.kind}`, item.text) : el(doc, 'span', `meta-${item.kind}`, item.text);
      if (item.kind === 'date' && item.datetime) part.setAttribute('datetime', item.datetime);
      p.append(part);
    });
    header.append(p);
  }
  return header;
}

/** The whole article: header plus body, in the page's language and direction. */
export function renderArticle(doc: Doc, model: ArticleModel, locale?: string): HTMLElement {
  const article = el(doc, 'article', 'article');
  article.setAttribute('aria-labelledby', 'article-title');
  if (model.lang) article.lang = model.lang;
  article.dir = model.dir;
  article.append(renderHeader(doc, model, locale), renderBody(doc, model));
  return article;
}
