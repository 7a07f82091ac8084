/**
 * Analysis → the reading view's model: what to show, already grouped the way a
 * reader sees it (consecutive list items become one list, a caption joins the
 * image before it). The DOM renderer, the Markdown and the plain-text writers
 * all read this one model, so the three never disagree about the article.
 */
import type { Analysis, Block, BlockResult, ImageRef } from '../engine/types';
import { linkRuns, type TextRun } from './inline';
import { readingMinutes, countWords } from './reading-time';
import { summarizeRemoved, type RemovedSummary } from './removed';
import { safeImageSrc } from './urls';

export interface SafeImage {
  src: string;
  alt: string;
}

export type ArticleNode =
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; runs: TextRun[] }
  | { type: 'paragraph'; runs: TextRun[] }
  | { type: 'list'; items: TextRun[][] }
  | { type: 'quote'; paragraphs: TextRun[][] }
  | { type: 'figure'; images: SafeImage[]; caption: TextRun[] | null }
  | { type: 'pre'; text: string };

export interface ArticleModel {
  title: string | null;
  byline: string | null;
  /** ISO 8601 as the engine gave it. */
  publishedTime: string | null;
  siteName: string | null;
  /** Syndication credit ("RT.com"), or null. */
  source: string | null;
  /** A well-formed BCP 47 tag, or null. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  url: string | null;
  body: ArticleNode[];
  /** The ids of the content blocks shown, in order. */
  contentIds: number[];
  words: number;
  minutes: number;
  removed: RemovedSummary;
}

const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export function cleanLang(lang: unknown): string | null {
  return typeof lang === 'string' && LANG_TAG.test(lang.trim()) ? lang.trim() : null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function buildArticle(analysis: Analysis, blocks: readonly Block[] = [], url: string | null = null): ArticleModel {
  const byId = new Map<number, Block>();
  for (const b of blocks) if (b && typeof b.id === 'number') byId.set(b.id, b);

  const title = nonEmpty(analysis.title);
  // An image-only block (a figure without caption) has no text but still belongs to the article.
  // Captions are meta (not the article's text) but belong under their pictures here.
  const content = analysis.blocks.filter(
    (r) => (r.verdict === 'content' || isPictureCaption(r)) && (nonEmpty(r.text) !== null || (byId.get(r.id)?.images.length ?? 0) > 0),
  );
  const body: ArticleNode[] = [];
  const contentIds: number[] = [];
  let skippedTitle = false;

  for (const result of content) {
    const block = byId.get(result.id);
    // The headline is shown above the body; a heading that repeats it would read twice.
    if (!skippedTitle && title && result.kind === 'heading' && squash(result.text) === squash(title)) {
      skippedTitle = true;
      contentIds.push(result.id);
      continue;
    }
    contentIds.push(result.id);
    appendBlock(body, result, block, url);
  }

  const text = body.map(nodeText).join(' ');
  const words = countWords(text);
  return {
    title,
    byline: nonEmpty(analysis.byline),
    publishedTime: nonEmpty(analysis.publishedTime),
    siteName: nonEmpty(analysis.siteName),
    source: nonEmpty(analysis.source),
    lang: cleanLang(analysis.lang),
    dir: analysis.dir === 'rtl' ? 'rtl' : 'ltr',
    url,
    body,
    contentIds,
    words,
    minutes: readingMinutes(text, analysis.lang),
    removed: summarizeRemoved(analysis.blocks),
  };
}

/** A block the engine set aside as a picture's caption (verdict meta, reason image-caption). */
function isPictureCaption(r: BlockResult): boolean {
  return r.verdict === 'meta' && Array.isArray(r.reasons) && r.reasons.some((x) => x?.code === 'image-caption');
}

function appendBlock(body: ArticleNode[], result: BlockResult, block: Block | undefined, base: string | null): void {
  const text = result.text.replace(/\s+/g, ' ').trim();
  const runs = linkRuns(text, block?.links ?? [], base);
  const images = safeImages(block?.images ?? [], base);
  const last = body[body.length - 1];

  if (result.kind === 'caption' || isPictureCaption(result)) {
    if (!text) {
      if (images.length) body.push({ type: 'figure', images, caption: null });
      return;
    }
    if (images.length) body.push({ type: 'figure', images, caption: runs });
    else if (last?.type === 'figure' && last.caption === null) last.caption = runs;
    else body.push({ type: 'figure', images: [], caption: runs });
    return;
  }
  // An image carried by a text block is shown as its own figure, just before the text.
  if (images.length) body.push({ type: 'figure', images, caption: null });
  if (!text) return;

  switch (result.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, block?.features.headingLevel || 2)) as 2 | 3 | 4 | 5 | 6;
      body.push({ type: 'heading', level, runs });
      return;
    }
    case 'list-item':
      if (last?.type === 'list' && !images.length) last.items.push(runs);
      else body.push({ type: 'list', items: [runs] });
      return;
    case 'quote':
      if (last?.type === 'quote' && !images.length) last.paragraphs.push(runs);
      else body.push({ type: 'quote', paragraphs: [runs] });
      return;
    case 'preformatted':
      body.push({ type: 'pre', text: result.text });
      return;
    default:
      body.push({ type: 'paragraph', runs });
  }
}

function safeImages(images: readonly ImageRef[], base: string | null): SafeImage[] {
  const out: SafeImage[] = [];
  for (const img of images) {
    const src = safeImageSrc(img?.src, base);
    if (!src || out.some((o) => o.src === src)) continue;
    out.push({ src, alt: typeof img.alt === 'string' ? img.alt.replace(/\s+/g, ' ').trim() : '' });
  }
  return out;
}

export const runsText = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

export function nodeText(node: ArticleNode): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return runsText(node.runs);
    case 'list':
      return node.items.map(runsText).join(' ');
    case 'quote':
      return node.paragraphs.map(runsText).join(' ');
    case 'figure':
      return node.caption ? runsText(node.caption) : '';
    case 'pre':
      return node.text;
  }
}

function nonEmpty(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
