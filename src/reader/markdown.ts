/**
 * The article as Markdown (CommonMark), for "Copy Markdown". Page text is
 * escaped so that a paragraph starting with "1." or containing "*" stays text,
 * and URLs are written in <…> form with the characters that would end them
 * percent-encoded.
 */
import type { TextRun } from './inline';
import { metaItems } from './meta';
import type { ArticleModel } from './model';

/** Escape inline Markdown syntax inside text. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/!(?=\\\[)/g, '\\!');
}

/** Escape what would turn the start of a line into a block construct. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s|$)/, '$1\\$2$3');
}

function urlTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

export function runsToMarkdown(runs: readonly TextRun[]): string {
  const md = runs
    .map((r) => {
      const text = escapeInline(r.text);
      return r.href ? `[${text}](${urlTarget(r.href)})` : text;
    })
    .join('');
  return escapeLineStart(md);
}

function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}\n${text}\n${f}`;
}

export function toMarkdown(model: ArticleModel, locale?: string): string {
  const out: string[] = [];
  if (model.title) out.push(`# ${escapeInline(model.title)}`);
  const meta = metaItems(model, locale).map((m) => escapeInline(m.text));
  if (meta.length) out.push(`*${meta.join(' · ')}*`);
  for (const node of model.body) {
    switch (node.type) {
      case 'heading':
        out.push(`${'#'.repeat(node.level)} ${runsToMarkdown(node.runs)}`);
        break;
      case 'paragraph':
        out.push(runsToMarkdown(node.runs));
        break;
      case 'list':
        out.push(node.items.map((i) => `- ${runsToMarkdown(i)}`).join('\n'));
        break;
      case 'quote':
        out.push(node.paragraphs.map((p) => `> ${runsToMarkdown(p)}`).join('\n>\n'));
        break;
      case 'figure': {
        // data: images would paste megabytes of base64 into a note; keep only linked images.
        const imgs = node.images
          .filter((i) => /^https?:/.test(i.src))
          .map((i) => `![${escapeInline(i.alt)}](${urlTarget(i.src)})`);
        const caption = node.caption ? `*${runsToMarkdown(node.caption)}*` : '';
        const fig = [...imgs, caption].filter(Boolean).join('\n');
        if (fig) out.push(fig);
        break;
      }
      case 'pre':
        out.push(fence(node.text));
        break;
    }
  }
  if (model.url) out.push(`[Original article](${urlTarget(model.url)})`);
  return out.join('\n\n') + '\n';
}
