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
  private previous: Int32Array;
  private size = 0;

  /** `bands` bands of `rows` values each, read from the signature's start. */
  constructor(
    private readonly bands = BANDS,
    private readonly rows = ROWS_PER_BAND,
  ) {
    this.previous = new Int32Array(1024 * bands);
  }

  /** Indexes document `doc` (0, 1, 2… in insertion order) under each band of its signature. */
  insert(doc: number, signature: Signature): void {
    this.ensureCapacity(doc + 1);
    for (let band = 0; band < this.bands; band++) {
      const key = bandKey(signature, band, this.rows);
      const head = this.heads.get(key);
      this.previous[doc * this.bands + band] = head ?? -1;
      this.heads.set(key, doc);
    }
    this.size = Math.max(this.size, doc + 1);
  }

  /** Documents sharing at least one band with `signature`, each once, most recent first per band. */
  candidates(signature: Signature): number[] {
    return [...this.bandsShared(signature).keys()];
  }

  /** Each candidate with the number of bands it shares with `signature` (more: closer sets). */
  bandsShared(signature: Signature): Map<number, number> {
    const found = new Map<number, number>();
    for (let band = 0; band < this.bands; band++) {
      let doc = this.heads.get(bandKey(signature, band, this.rows)) ?? -1;
      for (let walked = 0; doc >= 0 && walked < MAX_BUCKET_WALK; walked++) {
        found.set(doc, (found.get(doc) ?? 0) + 1);
        doc = this.previous[doc * this.bands + band]!;
      }
    }
    return found;
  }

  private ensureCapacity(docs: number): void {
    if (docs * this.bands <= this.previous.length) return;
    const grown = new Int32Array(Math.max(docs * this.bands, this.previous.length * 2));
    grown.set(this.previous);
    this.previous = grown;
  }
}

function bandKey(signature: Signature, band: number, rows: number): number {
  let h = mix32(band + 1);
  for (let row = 0; row < rows; row++) {
    h = mix32(h ^ signature[band * rows + row]!);
  }
  return h;
}
