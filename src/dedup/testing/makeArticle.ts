// Builds a minimal Article for the tests of the corpus stages.
import type { Article } from '../../article.js';

export function makeArticle(fields: Partial<Article> & { id: string; text: string }): Article {
  return {
    file: `${fields.id}.txt`,
    url: null,
    outlet: null,
    author: null,
    title: fields.text.split('\n')[0] ?? '',
    published: null,
    publishedSource: null,
    lang: 'en',
    removed: [],
    dates: [],
    mentions: [],
    quotes: [],
    notes: [],
    ...fields,
  };
}
