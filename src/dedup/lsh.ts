// Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of
// ROWS_PER_BAND values; two documents become candidates when any band is equal.
//
// With 32 bands of 2 rows the chance that a pair is proposed is 1 - (1 - J^2)^32:
//   J = 0.15 -> 0.52,  J = 0.3 -> 0.95,  J = 0.5 -> 1.00,  J = 0.02 -> 0.013.
// A low threshold on purpose: a copy cut to a third of its source has J = 0.33 only, and the
// candidates are checked against the full 128-value signature anyway.
//
// Buckets map a band hash to the latest document in it; older ones are chained through
// `previous`, so memory is one Map entry per band key plus one int per (document, band).

import { mix32 } from './hashing.js';
import type { Signature } from './minhash.js';

export const BANDS = 32;
export const ROWS_PER_BAND = 2;
/**
 * Documents looked at per bucket, most recent first. A band value shared by hundreds of
 * documents is boilerplate ("all rights reserved"), not a reprint signal; capping the walk
 * keeps the cost per article flat as the store grows.
 */
export const MAX_BUCKET_WALK = 40;

export class LshIndex {
  private readonly heads = new Map<number, number>();
  private previous = new Int32Array(1024 * BANDS);
  private size = 0;

  /** Indexes document `doc` (0, 1, 2… in insertion order) under each band of its signature. */
  insert(doc: number, signature: Signature): void {
    this.ensureCapacity(doc + 1);
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band);
      const head = this.heads.get(key);
      this.previous[doc * BANDS + band] = head ?? -1;
      this.heads.set(key, doc);
    }
    this.size = Math.max(this.size, doc + 1);
  }

  /** Documents sharing at least one band with `signature`, each once, most recent first per band. */
  candidates(signature: Signature): number[] {
    const found = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      let doc = this.heads.get(bandKey(signature, band)) ?? -1;
      for (let walked = 0; doc >= 0 && walked < MAX_BUCKET_WALK; walked++) {
        found.add(doc);
        doc = this.previous[doc * BANDS + band]!;
      }
    }
    return [...found];
  }

  private ensureCapacity(docs: number): void {
    if (docs * BANDS <= this.previous.length) return;
    const grown = new Int32Array(Math.max(docs * BANDS, this.previous.length * 2));
    grown.set(this.previous);
    this.previous = grown;
  }
}

function bandKey(signature: Signature, band: number): number {
  let h = mix32(band + 1);
  for (let row = 0; row < ROWS_PER_BAND; row++) {
    h = mix32(h ^ signature[band * ROWS_PER_BAND + row]!);
  }
  return h;
}
