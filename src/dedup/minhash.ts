// MinHash signatures: for each of NUM_HASHES hash functions, the smallest hash of any shingle.
// The share of equal positions in two signatures estimates the Jaccard similarity of the
// shingle sets (standard error sqrt(J(1-J)/128), about 0.04 at J = 0.5).
//
// The hash functions are h_i(x) = mix(x XOR seed_i): one XOR and a murmur finaliser per shingle
// and function, cheap enough for 100k articles of 400 shingles.
//
// Only the low 16 bits of each minimum are kept ("b-bit MinHash"): half the memory and half the
// saved checkpoint. Two different minima then agree by chance once in 65,536, which moves a
// Jaccard estimate by under 0.00002, far inside its own error.

import { mix32 } from './hashing.js';

export const NUM_HASHES = 128;

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    state = mix32(state + 0x6d2b79f5);
    seeds[i] = state;
  }
  return seeds;
})();

export type Signature = Uint16Array;

/** `count` (at most NUM_HASHES) minima: an index that reads fewer bands needs fewer. */
export function minhashSignature(shingleHashes: Uint32Array, count = NUM_HASHES): Signature {
  const minima = new Uint32Array(Math.min(count, NUM_HASHES)).fill(0xffffffff);
  for (let s = 0; s < shingleHashes.length; s++) {
    const x = shingleHashes[s]!;
    for (let i = 0; i < minima.length; i++) {
      const h = mix32(x ^ SEEDS[i]!);
      if (h < minima[i]!) minima[i] = h;
    }
  }
  return Uint16Array.from(minima, (min) => min & 0xffff);
}

/** Share of equal positions: the MinHash estimate of Jaccard similarity, in [0, 1]. */
export function estimateJaccard(a: Signature, b: Signature): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let equal = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) equal++;
  return equal / n;
}

/**
 * Share of the smaller set found in the larger one, from Jaccard and the set sizes:
 * |A ∩ B| = J (|A| + |B|) / (1 + J). A copy truncated to a third of its source has
 * J = 1/3 but containment 1, which is what makes it a duplicate.
 */
export function containment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  const shared = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, shared / smaller);
}
