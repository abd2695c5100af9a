// Builds a minimal Article for the tests of this folder.
import type { Article } from '../../article.js';

export function testArticle(text: string, lang = 'fr', id = 'a1'): Article {
  return {
    id, file: `${id}.txt`, url: null, outlet: null, author: null, title: '', published: null,
    publishedSource: null, lang, text, removed: [], dates: [], mentions: [], quotes: [], notes: [],
  };
}
