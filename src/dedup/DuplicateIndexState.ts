// The duplicate index as a checkpoint saves it, and the reading of checkpoints saved by dedup-1.

import type { DuplicateKind, DuplicateVerdict } from '../article.js';
import type { Doc } from './DuplicateIndex.js';
import { NUM_HASHES } from './minhash.js';

/**
 * The saved index, one column per field and one entry per document in the order added: a
 * store keeps 100,000 of them, and column arrays spare the repeated keys of an object per row.
 */
export interface DuplicateIndexState {
  version: string;
  ids: string[];
  published: Array<string | null>;
  lengths: number[];
  hashes: string[];
  shingleCounts: number[];
  groups: number[];
  /** The verdict each document got: 0 when none, else [origin's position, kind, similarity]. */
  verdicts: Array<0 | [number, DuplicateKind, number]>;
  /** Each document's signature: NUM_HASHES 16-bit values, little-endian, in base64. */
  signatures: string[];
  /** Each document's language and translation profile (encodeProfile; "" when none). Absent before dedup-3. */
  langs?: Array<string | null>;
  profiles?: string[];
}

/** A checkpoint of dedup-1: one object per document, 32-bit signatures. */
export interface RowState {
  version: string;
  docs: Array<Omit<Doc, 'verdict' | 'lang' | 'profile'> & { verdict: DuplicateVerdict; signature: string }>;
}

export function fromRows(state: RowState): DuplicateIndexState {
  const position = new Map(state.docs.map((d, i) => [d.id, i]));
  return {
    version: state.version,
    ids: state.docs.map((d) => d.id),
    published: state.docs.map((d) => d.published),
    lengths: state.docs.map((d) => d.length),
    hashes: state.docs.map((d) => d.hash),
    shingleCounts: state.docs.map((d) => d.shingleCount),
    groups: state.docs.map((d) => d.group),
    verdicts: state.docs.map(({ verdict: v }) => (v.duplicateOf === null || v.kind === null ? 0 : [position.get(v.duplicateOf)!, v.kind, v.similarity])),
    signatures: state.docs.map((d) => {
      const wide = Buffer.from(d.signature, 'base64');
      const low = Uint16Array.from({ length: NUM_HASHES }, (_, i) => wide.readUInt32LE(i * 4) & 0xffff);
      return Buffer.from(low.buffer).toString('base64');
    }),
  };
}

