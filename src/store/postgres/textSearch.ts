// Full text in PostgreSQL with the same meaning as in SQLite (queryTerms.ts): words folded to
// lower case without accents before they reach the 'simple' configuration, which then neither
// stems nor drops stop words; the query's light stems become prefix matches.
import { foldText, queryTerms, WORD } from '../queryTerms.js';

/** The text as the words to_tsvector('simple', …) should index. */
export function searchWords(text: string): string {
  return (foldText(text).match(WORD) ?? []).join(' ');
}

/** A to_tsquery('simple', …) expression where every word must match, or null when there is none. */
export function tsQuery(text: string): string | null {
  const terms = queryTerms(text).map(({ term, prefix }) => (prefix ? `${term}:*` : term));
  return terms.length > 0 ? terms.join(' & ') : null;
}
