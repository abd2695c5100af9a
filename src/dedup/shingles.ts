// Word shingles: every run of SHINGLE_WORDS consecutive folded words, hashed to 32 bits.
//
// Five words is long enough that two outlets rewriting one story share few shingles (a shared
// quotation of 20 words gives 16 of ~400), and short enough that a reprint with a changed
// sentence keeps all shingles outside that sentence.

import { foldedWords } from './foldText.js';
import { hash32 } from './hashing.js';

export const SHINGLE_WORDS = 5;

/** Distinct shingle hashes; a text shorter than one shingle gives one shingle of all its words. */
export function shingles(text: string, size = SHINGLE_WORDS): Uint32Array {
  const words = foldedWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const seen = new Set<number>();
  if (words.length <= size) {
    seen.add(hash32(words.join(' ')));
  } else {
    for (let i = 0; i + size <= words.length; i++) {
      seen.add(hash32(words.slice(i, i + size).join(' ')));
    }
  }
  return Uint32Array.from(seen);
}
