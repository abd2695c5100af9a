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

const WORD_CHAR = /[\p{L}\p{N}]/u;
let wordUnits: Uint8Array | null = null;

/**
 * 1 for each UTF-16 unit of the Basic Multilingual Plane that is a letter or a digit (\p{L},
 * \p{N}), built on first use (a few milliseconds): a table lookup a character instead of the
 * Unicode-property regex halves the time words() takes.
 */
function wordUnitTable(): Uint8Array {
  if (wordUnits) return wordUnits;
  const table = new Uint8Array(0x10000);
  const units: string[] = [];
  for (let c = 0; c < 0x10000; c++) units.push(c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c));
  for (const match of units.join('').matchAll(/[\p{L}\p{N}]/gu)) table[match.index] = 1;
  wordUnits = table;
  return table;
}

/** The lowercased runs of letters and digits: what `text.toLowerCase().match(/[\p{L}\p{N}]+/gu)` gives. */
export function words(text: string): string[] {
  const table = wordUnitTable();
  const lower = text.toLowerCase();
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (c < 0xd800 || c > 0xdfff) inWord = table[c] === 1;
    else if (c <= 0xdbff && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character beyond the BMP (a surrogate pair): rare, asked of the regex itself.
      width = 2;
      inWord = WORD_CHAR.test(lower.slice(i, i + 2));
    } else inWord = false;
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      found.push(lower.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) found.push(lower.slice(start));
  return found;
}

/**
 * Each stop word with the lists it belongs to, one bit a list in STOPLISTS' order: choosing a
 * page's list is then one lookup a word, not a count of every distinct word of the page.
 */
const STOPLIST_ORDER: readonly ReadonlySet<string>[] = Object.values(STOPLISTS);
const LISTS_OF_STOPWORD: ReadonlyMap<string, number> = (() => {
  const lists = new Map<string, number>();
  STOPLIST_ORDER.forEach((list, i) => {
    for (const word of list) lists.set(word, (lists.get(word) ?? 0) | (1 << i));
  });
  return lists;
})();

/** The stop list that covers the most words of the page (the first on a tie), or null when none fits. */
export function chooseStoplist(texts: readonly string[]): ReadonlySet<string> | null {
  const hits = new Array<number>(STOPLIST_ORDER.length).fill(0);
  let total = 0;
  for (const text of texts) {
    for (const word of words(text)) {
      total++;
      const lists = LISTS_OF_STOPWORD.get(word);
      if (lists === undefined) continue;
      for (let i = 0; i < hits.length; i++) if (lists & (1 << i)) hits[i]++;
    }
  }
  let best: ReadonlySet<string> | null = null;
  let bestHits = 0;
  STOPLIST_ORDER.forEach((list, i) => {
    if (hits[i] > bestHits) {
      bestHits = hits[i];
      best = list;
    }
  });
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
