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
  const lower = text.toLowerCase();
  const n = wordSpans(lower);
  const found = new Array<string>(n);
  for (let w = 0; w < n; w++) found[w] = lower.slice(spans[2 * w], spans[2 * w + 1]);
  return found;
}

/** Start and end of each word wordSpans found, reused from one text to the next. */
let spans = new Int32Array(512);

/**
 * Where the words of a lowercased text lie, written into `spans` (start, end, start, end…);
 * returns how many. Counting stop words needs the words' places, not a string for each: a word
 * longer than any stop word is counted without being cut out.
 */
function wordSpans(lower: string): number {
  const table = wordUnitTable();
  let n = 0;
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
      putSpan(n++, start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) putSpan(n++, start, lower.length);
  return n;
}

function putSpan(w: number, start: number, end: number): void {
  if (2 * w + 2 > spans.length) {
    const more = new Int32Array(spans.length * 2);
    more.set(spans);
    spans = more;
  }
  spans[2 * w] = start;
  spans[2 * w + 1] = end;
}

/** Length of the longest word of each stop list met, measured once. */
const LONGEST_WORD = new WeakMap<ReadonlySet<string>, number>();

function longestWord(list: ReadonlySet<string>): number {
  let longest = LONGEST_WORD.get(list);
  if (longest === undefined) {
    longest = 0;
    for (const word of list) longest = Math.max(longest, word.length);
    LONGEST_WORD.set(list, longest);
  }
  return longest;
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

const LONGEST_STOPWORD = Math.max(...STOPLIST_ORDER.map(longestWord));

/** The stop list that covers the most words of the page (the first on a tie), or null when none fits. */
export function chooseStoplist(texts: readonly string[]): ReadonlySet<string> | null {
  const hits = new Array<number>(STOPLIST_ORDER.length).fill(0);
  let total = 0;
  for (const text of texts) {
    const lower = text.toLowerCase();
    const n = wordSpans(lower);
    total += n;
    for (let w = 0; w < n; w++) {
      const start = spans[2 * w];
      const end = spans[2 * w + 1];
      if (end - start > LONGEST_STOPWORD) continue;
      const lists = LISTS_OF_STOPWORD.get(lower.slice(start, end));
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

/** Share of a text's words that are stop words: stopDensity(words(text), stoplist), without the words' strings. */
export function textStopDensity(text: string, stoplist: ReadonlySet<string>): number {
  const lower = text.toLowerCase();
  const n = wordSpans(lower);
  if (n === 0) return 0;
  const longest = longestWord(stoplist);
  let hits = 0;
  for (let w = 0; w < n; w++) {
    const start = spans[2 * w];
    const end = spans[2 * w + 1];
    if (end - start <= longest && stoplist.has(lower.slice(start, end))) hits++;
  }
  return hits / n;
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
