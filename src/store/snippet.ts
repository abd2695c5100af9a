// A snippet around the densest run of matching words, with their spans, built from the text
// rather than by the search engine: FTS5's snippet() re-runs the query per row, which costs
// more than the search itself for broad queries, and a PostgreSQL store can use this too.
import type { Snippet } from './Store.js';
import { matchesTerm, WORD, type QueryTerm } from './queryTerms.js';

export const SNIPPET_WORDS = 24;

export function makeSnippet(text: string, terms: QueryTerm[], size = SNIPPET_WORDS): Snippet {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: matchesTerm(m[0], terms) }));
  if (words.length === 0) return { text: '', marks: [] };
  const first = densestWindow(words.map((w) => w.hit), size);
  const window = words.slice(first, first + size);
  const cutBefore = first > 0;
  const cutAfter = first + size < words.length;
  const from = cutBefore ? window[0]!.start : 0;
  const to = cutAfter ? window.at(-1)!.end : text.length;
  const before = cutBefore ? '…' : '';
  const after = cutAfter ? '…' : '';
  const slice = text.slice(from, to);
  const shift = before.length - from - (slice.length - slice.trimStart().length);
  return {
    text: before + slice.trim() + after,
    marks: window.filter((w) => w.hit).map((w) => ({ start: w.start + shift, end: w.end + shift })),
  };
}

/** Words of context kept before the first match. */
const LEAD_WORDS = 4;

/** Start of the `size`-word window holding the most hits, moved to just before its first hit. */
function densestWindow(hits: boolean[], size: number): number {
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let end = 0; end < hits.length; end++) {
    if (hits[end]) count++;
    if (end >= size && hits[end - size]) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, end - size + 1);
    }
  }
  const firstHit = hits.indexOf(true, best);
  const start = firstHit < 0 ? 0 : Math.max(0, firstHit - LEAD_WORDS);
  return Math.max(0, Math.min(start, hits.length - size));
}
