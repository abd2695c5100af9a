// Language of an article's clean text. Stop words first: for the languages most sources use they
// decide even on a headline ("Russian foreign minister arrives in Bamako" is English, where a
// trigram model said Turkish). Trigrams (franc) for the rest of the world's languages, on texts
// long enough for them. The page's declared language breaks ties and covers short texts.
import { franc } from 'franc-min';
import type { Article } from '../article.js';
import {
  ISO639_3_TO_1,
  MIN_LATIN_SHARE,
  MIN_SHORT_TEXT_HITS,
  MIN_STOP_WORD_HITS,
  MIN_STOP_WORD_LEAD,
  MIN_STOP_WORD_SHARE,
  MIN_TRIGRAM_LETTERS,
  SHORT_TEXT_WORDS,
  STOP_WORDS,
} from './stopWords.js';

export const VERSION = 'language-2';

/** Enough text to decide; more only costs time. */
const SAMPLE_CHARS = 3000;

/** Each stop word to the languages listing it (most list it alone). */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const word of words) LANGUAGES_OF_WORD.set(word, [...(LANGUAGES_OF_WORD.get(word) ?? []), lang]);
}

const WORD = /\p{L}+/gu;

export function identifyLanguage(article: Article): Article {
  const sample = `${article.title}\n${article.text.slice(0, SAMPLE_CHARS)}`;
  const lang = detectLanguage(sample, article.lang);
  if (lang === article.lang) return article;
  const notes = [...article.notes];
  if (article.lang && lang !== 'und') {
    notes.push({
      stage: 'language',
      rule: 'declared-language-overruled',
      message: `declared "${article.lang}" but the text reads as "${lang}"`,
    });
  }
  return { ...article, lang, notes };
}

/** ISO 639-1 code (or 639-3 when there is none), else the declared language, else "und". */
export function detectLanguage(text: string, declared = ''): string {
  const words = text.toLowerCase().match(WORD) ?? [];
  let letters = 0;
  let latin = 0;
  for (const word of words) {
    letters += word.length;
    if (isLatin(word.charCodeAt(0))) latin += word.length;
  }
  const byStopWords = latin >= letters * MIN_LATIN_SHARE ? voteByStopWords(words) : null;
  if (byStopWords) return byStopWords;
  if (letters >= MIN_TRIGRAM_LETTERS) {
    const code = franc(text);
    if (code !== 'und') return ISO639_3_TO_1[code] ?? code;
  }
  return normaliseDeclared(declared) || 'und';
}

/** Basic Latin to Latin Extended-B, IPA, and Latin Extended Additional (Vietnamese). */
function isLatin(code: number): boolean {
  return code < 0x2b0 || (code >= 0x1e00 && code <= 0x1eff);
}

function voteByStopWords(words: string[]): string | null {
  const hits = new Map<string, number>();
  // Hits on the words a language shares with no other list, for telling close languages apart.
  const ownHits = new Map<string, number>();
  for (const word of words) {
    const langs = LANGUAGES_OF_WORD.get(word);
    if (!langs) continue;
    for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    if (langs.length === 1) ownHits.set(langs[0]!, (ownHits.get(langs[0]!) ?? 0) + 1);
  }
  const [best, second] = ranked(hits);
  if (!best || best[1] < MIN_STOP_WORD_SHARE * words.length) return null;
  if (words.length < SHORT_TEXT_WORDS) {
    const [ownBest, ownSecond] = ranked(ownHits);
    if (ownBest && !ownSecond && ownBest[1] >= MIN_SHORT_TEXT_HITS && ownBest[0] === best[0]) return best[0];
  }
  if (best[1] < MIN_STOP_WORD_HITS) return null;
  if (!second || best[1] >= second[1] * MIN_STOP_WORD_LEAD) return best[0];
  // Close languages tie on their shared words ("og", "som", "det"): the words only one of the
  // two lists holds decide, by the same rules.
  const own = (lang: string) => ownHits.get(lang) ?? 0;
  const [first, other] = own(best[0]) >= own(second[0]) ? [best[0], second[0]] : [second[0], best[0]];
  return own(first) >= MIN_STOP_WORD_HITS && own(first) >= own(other) * MIN_STOP_WORD_LEAD * 2 ? first : null;
}

/**
 * The language whose stop words a text holds most, even one, or null (none, or a tie): what a
 * text the vote cannot decide on (a brief with a single "the") still says about itself. The
 * duplicate index uses it to leave an undetermined brief and a report that are likely in one
 * language to the shingle index, instead of checking them as a translation.
 */
export function leaningLanguage(text: string): string | null {
  const hits = new Map<string, number>();
  for (const word of text.slice(0, SAMPLE_CHARS).toLowerCase().match(WORD) ?? []) {
    for (const lang of LANGUAGES_OF_WORD.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const [best, second] = ranked(hits);
  return best && (!second || best[1] > second[1]) ? best[0] : null;
}

function ranked(counts: Map<string, number>): Array<[string, number]> {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** "fr-FR", "FR", "fr_CA" -> "fr". */
function normaliseDeclared(declared: string): string {
  return declared.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
