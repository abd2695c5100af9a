// Words as the cross-checker compares them: accent-folded, lower case, stemmed per language.
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemEn } from '@orama/stemmers/english';
import type { CrosscheckLocale } from './locales/locale.js';
import { memo } from './memo.js';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, accents removed: "Élysée" -> "elysee". */
  folded: string;
  start: number;
  end: number;
}

/** "Sergueï" -> "serguei"; also maps typographic apostrophes to "'". */
export function fold(text: string): string {
  // Plain ASCII needs no decomposition (most tokens of English and many of French); other words
  // and short phrases recur across an event's sentences: remember them.
  if (isAscii(text)) return text.toLowerCase();
  return text.length <= MEMO_MAX_LENGTH ? foldShort(text) : foldText(text);
}

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) return false;
  return true;
}

const MEMO_MAX_LENGTH = 40;

function foldText(text: string): string {
  // Plain ASCII needs no decomposition: most tokens of English and many of French.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ‘]/g, "'")
    .toLowerCase();
}

const foldShort = memo(foldText);

// Letters (with inner hyphens and apostrophes kept apart: "l'armée" -> "l", "armée") or digits.
const WORD = /\p{L}+(?:-\p{L}+)*|\p{N}+/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], folded: fold(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

const STEMMERS: Record<string, (word: string) => string> = { fr: stemFr, en: stemEn };

/** A stem comparable across articles of one language; other languages keep the folded word. */
export function stem(folded: string, lang: string): string {
  const stemmer = STEMMED[lang];
  return stemmer ? stemmer(folded) : folded;
}

const STEMMED: Record<string, (folded: string) => string> = Object.fromEntries(
  Object.entries(STEMMERS).map(([lang, stemmer]) => [lang, memo((word: string) => fold(stemmer(word)))]),
);

/** Content stems of a text: no stopwords, no digits, no one-letter words. */
export function contentStems(tokens: Token[], locale: CrosscheckLocale): string[] {
  const stems: string[] = [];
  for (const t of tokens) {
    if (t.folded.length < 2 || /^\p{N}+$/u.test(t.folded)) continue;
    if (locale.stopwords.has(t.folded) || locale.stopwords.has(t.text.toLowerCase())) continue;
    stems.push(stem(t.folded, locale.lang));
  }
  return stems;
}

/** Similarity of two strings by edit distance, 0..1 ("serguei" ~ "sergey" = 0.71). */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = row;
  }
  return 1 - previous[b.length]! / longest;
}
