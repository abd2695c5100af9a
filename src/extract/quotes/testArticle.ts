// A minimal Article around a text, for the quote tests.
import type { Article, EntityMention } from '../../article.js';

export function testArticle(text: string, lang = 'fr', mentions: EntityMention[] = []): Article {
  return {
    id: 'test', file: 'test', url: null, outlet: null, author: null, title: '', published: null,
    publishedSource: null, lang, text, removed: [], dates: [], mentions, quotes: [], notes: [],
  };
}
