// The clean stage: a raw page (HTML, or text copied from a page) -> an Article with its main
// text, the boilerplate taken out, and the metadata the page declares.
import type { Article, RawArticle } from '../article.js';
import { extractMainText } from './extractMainText.js';
import { parseHtml } from './htmlTree.js';

export const VERSION = 'clean-0.1.0';

export interface CleanContext {
  /** Normalised lines seen in several articles of one outlet, by outlet key. */
  recurring: Map<string, Set<string>>;
}

export function buildCleanContext(_raws: RawArticle[]): CleanContext {
  return { recurring: new Map() };
}

export function cleanArticle(raw: RawArticle, _context?: CleanContext): Article {
  const notes = [...raw.notes];
  let text = '';
  let removed: string[] = [];
  if (raw.html) {
    const doc = parseHtml(raw.html);
    const main = extractMainText(doc, null);
    text = main.paragraphs.join('\n\n');
    removed = main.removed;
    notes.push(...main.notes);
  } else if (raw.text) {
    text = raw.text;
  }
  return {
    id: raw.id, file: raw.file, url: raw.url ?? null, outlet: raw.outlet ?? null, author: raw.author ?? null,
    title: raw.title ?? '', published: raw.published ?? null, publishedSource: raw.published ? 'metadata' : null,
    lang: raw.lang ?? '', text, removed, dates: [], mentions: [], quotes: [], notes,
  };
}
