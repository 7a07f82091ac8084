/** Fills <main> with the article (or a plain "nothing to read" notice). */
import { buildArticle, type ArticleModel } from '../reader/model';
import { renderArticle } from '../reader/render';
import { renderRemoved } from '../reader/removed-list';
import { renderSyndicationNote } from '../memory/note';
import { NOTHING_TEXT, type FetchResult } from './fetch-analysis';

export interface ViewOptions {
  locale?: string;
  onShow?: (blockId: number, button: HTMLButtonElement) => void;
}

export function showResult(main: HTMLElement, result: FetchResult, options: ViewOptions = {}): ArticleModel | null {
  const doc = main.ownerDocument;
  main.replaceChildren();
  main.removeAttribute('aria-busy');
  if (!result.ok) {
    showNotice(main, result.reason === 'error' && result.detail ? { ...NOTHING_TEXT.error, detail: result.detail } : NOTHING_TEXT[result.reason]);
    return null;
  }
  const model = buildArticle(result.analysis, result.blocks, result.url);
  const article = renderArticle(doc, model, options.locale);
  // "This story also appeared on …": under the title, from the cross-page memory.
  const note = result.memory ? renderSyndicationNote(doc, result.memory.seenElsewhere) : null;
  if (note) article.querySelector('header')?.append(note);
  main.append(article);
  // "Show on page" needs the content script that made the analysis (its block ids are its elements).
  main.append(renderRemoved(doc, model.removed, { onShow: result.via === 'content-script' ? options.onShow : undefined }));
  return model;
}

export function showNotice(main: HTMLElement, text: { title: string; body: string; detail?: string }): void {
  const doc = main.ownerDocument;
  const box = doc.createElement('section');
  box.className = 'notice';
  box.setAttribute('aria-labelledby', 'notice-title');
  const h = doc.createElement('h1');
  h.id = 'notice-title';
  h.textContent = text.title;
  const p = doc.createElement('p');
  p.textContent = text.body;
  box.append(h, p);
  if (text.detail) {
    const d = doc.createElement('p');
    d.className = 'notice-detail';
    d.textContent = text.detail;
    box.append(d);
  }
  main.replaceChildren(box);
  main.removeAttribute('aria-busy');
}
