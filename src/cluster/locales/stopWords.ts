// Stop words by language. An article in a language with no list of its own uses the union of
// the lists we have: cheap insurance, since a French "de" is never a content word elsewhere.
import { STOP_WORDS_EN } from './en/stopWords.js';
import { STOP_WORDS_FR } from './fr/stopWords.js';
import { ROLE_WORDS_EN } from './en/roleWords.js';
import { ROLE_WORDS_FR } from './fr/roleWords.js';

const BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  en: new Set(STOP_WORDS_EN),
  fr: new Set(STOP_WORDS_FR),
};

const ALL = new Set([...STOP_WORDS_EN, ...STOP_WORDS_FR]);

export function stopWordsFor(lang: string): ReadonlySet<string> {
  return BY_LANGUAGE[lang] ?? ALL;
}

/** Words never taken for names even when capitalised: stop words, months, titles and roles. */
export const NOT_NAMES: ReadonlySet<string> = new Set([...ALL, ...ROLE_WORDS_EN, ...ROLE_WORDS_FR]);
