// Word-level statistics shared by the HTML block scorer and the flattened-text classifier.
import { STOPWORDS_EN } from './locales/en/stopwords.js';
import { STOPWORDS_FR } from './locales/fr/stopwords.js';
import {
  STOPWORDS_DE, STOPWORDS_ES, STOPWORDS_IT, STOPWORDS_NL, STOPWORDS_PT,
} from './locales/more/stopwords.js';

export const STOPLISTS: Record<string, ReadonlySet<string>> = {
  fr: new Set(STOPWORDS_FR),
  en: new Set(STOPWORDS_EN),
  de: new Set(STOPWORDS_DE),
  es: new Set(STOPWORDS_ES),
  it: new Set(STOPWORDS_IT),
  pt: new Set(STOPWORDS_PT),
  nl: new Set(STOPWORDS_NL),
};

/**
 * Below this share of stop words over the whole page, no list fits (Japanese, Russian…):
 * stop-word density then says nothing and the scorers fall back on length and punctuation.
 */
const MIN_PAGE_STOP_SHARE = 0.12;

const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The stop list that covers the most words of the page, or null when none fits. */
export function chooseStoplist(texts: readonly string[]): ReadonlySet<string> | null {
  let best: ReadonlySet<string> | null = null;
  let bestHits = 0;
  let total = 0;
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of words(text)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total++;
    }
  }
  for (const list of Object.values(STOPLISTS)) {
    let hits = 0;
    for (const word of list) hits += counts.get(word) ?? 0;
    if (hits > bestHits) {
      bestHits = hits;
      best = list;
    }
  }
  return total > 0 && bestHits / total >= MIN_PAGE_STOP_SHARE ? best : null;
}

export function stopDensity(tokens: readonly string[], stoplist: ReadonlySet<string>): number {
  if (tokens.length === 0) return 0;
  let hits = 0;
  for (const token of tokens) if (stoplist.has(token)) hits++;
  return hits / tokens.length;
}

/** Ends like a sentence: "… à Bamako." or "… », a-t-il dit." */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;»"”)\]'’。！？]\s*$/.test(text);
}
