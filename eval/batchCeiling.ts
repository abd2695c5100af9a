// A diagnostic for eval:events: how far can the event index's own similarity go on ECB+ when order
// and time are taken out? Every pair of articles is scored with the features the index compares
// (content terms and names as articleProfile gives them, IDF over the whole slice, mixed with
// TERMS_WEIGHT / NAMES_WEIGHT), then clustered in batch by average linkage, and BCubed F1 is read
// at each threshold of a sweep. The best of the sweep is chosen in hindsight, on the gold: an upper
// bound for these features, not a result. If it sits near the online score, the gap to the target
// is in the features, not in online clustering or its order.

import type { Article } from '../src/article.js';
import { profileArticle, type ArticleProfile } from '../src/cluster/articleProfile.js';
import { NAMES_WEIGHT, TERMS_WEIGHT } from '../src/cluster/clusterConfig.js';
import { DocumentFrequency } from '../src/cluster/DocumentFrequency.js';
import { bcubed, type Scores } from '../src/cluster/clusterScores.js';
import { timeFactor } from '../src/cluster/EventRecord.js';
import { cosine, type Idf } from '../src/cluster/sparseVectors.js';

/** Thresholds swept, highest first (the merges below each are replayed once, in one pass). */
export const CEILING_THRESHOLDS = [0.32, 0.3, 0.28, 0.26, 0.24, 0.22, 0.2, 0.18, 0.16];

export interface Ceiling {
  threshold: number;
  scores: Scores;
  clusters: number;
}

/** BCubed at each threshold of the sweep; the caller picks the best. */
export function batchCeiling(articles: readonly Article[], gold: ReadonlyMap<string, string>): Ceiling[] {
  const profiles = articles.map((a) => profileArticle({ ...a, published: null, dates: [] }));
  return averageLinkSweep(
    profiles.map((p) => p.id),
    pairSimilarity(profiles),
    gold,
  );
}

/**
 * Average linkage over a full similarity matrix, BCubed read at each threshold, highest first:
 * each threshold goes on from the groups the one before left (thresholds only go down).
 */
export function averageLinkSweep(
  ids: readonly string[],
  similarity: Float64Array[],
  gold: ReadonlyMap<string, string>,
  thresholds: readonly number[] = CEILING_THRESHOLDS,
): Ceiling[] {
  let groups = ids.map((_, i) => [i]);
  return thresholds.map((threshold) => {
    groups = averageLinkGroups(similarity, threshold, groups);
    const predicted = new Map<string, string>();
    groups.forEach((group, g) => group.forEach((i) => predicted.set(ids[i]!, String(g))));
    return { threshold, scores: bcubed(predicted, gold), clusters: groups.length };
  });
}

/**
 * The index's similarity for every pair of profiles, IDF over all of them, as EventRecord's
 * similarity compares an article with an event: terms and names mixed (TERMS_WEIGHT,
 * NAMES_WEIGHT) in one language, names alone across languages, times the time decay between
 * the two days (1 when either is undated, as the profiles batchCeiling passes are).
 */
export function pairSimilarity(profiles: readonly ArticleProfile[]): Float64Array[] {
  const termIdf = idfOver(profiles.map((p) => p.terms.keys()));
  const nameIdf = idfOver(profiles.map((p) => p.names.keys()));
  const n = profiles.length;
  const rows = profiles.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [profiles[i]!, profiles[j]!];
      const names = cosine(a.names, b.names, nameIdf);
      let mix = names;
      if (a.lang === b.lang) {
        const terms = cosine(a.terms, b.terms, termIdf);
        mix = a.names.size === 0 && b.names.size === 0 ? terms : TERMS_WEIGHT * terms + NAMES_WEIGHT * names;
      }
      const score = mix * timeFactor(a.day, { firstDay: b.day, lastDay: b.day });
      rows[i]![j] = score;
      rows[j]![i] = score;
    }
  }
  return rows;
}

/**
 * Average linkage from a starting partition (groups of row indices; singletons for plain
 * clustering): groups merge while the mean similarity between their members is at least
 * `threshold`. Returns the groups left.
 */
export function averageLinkGroups(similarity: readonly Float64Array[], threshold: number, start: readonly number[][]): number[][] {
  const groups = start.map((g) => [...g]);
  const n = groups.length;
  const size = groups.map((g) => g.length);
  const alive = new Array<boolean>(n).fill(true);
  const between = groups.map((a) => groups.map((b) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += similarity[i]![j]!;
    return sum / (a.length * b.length);
  }));
  for (;;) {
    let [best, bi, bj] = [-Infinity, -1, -1];
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) if (alive[j] && between[i]![j]! > best) [best, bi, bj] = [between[i]![j]!, i, j];
    }
    if (bi < 0 || best < threshold) break;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const merged = (size[bi]! * between[bi]![k]! + size[bj]! * between[bj]![k]!) / (size[bi]! + size[bj]!);
      between[bi]![k] = merged;
      between[k]![bi] = merged;
    }
    size[bi]! += size[bj]!;
    alive[bj] = false;
    groups[bi]!.push(...groups[bj]!);
  }
  return groups.filter((_, i) => alive[i]);
}

/** The stream's IDF once every article has been seen. */
export function idfOver(documents: Iterable<string>[]): Idf {
  const frequency = new DocumentFrequency();
  for (const keys of documents) frequency.addDocument(keys);
  return (key) => frequency.idf(key);
}

/** Area under the ROC curve of scored pairs: how often a positive outscores a negative (by rank sum). */
export function auc(scored: Array<[number, boolean]>): number {
  const sorted = [...scored].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  sorted.forEach(([, positive], k) => {
    if (positive) {
      rankSum += k + 1;
      positives++;
    }
  });
  const negatives = sorted.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
