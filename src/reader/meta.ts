/** The line under the title: byline · date · site · source · reading time. */
import { t } from '../shared/i18n';
import type { ArticleModel } from './model';
import { displayHost } from './urls';

export interface MetaItem {
  kind: 'byline' | 'date' | 'site' | 'source' | 'time';
  text: string;
  /** For `date`: the machine-readable value for <time datetime>. */
  datetime?: string;
}

/**
 * The publisher's calendar date, formatted for the reader. We read the date
 * part of the ISO string instead of converting to the reader's time zone: an
 * article "published 12 March" in Nairobi should not show as 11 March in Lima.
 */
export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

export function readingTimeText(minutes: number): string | null {
  return minutes > 0 ? t('minutesRead', minutes) : null;
}

export function metaItems(model: ArticleModel, locale?: string): MetaItem[] {
  const items: MetaItem[] = [];
  if (model.byline) items.push({ kind: 'byline', text: model.byline });
  const date = formatDate(model.publishedTime, locale);
  if (date && model.publishedTime) items.push({ kind: 'date', text: date, datetime: model.publishedTime });
  const site = model.siteName ?? displayHost(model.url);
  if (site) items.push({ kind: 'site', text: site });
  if (model.source) items.push({ kind: 'source', text: t('metaSource', model.source) });
  const time = readingTimeText(model.minutes);
  if (time) items.push({ kind: 'time', text: time });
  return items;
}
