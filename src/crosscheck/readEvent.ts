// One event read once for every cross-check: its sentences, their similarities and alignment,
// and which articles are independent of which.
import type { Article, EventCluster } from '../article.js';
import type { StatedSentence } from './readSentences.js';
import { SENTENCE_READINGS } from './readSentencesOnce.js';
import { vectorize, type SentenceVectors } from './similarity.js';
import { alignSentences, type Alignment } from './alignSentences.js';
import { originsOf } from './countOrigins.js';

export interface EventReading {
  event: EventCluster;
  articles: Map<string, Article>;
  sentences: StatedSentence[];
  vectors: SentenceVectors;
  alignment: Alignment;
  /** Article id -> origin key (reprints and editions of one outlet share one). */
  origins: Map<string, string>;
  /** Similarity of two sentences (by index) as computed for the alignment, 0 when not compared. */
  score(i: number, j: number): number;
}

export function readEvent(event: EventCluster, articles: Article[], duplicateOf: Map<string, string | null>): EventReading {
  const sentences = articles.flatMap((a) => SENTENCE_READINGS.read(a));
  const vectors = vectorize(sentences);
  const alignment = alignSentences(sentences, vectors);
  return {
    event,
    articles: new Map(articles.map((a) => [a.id, a])),
    sentences,
    vectors,
    alignment,
    origins: originsOf(articles, duplicateOf),
    score: (i, j) => alignment.scores.get(i, j),
  };
}

export function sameOrigin(reading: EventReading, a: string, b: string): boolean {
  return (reading.origins.get(a) ?? a) === (reading.origins.get(b) ?? b);
}
