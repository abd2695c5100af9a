// Builds an Article around a test sentence (tests only).
import type { Article } from '../../article.js';

export function testArticle(text: string, lang: string, published: string | null): Article {
  return {
    id: 'test', file: 'test', url: null, outlet: null, author: null, title: '', published,
    publishedSource: published ? 'metadata' : null, lang, text, removed: [], dates: [], mentions: [], quotes: [], notes: [],
  };
}
