// What an event is about, in words: its content terms without the words of its names, compared
// between two events under the term IDF of the moment (storylineConfig.ts, STORY_THEME_SIMILARITY).
//
// Content terms (contentTerms.ts) hold every word, names included: "Seydou Dembélé" gives the
// terms "seydou" and "dembel", and the event's names hold "seidu" and "dembel" (the sound keys of
// anchorKeys.ts). A term is a name's word when it, or its sound key, is among the names of either
// event: the theme of a match and a coup that both name Dembélé is then "match, but, stade…"
// against "militaires, pouvoir, frontières…", and they share none of it.
//
// Terms compare only within a language: two events told in different languages share no theme
// words, which says nothing of their theme, so the check is not made for them (names decide).

import { soundKey } from '../extract/entities/normalizeName.js';
import type { EventRecord } from './EventRecord.js';
import { cosine, type Idf, type Weights } from './sparseVectors.js';

/** The theme cosine of two events, or null when they are not told in one language. */
export function themeSimilarity(a: EventRecord, b: EventRecord, termIdf: Idf): number | null {
  const language = mainLanguage(a);
  if (language === null || language !== mainLanguage(b)) return null;
  const isName = (term: string) => {
    const sound = soundKey(term);
    return a.names.has(term) || b.names.has(term) || a.names.has(sound) || b.names.has(sound);
  };
  return cosine(withoutNames(a.terms, isName), withoutNames(b.terms, isName), termIdf);
}

function withoutNames(terms: Weights, isName: (term: string) => boolean): Weights {
  const kept: Weights = new Map();
  for (const [term, weight] of terms) if (!isName(term)) kept.set(term, weight);
  return kept;
}

/** The language most of the event's sources are in; ties by code, so it never depends on history. */
function mainLanguage(event: EventRecord): string | null {
  let best: [string, number] | null = null;
  for (const [lang, count] of event.langs) {
    if (!best || count > best[1] || (count === best[1] && lang < best[0])) best = [lang, count];
  }
  return best?.[0] ?? null;
}
