// An article's sentences read once across cross-checks: a store re-checks an event each time a
// batch adds to it, and an event of 300 articles would otherwise have its 300 articles re-read
// (split, tokenised, stemmed, figures and dates found) for every article it gains.
import type { Article } from '../article.js';
import { readSentences, type StatedSentence } from './readSentences.js';

// Articles whose readings are kept; the least recently used go first. Enough for the largest
// events a batch of a store touches (a few hundred articles each), few enough that the garbage
// collector does not pay for them: kept for 6,000 articles, the readings (some 20 sentences an
// article, each with its sets and arrays) made the 10k-article bench's cross-check 230 -> 161
// articles per CPU second, from collections alone.
export const READINGS_KEPT = 1_500;

/**
 * A reading depends on the article's text, language, entity mentions (with their corpus entity),
 * dates and direct quotes, not only on its id: a re-cleaned or re-resolved article is read anew.
 */
export function readingKey(article: Article): string {
  const fingerprint = JSON.stringify([article.lang, article.published, article.mentions, article.dates, article.quotes]);
  return `${article.id}\u0000${article.text.length}:${hash(article.text)}:${fingerprint.length}:${hash(fingerprint)}`;
}

/** Two 32-bit FNV-1a hashes with different seeds: a 64-bit digest of the text, no dependency. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

export class SentenceReadings {
  private readonly kept = new Map<string, StatedSentence[]>();

  constructor(private readonly limit = READINGS_KEPT) {}

  /** The article's sentences; the same objects as last time when nothing it is read from changed. */
  read(article: Article): StatedSentence[] {
    const key = readingKey(article);
    let sentences = this.kept.get(key);
    if (sentences) this.kept.delete(key);
    else sentences = readSentences(article);
    this.kept.set(key, sentences);
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value!);
    return sentences;
  }

  clear(): void {
    this.kept.clear();
  }

  get size(): number {
    return this.kept.size;
  }
}

/** The readings every cross-check of this process shares (bounded: see READINGS_KEPT). */
export const SENTENCE_READINGS = new SentenceReadings();
