/**
 * "Removed: N repeated · M chrome" as a disclosure (details/summary, so it is
 * keyboard- and screen-reader-friendly without script), grouped by reason.
 * Each entry can ask the page to show that block; what "show" does is the
 * caller's business (`onShow`), so this stays a pure renderer.
 */
import { t } from '../shared/i18n';
import { removedHeadline, type RemovedSummary } from './removed';

type Doc = Pick<Document, 'createElement' | 'createTextNode'>;

const PREVIEW_CHARS = 140;

function preview(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1).trimEnd()}…` : text;
}

export interface RemovedListOptions {
  /** Called with the block id when the reader asks to see a removed block on the page. Omit to hide the buttons. */
  onShow?: (id: number, button: HTMLButtonElement) => void;
}

export function renderRemoved(doc: Doc, summary: RemovedSummary, options: RemovedListOptions = {}): HTMLElement {
  const details = doc.createElement('details');
  details.className = 'removed';
  const summaryEl = doc.createElement('summary');
  summaryEl.textContent = removedHeadline(summary);
  details.append(summaryEl);

  if (summary.groups.length === 0) {
    const p = doc.createElement('p');
    p.className = 'removed-empty';
    p.textContent = t('removedNothing');
    details.append(p);
    return details;
  }

  summary.groups.forEach((group, gi) => {
    const section = doc.createElement('section');
    section.className = 'removed-group';
    const h = doc.createElement('h2');
    h.id = `removed-group-${gi}`;
    h.textContent = t('removedGroup', group.label, group.entries.length);
    section.setAttribute('aria-labelledby', h.id);
    const ul = doc.createElement('ul');
    for (const entry of group.entries) {
      const li = doc.createElement('li');
      li.className = `removed-entry removed-${entry.verdict}`;
      li.dataset.blockId = String(entry.id);
      const text = doc.createElement('span');
      text.className = 'removed-text';
      text.textContent = preview(entry.text) || t('removedNoText');
      li.append(text);
      if (entry.why) {
        const why = doc.createElement('span');
        why.className = 'removed-why';
        why.textContent = entry.why;
        li.append(why);
      }
      if (options.onShow) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'show-on-page';
        button.textContent = t('showOnPage');
        // The visible label is the same on every row; the accessible name says which block.
        button.setAttribute('aria-label', t('showOnPageNamed', preview(entry.text).slice(0, 60)));
        button.addEventListener('click', () => options.onShow?.(entry.id, button));
        li.append(button);
      }
      ul.append(li);
    }
    section.append(h, ul);
    details.append(section);
  });
  return details;
}
