// Every single word the flattened-text classifier looks up (stop words of each language,
// promotion cues, caption labels, heads of furniture prefixes) merged into one open-addressing table of flag bits, probed
// with the hash the line scanner computes as it folds: a word is found without ever becoming a
// string. "de" -> STOP_FR | STOP_ES | STOP_PT, "abonnez" -> PROMO_CUE, "photo" -> CAPTION_LABEL,
// "lire" -> PREFIX_HEAD ("Lire aussi").
import { CAPTION_LABELS } from './locales/captionCredits.js';
import { BOILERPLATE_LEXICONS } from './locales/boilerplate.js';
import { PROMO_EN } from './locales/en/promo.js';
import { PROMO_FR } from './locales/fr/promo.js';
import { PROMO_DE, PROMO_ES, PROMO_IT } from './locales/more/promo.js';
import { COMMISSION_WORDS } from './creditLine.js';
import * as fold from './foldWords.js';
import { HAS_COMMISSION_WORD } from './lineMarks.js';
import { STOPLISTS } from './textStats.js';

// Local copies, as scanLine.ts keeps them: an imported binding is a getter call once tsx turns
// modules into CommonJS.
const { foldWords } = fold;

/** Stop-list languages, in bit order: bit i of a word's flags is set when LANGUAGES[i] lists it. */
export const LANGUAGES: readonly string[] = Object.keys(STOPLISTS);
export const STOP_MASK = (1 << LANGUAGES.length) - 1;
export const PROMO_CUE = 1 << 16;
export const PROMO_ADDRESS = 1 << 17;
export const CAPTION_LABEL = 1 << 18;
/** First word of a furniture prefix ("lire" of "lire aussi"): only such lines are compared with the prefixes. */
export const PREFIX_HEAD = 1 << 19;
/** "copyright" opening a line. */
export const COPYRIGHT_HEAD = 1 << 20;
/**
 * First word of a notice, a prefix that holds at any length ("by" of "by signing up you"): only
 * such long lines are compared with the notices.
 */
export const NOTICE_HEAD = 1 << 21;

/**
 * A word of a photographer's commission ("for", "pour": creditLine.ts): the scan copies this flag
 * into the line's marks (lineMarks.ts), and a line without one is never read for a commission.
 */
export const COMMISSION_WORD = HAS_COMMISSION_WORD;

const PROMO = [PROMO_FR, PROMO_EN, PROMO_DE, PROMO_ES, PROMO_IT];

/**
 * FNV-1a, one folded char code at a time: the scanner and the table must hash alike. A line's
 * hash is the same step over its words' hashes.
 */
/**
 * The FNV offset basis as a signed 32-bit integer (same bits): every later hash is Math.imul's
 * int32, and a seed above 2^31 made the scanner's hash variables numbers of two kinds, so the
 * optimiser kept them as doubles and converted at each char. Read as int32, the scan of the
 * article-sized texts took ~11% less time (same hashes: `^` reads both seeds alike).
 */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;
/**
 * HASH_PRIME's inverse modulo 2^32 (their product is 1): `Math.imul(hash, HASH_PRIME_INVERSE) ^ c`
 * undoes the step that hashed the char c, so the scanner gets a word's hash without its last
 * letter without keeping it at each char.
 */
export const HASH_PRIME_INVERSE = 0x359c449b;

const entries = new Map<string, number>();
function add(word: string, flag: number): void {
  entries.set(word, (entries.get(word) ?? 0) | flag);
}
LANGUAGES.forEach((lang, bit) => {
  for (const word of STOPLISTS[lang]) {
    const folded = foldWords(word);
    if (folded.length === 1) add(folded[0], 1 << bit);
  }
});
for (const lexicon of PROMO) {
  for (const word of lexicon.cues) for (const w of foldWords(word)) add(w, PROMO_CUE);
  for (const word of lexicon.address) for (const w of foldWords(word)) add(w, PROMO_ADDRESS);
}
for (const label of CAPTION_LABELS) for (const w of foldWords(label)) add(w, CAPTION_LABEL);
for (const prefix of BOILERPLATE_LEXICONS.flatMap((l) => [...l.prefixes, ...(l.boxHeadings ?? [])])) add(foldWords(prefix)[0], PREFIX_HEAD);
for (const notice of BOILERPLATE_LEXICONS.flatMap((l) => l.notices ?? [])) add(foldWords(notice)[0], PREFIX_HEAD | NOTICE_HEAD);
add('copyright', COPYRIGHT_HEAD);
for (const word of COMMISSION_WORDS) for (const w of foldWords(word)) add(w, COMMISSION_WORD);

