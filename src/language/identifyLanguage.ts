// Language of an article's clean text. Stop words first: for the languages most sources use they
// decide even on a headline ("Russian foreign minister arrives in Bamako" is English, where a
// trigram model said Turkish). Trigrams (franc) for the rest of the world's languages, on texts
// long enough for them. The page's declared language breaks ties and covers short texts.
import { franc } from 'franc-min';
import type { Article } from '../article.js';
import {
  ISO639_3_TO_1,
  MIN_STOP_WORD_HITS,
  MIN_STOP_WORD_LEAD,
  MIN_TRIGRAM_LETTERS,
  STOP_WORDS,
} from './stopWords.js';

export const VERSION = 'language-1';

/** Enough text to decide; more only costs time. */
const SAMPLE_CHARS = 3000;

const STOP_WORD_SETS = Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

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
  const byStopWords = voteByStopWords(text);
  if (byStopWords) return byStopWords;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters >= MIN_TRIGRAM_LETTERS) {
    const code = franc(text);
    if (code !== 'und') return ISO639_3_TO_1[code] ?? code;
  }
  return normaliseDeclared(declared) || 'und';
}

function voteByStopWords(text: string): string | null {
  const counts = new Map<string, number>();
  for (const token of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, words] of STOP_WORD_SETS) {
      if (words.has(token)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_STOP_WORD_HITS) return null;
  if (second && best[1] < second[1] * MIN_STOP_WORD_LEAD) return null;
  return best[0];
}

/** "fr-FR", "FR", "fr_CA" -> "fr". */
function normaliseDeclared(declared: string): string {
  return declared.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
