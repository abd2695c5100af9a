// Sparse vectors as Maps, weighted by IDF at comparison time (the IDF keeps learning, so the
// stored vectors hold raw weights).

export type Weights = Map<string, number>;
export type Idf = (key: string) => number;

/** Cosine of two raw-weight vectors under the same IDF, in [0, 1]. `bNorm` saves recomputing |b|. */
export function cosine(a: Weights, b: Weights, idf: Idf, bNorm?: number): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) {
      const w = idf(key);
      dot += weight * other * w * w;
    }
  }
  if (dot === 0) return 0;
  return Math.min(1, dot / (norm(a, idf) * (bNorm ?? norm(b, idf))));
}

export function norm(v: Weights, idf: Idf): number {
  let sum = 0;
  for (const [key, weight] of v) {
    const w = weight * idf(key);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/**
 * Stored weights are kept in thousandths: an event's summed weights go into every checkpoint,
 * and 1.693 saves as "1693" where 1.6931471805599454 took 18 characters. A thousandth of a
 * sublinear count (1 + ln 2 = 1.693) moves a cosine by well under 0.001.
 */
export const WEIGHT_STEP = 1000;

export function rounded(weight: number): number {
  return Math.round(weight * WEIGHT_STEP) / WEIGHT_STEP;
}

/** Adds `b` into `a`, rounded to the stored precision. */
export function addInto(a: Weights, b: Weights): void {
  for (const [key, weight] of b) a.set(key, rounded((a.get(key) ?? 0) + weight));
}

/** Keeps the `keep` heaviest entries (ties by key, so the result never depends on history). */
export function prune(v: Weights, keep: number): Weights {
  if (v.size <= keep) return v;
  const kept = [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, keep);
  return new Map(kept);
}

/** The `count` keys that weigh most under IDF, heaviest first. */
export function topKeys(v: Weights, idf: Idf, count: number): string[] {
  return [...v]
    .map(([key, weight]) => [key, weight * idf(key)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, count)
    .map(([key]) => key);
}