/** Longer words are in no list: most content words skip the probe. */
export const LONGEST_WORD = Math.max(...[...entries.keys()].map((w) => w.length));

const SIZE = 1 << (Math.ceil(Math.log2(entries.size)) + 2);
/**
 * The table as one typed array, four numbers a slot: the word's hash, its length (0 = empty
 * slot), its flags, and where its folded chars start in PACKED. A probe compares the numbers
 * before any char, and the chars as numbers: most words of a line are in no list and stop at an
 * empty slot or at a hash that differs. One array, not four: the scanner reads it from a local,
 * and each array read in its loop costs a check of the array (callgrind, with the tables as the
 * scanner's locals, the four arrays as one and the separator ending a word read in place: the
 * scan of a pass over the 313 article-sized texts 169 M -> 158 M instructions).
 */
export const SLOTS = new Int32Array(4 * SIZE);
/**
 * One bit per value of a hash's upper 16 bits, set for the table's words: most words of a line are
 * in no list, and a test of this 8 kB filter spares them the probe of the table (256 kB, read at
 * random: a cache miss a word). The slot is chosen by the hash's lower bits, so the two tests
 * read different bits. The scan alone over the 313 article-sized texts: 365.8 M -> 361.8 M
 * instructions for 2 passes (callgrind), its fastest pass 14.5 -> 13.9 ms of CPU time.
 */
export const WORD_FILTER = new Int32Array(1 << 11);
let packedLength = 0;
for (const word of entries.keys()) packedLength += word.length;
/** The folded chars of every word of the table, one after the other. */
export const PACKED = new Uint16Array(packedLength);
let packedAt = 0;
for (const [word, flag] of entries) {
  // The scanner never ends a word of no char: an empty entry could not be found.
  if (word.length === 0) continue;
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), HASH_PRIME);
  let slot = hash & (SIZE - 1);
  while (SLOTS[4 * slot + 1] !== 0) slot = (slot + 1) & (SIZE - 1);
  SLOTS.set([hash, word.length, flag, packedAt], 4 * slot);
  WORD_FILTER[hash >>> 21] |= 1 << ((hash >>> 16) & 31);
  for (let i = 0; i < word.length; i++) PACKED[packedAt++] = word.charCodeAt(i);
}

/**
 * Flags of the word whose UTF-16 units start at `codes[start]` (`length` letters once folded, a
 * combining mark skipped; `hash` their hash), 0 when no list has it. The chars are folded again
 * here, for the few words whose hash and length match a slot, rather than copied for every word
 * of every line as the scanner folds them: the copy cost ~10% of the scan. The scanner has
 * already filled the fold table for every unit of the word. The tables come as arguments
 * (SLOTS, PACKED, FOLDED, and foldWords' MARK), read once a line by the scanner into locals.
 */
export function wordFlags(codes: Uint16Array, start: number, length: number, hash: number, slots: Int32Array, packed: Uint16Array, folded: Uint16Array, mark: number): number {
  // `at` walks the slots 4 numbers at a time (hash, length, flags, start: the offsets are written
  // as numbers, a module constant being a load at each use), wrapping round at the end. Sums step
  // as `(x + 1) | 0`, int32 sums no overflow check guards (the scan alone, 2 passes over the 313
  // article-sized texts: 330.6 M -> 325.4 M instructions).
  const mask = slots.length - 1;
  for (let at = (hash << 2) & mask; slots[(at + 1) | 0] !== 0; at = (at + 4) & mask) {
    if (slots[at] !== hash || slots[(at + 1) | 0] !== length) continue;
    const from = slots[(at + 3) | 0];
    let matched = 0;
    for (let i = start; matched < length; i = (i + 1) | 0) {
      const raw = codes[i];
      const code = raw - 0x61 >>> 0 < 26 ? raw : folded[raw];
      if (code === mark) continue;
      if (packed[(from + matched) | 0] !== code) break;
      matched = (matched + 1) | 0;
    }
    if (matched === length) return slots[(at + 2) | 0];
  }
  return 0;
}
