/** The article as plain text, for "Copy text": title, meta line, body, link back. */
import { metaItems } from './meta';
import { runsText, type ArticleModel } from './model';

export function toPlainText(model: ArticleModel, locale?: string): string {
  const parts: string[] = [];
  if (model.title) parts.push(model.title);
  const meta = metaItems(model, locale).map((m) => m.text);
  if (meta.length) parts.push(meta.join(' · '));
  for (const node of model.body) {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        parts.push(runsText(node.runs));
        break;
      case 'list':
        parts.push(node.items.map((i) => `- ${runsText(i)}`).join('\n'));
        break;
      case 'quote':
        parts.push(node.paragraphs.map(runsText).join('\n\n'));
        break;
      case 'figure':
        if (node.caption) parts.push(runsText(node.caption));
        break;
      case 'pre':
        parts.push(node.text);
        break;
    }
  }
  if (model.url) parts.push(model.url);
  return parts.filter((p) => p.trim()).join('\n\n') + '\n';
}
