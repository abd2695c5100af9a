// Content terms of a text: words minus stop words, stemmed in the article's language, then
// accent-folded, so "gouvernementales" and "gouvernemental" meet, and "État" meets "etat".
// Stemming runs before folding because the Snowball rules for French read the accents.

import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemIt } from '@orama/stemmers/italian';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';
import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { foldCase } from '../dedup/foldText.js';
import { stopWordsFor } from './locales/stopWords.js';

const STEMMERS: Record<string, (word: string) => string> = {
  en: stemEn,
  fr: stemFr,
  de: stemDe,
  es: stemEs,
  it: stemIt,
  pt: stemPt,
  nl: stemNl,
  ru: stemRu,
};

/** Shorter words are mostly leftovers of elisions and abbreviations ("qu", "st"). */
const MIN_TERM_LENGTH = 3;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/u;
const HAS_LETTER = /\p{L}/u;

/** Term -> count. Lower-cased words are stemmed once each (the cache makes repeated words free). */
export function contentTerms(text: string, lang: string, counts = new Map<string, number>(), weight = 1): Map<string, number> {
  if (typeof text !== 'string' || text === '') return counts;
  const stopWords = stopWordsFor(lang);
  const stem = STEMMERS[lang];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    for (const part of match[0].replace(ELISION, '').split(/['’-]/u)) {
      const term = termOf(part, stopWords, stem);
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  }
  return counts;
}

function termOf(word: string, stopWords: ReadonlySet<string>, stem: ((word: string) => string) | undefined): string | null {
  if (word.length < MIN_TERM_LENGTH || !HAS_LETTER.test(word)) return null;
  const folded = foldCase(word);
  if (stopWords.has(folded)) return null;
  const stemmed = stem ? foldCase(safeStem(stem, word)) : folded;
  return stemmed.length >= 2 ? stemmed : folded;
}

function safeStem(stem: (word: string) => string, word: string): string {
  try {
    return stem(word) || word;
  } catch {
    return word;
  }
}
