// What the flattened-text classifier knows of each line, computed in one pass over the page:
// folded words, known furniture, sentence shape, and stop-word counts in every language at once
// (the page's language is chosen after, from the totals).
import { boilerplateKindOf, type BoilerplateKind } from './boilerplateLexicon.js';
import { foldLine, foldWords } from './foldWords.js';
import { STOPLISTS } from './textStats.js';

export interface LineFeatures {
  text: string;
  words: string[];
  /** The folded line, for lines short enough to be template (menus, footers, promos). */
  key: string | null;
  furniture: BoilerplateKind;
  /** Ends like a sentence: "… à Bamako.", "… », a-t-il dit." */
  sentence: boolean;
  /** Ends with a colon: announces a list or a quotation ("The newly selected five are:"). */
  colon: boolean;
}

export interface PageFeatures {
  lines: LineFeatures[];
  /** Stop-word share of each line in the page's language, or null when no list fits the page. */
  density: Float32Array | null;
}

/** Lines up to this many words get a key: template lines are short, prose is not repeated. */
export const KEY_MAX_WORDS = 30;

/**
 * Below this share of stop words over the whole page, no list fits (Japanese, Russian…):
 * stop-word density then says nothing and the classifier falls back on length and punctuation.
 */
const MIN_PAGE_STOP_SHARE = 0.12;

const LANGUAGES = Object.keys(STOPLISTS);
/** Folded stop word -> bit set of the languages that list it ("de" is French and Spanish). */
const STOP_BITS = new Map<string, number>();
LANGUAGES.forEach((lang, bit) => {
  for (const word of STOPLISTS[lang]) {
    const folded = foldLine(word);
    STOP_BITS.set(folded, (STOP_BITS.get(folded) ?? 0) | (1 << bit));
  }
});

/** Longer words are looked up in no stop list: most content words skip the hash lookup. */
const LONGEST_STOP_WORD = Math.max(...[...STOP_BITS.keys()].map((w) => w.length));

/** Final characters of a sentence, as char codes: . ! ? … : ; » " ” ) ] ' ’ 。 ！ ？ */
const SENTENCE_ENDS = new Set([...'.!?…:;»"”)]\'’。！？'].map((c) => c.charCodeAt(0)));

export function pageFeatures(rawLines: readonly string[]): PageFeatures {
  const n = rawLines.length;
  const hits = new Uint16Array(n * LANGUAGES.length);
  const totals = new Array<number>(LANGUAGES.length).fill(0);
  let wordTotal = 0;
  const lines: LineFeatures[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const text = rawLines[i].trim();
    const words = foldWords(text);
    wordTotal += words.length;
    for (const word of words) {
      if (word.length > LONGEST_STOP_WORD) continue;
      // Visit the set bits only: most stop words belong to one or two languages.
      for (let bits = STOP_BITS.get(word) ?? 0; bits !== 0; bits &= bits - 1) {
        const b = 31 - Math.clz32(bits & -bits);
        hits[i * LANGUAGES.length + b]++;
        totals[b]++;
      }
    }
    const last = text.charCodeAt(text.length - 1);
    const key = words.length <= KEY_MAX_WORDS ? words.join(' ') : null;
    lines[i] = {
      text,
      words,
      key,
      furniture: boilerplateKindOf(text, words, key),
      sentence: SENTENCE_ENDS.has(last),
      colon: last === 0x3a,
    };
  }
  let best = 0;
  for (let b = 1; b < LANGUAGES.length; b++) if (totals[b] > totals[best]) best = b;
  if (wordTotal === 0 || totals[best] / wordTotal < MIN_PAGE_STOP_SHARE) return { lines, density: null };
  const density = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const count = lines[i].words.length;
    density[i] = count === 0 ? 0 : hits[i * LANGUAGES.length + best] / count;
  }
  return { lines, density };
}
