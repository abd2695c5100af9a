// Stop words by language. An article in a language with no list of its own uses the union of
// the lists we have: cheap insurance, since a French "de" is never a content word elsewhere.
import { STOP_WORDS_EN } from './en/stopWords.js';
import { STOP_WORDS_FR } from './fr/stopWords.js';

const BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  en: new Set(STOP_WORDS_EN),
  fr: new Set(STOP_WORDS_FR),
};

const ALL = new Set([...STOP_WORDS_EN, ...STOP_WORDS_FR]);

export function stopWordsFor(lang: string): ReadonlySet<string> {
  return BY_LANGUAGE[lang] ?? ALL;
}

/** Words never taken for names even when capitalised (sentence starts, months, honorifics). */
export const NOT_NAMES: ReadonlySet<string> = ALL;
