// A short extractive summary of an event: its most central statements, from different sources,
// without saying one thing twice (maximal marginal relevance).
import type { SummarySentence } from '../article.js';
import { cosine } from './similarity.js';
import { countOrigins } from './countOrigins.js';
import { ALIGN_THRESHOLD } from './alignSentences.js';
import type { EventReading } from './readEvent.js';

export const SUMMARY_MIN = 3;
export const SUMMARY_MAX = 5;
// Relevance against novelty: 0.7 keeps the summary on the event's core while a sentence that
// states what a chosen one states (aligned as one claim) is never taken.
const MMR_LAMBDA = 0.7;
const REDUNDANT = ALIGN_THRESHOLD;
// A source already quoted costs this much, so that 3 sentences come from 3 outlets if they can.
const SAME_SOURCE_PENALTY = 0.15;
// News leads carry the essentials (the lead-3 baseline is hard to beat), centrality keeps the core,
// corroboration prefers what several sources say.
const WEIGHTS = { centrality: 0.4, corroboration: 0.25, lead: 0.35 };

export function summarizeEvent(reading: EventReading): SummarySentence[] {
  const { sentences, vectors } = reading;
  const language = majorityLanguage(reading);
  let eligible = sentences.map((s, i) => i).filter((i) => sentences[i]!.claimable);
  const sameLanguage = eligible.filter((i) => sentences[i]!.lang === language);
  if (sameLanguage.length >= SUMMARY_MIN) eligible = sameLanguage;
  if (eligible.length === 0) return [];

  // A sentence standing in several claims is as corroborated as the largest of them.
  const groupOf = new Map<number, number[]>();
  for (const group of reading.alignment.groups) {
    for (const i of group) if ((groupOf.get(i)?.length ?? 0) < group.length) groupOf.set(i, group);
  }
  const centroid = centroidOf(eligible, vectors.vectors, vectors.norms);
  const centroidNorm = Math.sqrt([...centroid.values()].reduce((sum, x) => sum + x * x, 0));
  const relevance = new Map(
    eligible.map((i) => {
      const s = sentences[i]!;
      const origins = countOrigins((groupOf.get(i) ?? [i]).map((x) => sentences[x]!.article), reading.origins);
      const score =
        WEIGHTS.centrality * cosineTo(vectors.vectors[i]!, vectors.norms[i]!, centroid, centroidNorm) +
        WEIGHTS.corroboration * Math.min(1, (origins - 1) / 3) +
        WEIGHTS.lead * (1 / (1 + s.index));
      return [i, score];
    }),
  );

  const size = Math.min(SUMMARY_MAX, Math.max(SUMMARY_MIN, new Set(eligible.map((i) => reading.origins.get(sentences[i]!.article))).size + 1));
  const chosen: number[] = [];
  const usedOrigins = new Set<string>();
  while (chosen.length < size) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of eligible) {
      if (chosen.includes(i)) continue;
      const overlap = Math.max(0, ...chosen.map((j) => Math.max(cosine(vectors, i, j), reading.score(i, j))));
      if (overlap >= REDUNDANT) continue;
      const origin = reading.origins.get(sentences[i]!.article)!;
      const score = MMR_LAMBDA * relevance.get(i)! - (1 - MMR_LAMBDA) * overlap - (usedOrigins.has(origin) ? SAME_SOURCE_PENALTY : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    usedOrigins.add(reading.origins.get(sentences[best]!.article)!);
  }
  return chosen.map((i) => {
    const s = sentences[i]!;
    return { article: s.article, start: s.start, end: s.end, text: s.text };
  });
}

function majorityLanguage(reading: EventReading): string {
  const counts = new Map<string, number>();
  for (const a of reading.articles.values()) counts.set(a.lang, (counts.get(a.lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'fr';
}

function centroidOf(indexes: number[], vectors: Map<string, number>[], norms: number[]): Map<string, number> {
  const centroid = new Map<string, number>();
  for (const i of indexes) {
    if (norms[i]! === 0) continue;
    for (const [stem, x] of vectors[i]!) centroid.set(stem, (centroid.get(stem) ?? 0) + x / norms[i]!);
  }
  return centroid;
}

function cosineTo(v: Map<string, number>, norm: number, centroid: Map<string, number>, centroidNorm: number): number {
  let dot = 0;
  for (const [stem, x] of v) dot += x * (centroid.get(stem) ?? 0);
  return norm > 0 && centroidNorm > 0 ? dot / (norm * centroidNorm) : 0;
}
