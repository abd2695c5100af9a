// One pass over the char codes of a line: fold, split into words, hash each word as it goes and
// look it up in the vocabulary, count what the classifier needs. No word becomes a string; only
// a short line gets its folded form (`key`) built, for the lexicons of whole lines and for
// template detection. "Abonnez-vous à notre newsletter" -> 5 words, key "abonnez vous a notre
// newsletter", 2 promotion cues, 1 address, French stop words "vous", "a", "notre".
import * as fold from './foldWords.js';
import * as vocabulary from './vocabulary.js';

// Imported bindings read through the module namespace cost a property load at each use once
// the loader turns modules into CommonJS (tsx does): the hot loop below reads local copies.
const { FOLDED, foldedCode, MARK, SEPARATOR, UNSET } = fold;
const { CAPTION_LABEL, HASH_SEED, HASH_PRIME, LONGEST_WORD, PROMO_ADDRESS, PROMO_CUE, STOP_MASK, wordFlags } = vocabulary;

export interface LineScan {
  wordCount: number;
  /** The folded line ("a re lire"), for lines of up to KEY_MAX_WORDS words; null for longer ones. */
  key: string | null;
  promoCues: number;
  /** Words of the outlet naming itself ("notre", "our") that are not also cues. */
  promoAddress: number;
  captionLabel: boolean;
}

/** Lines up to this many words get a key: template lines are short, prose is not repeated. */
export const KEY_MAX_WORDS = 30;
/** Shorter words are too common to show a shared topic (topicalCoherence). */
export const CONTENT_WORD_CHARS = 4;

/**
 * Where a page's scan puts what it counts, so that nothing is allocated per line: the stop-word
 * hits of the line in each language (LANGUAGES order, from `stopAt`), and the hashes of its
 * content words (not a stop word, CONTENT_WORD_CHARS letters or more, not a number) appended to
 * `content`, a final plural "s" left out of the hash so that "russes" and "russe" meet.
 */
export interface ScanSink {
  stopHits: Uint16Array;
  stopAt: number;
  content: Int32Array;
  contentCount: number;
}

/** Folded chars of the line being scanned, words parted by one space: reused from line to line. */
let chars = new Uint16Array(1024);

export function scanLine(text: string, sink?: ScanSink): LineScan {
  if (chars.length < 2 * text.length + 1) chars = new Uint16Array(2 * text.length + 1);
  if (sink && sink.content.length < sink.contentCount + text.length) {
    const grown = new Int32Array(2 * (sink.contentCount + text.length));
    grown.set(sink.content);
    sink.content = grown;
  }
  const folded = chars;
  let length = 0;
  let wordCount = 0;
  let wordStart = -1;
  let hash = 0;
  let hashBeforeLast = 0;
  let promoCues = 0;
  let promoAddress = 0;
  let captionLabel = false;
  for (let i = 0; i <= text.length; i++) {
    let code = SEPARATOR;
    if (i < text.length) {
      code = FOLDED[text.charCodeAt(i)];
      if (code === UNSET) code = foldedCode(text.charCodeAt(i));
    }
    if (code === MARK) continue;
    if (code !== SEPARATOR) {
      if (wordStart < 0) {
        if (length > 0) folded[length++] = 0x20;
        wordStart = length;
        hash = HASH_SEED;
      }
      hashBeforeLast = hash;
      hash = Math.imul(hash ^ code, HASH_PRIME);
      folded[length++] = code;
      continue;
    }
    if (wordStart < 0) continue;
    wordCount++;
    const size = length - wordStart;
    const flags = size <= LONGEST_WORD ? wordFlags(folded, wordStart, length, hash) : 0;
    if (flags !== 0) {
      if (flags & PROMO_CUE) promoCues++;
      else if (flags & PROMO_ADDRESS) promoAddress++;
      if (flags & CAPTION_LABEL) captionLabel = true;
    }
    if (sink) {
      // Visit the set bits only: most stop words belong to one or two languages.
      for (let bits = flags & STOP_MASK; bits !== 0; bits &= bits - 1) sink.stopHits[sink.stopAt + 31 - Math.clz32(bits & -bits)]++;
      const first = folded[wordStart];
      if ((flags & STOP_MASK) === 0 && size >= CONTENT_WORD_CHARS && !(first >= 0x30 && first <= 0x39)) {
        sink.content[sink.contentCount++] = folded[length - 1] === 0x73 ? hashBeforeLast : hash;
      }
    }
    wordStart = -1;
  }
  const key = wordCount <= KEY_MAX_WORDS ? decode(folded, length) : null;
  return { wordCount, key, promoCues, promoAddress, captionLabel };
}

/** String.fromCharCode over a few thousand codes at a time (an argument list has a limit). */
function decode(codes: Uint16Array, length: number): string {
  const CHUNK = 4096;
  if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let at = 0; at < length; at += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  }
  return out;
}
