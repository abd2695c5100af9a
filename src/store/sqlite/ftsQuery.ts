// Search words -> FTS5 MATCH expression. The index folds case and accents (unicode61
// remove_diacritics 2); the terms (queryTerms.ts) add light stemming as prefix queries. Every
// word must match (implicit AND), in any order; FTS5 syntax typed by a user is never passed on.
import { queryTerms } from '../queryTerms.js';

/** The MATCH expression for `text`, or null when it holds no word to look for. */
export function ftsQuery(text: string): string | null {
  const terms = queryTerms(text).map(({ term, prefix }) => (prefix ? `"${term}"*` : `"${term}"`));
  return terms.length > 0 ? terms.join(' ') : null;
}
