// Small, fast, deterministic hashes. The fingerprints are stored (toJSON), so these must
// never change without bumping the dedup VERSION.

import { createHash } from 'node:crypto';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of a string's UTF-16 code units, then a murmur3 finaliser to spread the bits. */
export function hash32(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix32(h);
}

/** murmur3 fmix32: every input bit affects every output bit. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A collision-safe key for exact duplicates (80 bits of SHA-1 is plenty for a news store). */
export function strongHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 20);
}
