// One pass over the char codes of a line: fold, split into words, hash each word as it goes and
// look it up in the vocabulary, count what the classifier needs. No word becomes a string; only
// the hash of the whole folded line is kept, for the lexicons of whole lines and for template
// detection. "Abonnez-vous à notre newsletter" -> 5 words, key "abonnez vous a notre
// newsletter" (its hash), 2 promotion cues, 1 address, French stop words "vous", "a", "notre".
import * as fold from './foldWords.js';
import * as lineMarks from './lineMarks.js';
import * as vocabulary from './vocabulary.js';

// Imported bindings read through the module namespace cost a property load at each use once
// the loader turns modules into CommonJS (tsx does): the hot loop below reads local copies.
const { FOLDED, foldCodes, MARK, UNSET } = fold;
const { HAS_COMMISSION_WORD, HAS_COPYRIGHT_SIGN, HAS_DIGIT_WORD, HAS_OPEN_PAREN, SEPARATOR_MARKS } = lineMarks;
const { CAPTION_LABEL, HASH_SEED, HASH_PRIME, HASH_PRIME_INVERSE, LANGUAGES, LONGEST_WORD, PACKED, PROMO_ADDRESS, PROMO_CUE, SLOTS, STOP_MASK, WORD_FILTER, wordFlags } = vocabulary;

export interface LineScan {
  wordCount: number;
  /**
   * A hash of the folded line ("a re lire"), for lines of up to KEY_MAX_WORDS words, null for
   * longer ones: lines are counted and compared with the lexicons of whole lines by this number,
   * and folded into a string (foldLine) only when the number matches.
   */
  key: number | null;
  /** Vocabulary flags of the first word (PREFIX_HEAD, COPYRIGHT_HEAD). */
  firstFlags: number;
  /** Hash of the first word, folded, as the vocabulary hashes words (HASH_SEED when the line has none). */
  firstHash: number;
  promoCues: number;
  /** Words of the outlet naming itself ("notre", "our") that are not also cues. */
  promoAddress: number;
  captionLabel: boolean;
  /** The line holds "(" or "©": only then can it end with a credit in parentheses or after ©. */
  creditMark: boolean;
  /** The separators and kinds of word the line holds, one bit each (lineMarks.ts). */
  marks: number;
}


/** Lines up to this many words get a key: template lines are short, prose is not repeated. */
export const KEY_MAX_WORDS = 30;
/** Shorter words are too common to show a shared topic (topicalCoherence). */
export const CONTENT_WORD_CHARS = 4;

/**
 * Where a page's scan puts what it counts, so that nothing is allocated per line: the stop-word
 * hits of the line in each language (LANGUAGES order, from `stopAt`), and the hashes of its
 * content words (not a stop word, CONTENT_WORD_CHARS letters or more, not a number) appended to
 * `content`, a final plural "s" left out of the hash so that "russes" and "russe" meet. The
 * line's hits are added to what its slots hold, and those are zero when it is scanned: a caller
 * that reads them gives each line slots of its own, zeroed (pageFeatures).
 */
export interface ScanSink {
  stopHits: Uint16Array;
  stopAt: number;
  content: Int32Array;
  contentCount: number;
}

/**
 * The line's UTF-16 code units, copied in one native call (Buffer.write) and read as numbers:
 * charCodeAt, called per char, checks the string's representation each time and cost about a
 * quarter of the scan. Reused from line to line. A Uint16Array reads the platform's byte order,
 * Buffer writes little-endian: on a big-endian machine the units are copied one by one.
 */
interface UnitBuffer {
  bytes: Buffer;
  units: Uint16Array;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function unitBuffer(chars: number): UnitBuffer {
  const bytes = Buffer.allocUnsafeSlow(2 * chars);
  return { bytes, units: new Uint16Array(bytes.buffer, 0, chars) };
}

function copyUnits(into: UnitBuffer, text: string): Uint16Array {
  if (into.units.length < text.length) Object.assign(into, unitBuffer(2 * text.length));
  if (LITTLE_ENDIAN) into.bytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) into.units[i] = text.charCodeAt(i);
  return into.units;
}

const lineUnits = unitBuffer(2048);
/**
 * A whole page's units, copied at once into a buffer of their own (not the line's, which a
 * lexicon's scan of a line may fill while the page is read): one native call a page instead of
 * one a line, where the call, not the copy, was the cost (~1.6 ms of the ~58 ms a pass over the
 * 313 article-sized texts takes, against ~0.2 ms). Valid until the next call.
 */
const pageUnits = unitBuffer(1 << 15);

export function copyPageUnits(text: string): Uint16Array {
  return copyUnits(pageUnits, text);
}

export function scanLine(text: string, sink?: ScanSink): LineScan {
  return scanUnits(copyUnits(lineUnits, text), 0, text.length, sink);
}

/** scanLine over the units `codes[start .. end)`: a line of a page copied whole (copyPageUnits). */
export function scanUnits(codes: Uint16Array, start: number, end: number, sink?: ScanSink): LineScan {
  // A content word takes CONTENT_WORD_CHARS chars of the line at least.
  const room = Math.ceil((end - start) / CONTENT_WORD_CHARS);
  if (sink && sink.content.length < sink.contentCount + room) {
    const grown = new Int32Array(2 * (sink.contentCount + room));
    grown.set(sink.content);
    sink.content = grown;
  }
  return scanFolded(codes, start, end, sink) ?? scanUnfolded(codes, start, end, sink);
}

/**
 * A line holding a code the fold table has not met yet: its codes are folded, what the first
 * attempt counted is undone, and the line is scanned again. Rare: a page's first lines fill the
 * table with most of the codes the next pages use. Undone by zeroing the line's stop-word hits:
 * they start at zero (ScanSink), where copying them aside before every line in case of a retry
 * cost the scan alone, 2 passes over the 313 article-sized texts, 361.9 M -> 355.1 M
 * instructions (callgrind).
 */
function scanUnfolded(codes: Uint16Array, start: number, end: number, sink: ScanSink | undefined): LineScan {
  if (sink) sink.stopHits.fill(0, sink.stopAt, sink.stopAt + LANGUAGES.length);
  foldCodes(codes, start, end);
  return scanFolded(codes, start, end, sink)!;
}

/**
 * The scan proper, or null, having counted into the sink's stop-word hits but nothing else, when
 * the line holds a code the fold table has not met yet. Its loops call nothing: a call inside them
 * (folding a code on first sight) made the optimiser check the tables and read them again at each
 * char. Every number is a 32-bit integer from the start (`| 0`, local copies of the module's
 * constants): a hash seeded from a module binding the optimiser could not type was kept boxed and
 * checked at each char. And the char loop only hashes: the word's length, last letter and hash
 * before it are worked out when it ends. Together, the scan of one pass over the 313 article-sized
 * texts (~2 M chars) went from ~273 M to ~169 M instructions (callgrind), and the whole flattened
 * path from ~788 M to ~673 M a pass.
 */
function scanFolded(codes: Uint16Array, start: number, end: number, sink: ScanSink | undefined): LineScan | null {
  const stopHits = sink?.stopHits;
  const stopAt = (sink?.stopAt ?? 0) | 0;
  const content = sink?.content;
  let contentCount = (sink?.contentCount ?? 0) | 0;
  const counting = stopHits !== undefined && content !== undefined;
  const folded = FOLDED;
  const slots = SLOTS;
  const packed = PACKED;
  const filter = WORD_FILTER;
  const longest = LONGEST_WORD | 0;
  const seed = HASH_SEED | 0;
  const prime = HASH_PRIME | 0;
  const unset = UNSET | 0;
  const mark = MARK | 0;
  // The flags and sizes read at each word, as locals too: a module binding is a load from the
  // module's context, a check that it is a small integer and an untagging at each use (the scan
  // alone, 2 passes over the 313 article-sized texts: 355.1 M -> 337.9 M instructions).
  const cueFlag = PROMO_CUE | 0;
  const addressFlag = PROMO_ADDRESS | 0;
  const captionFlag = CAPTION_LABEL | 0;
  const stopMask = STOP_MASK | 0;
  const contentChars = CONTENT_WORD_CHARS | 0;
  const inverse = HASH_PRIME_INVERSE | 0;
  const separatorMarks = SEPARATOR_MARKS;
  const digitWord = HAS_DIGIT_WORD | 0;
  const commissionFlag = HAS_COMMISSION_WORD | 0;
  let wordCount = 0;
  let promoCues = 0;
  let promoAddress = 0;
  let captionLabel = false;
  let seen = 0;
  let firstFlags = 0;
  let firstHash = seed;
  let lineHash = seed;
  let i = start | 0;
  end = end | 0;
  // Two loops, one over the gaps between words and one over the chars of a word, rather than one
  // loop asking at each char whether a word is open: the word loop does only what a letter needs.
  // The gap loop reads the char that ends a word (a separator: "(" or "©" marks a credit).
  // `code <= unset` tells a letter from the three other values of the table in one test.
  // Positions step as `(i + 1) | 0`: an int32 sum that wraps, where `i++` is checked for overflow
  // at each char (the scan alone, 2 passes: 337.9 M -> 330.6 M instructions); the counts of marks,
  // words and content words too (325.4 M -> 323.4 M).
  while (i < end) {
    const raw = codes[i];
    const code = raw - 0x61 >>> 0 < 26 ? raw : folded[raw];
    if (code <= unset) {
      if (code === unset) return null;
      // A mark's bit is 0.
      seen |= separatorMarks[raw];
      i = (i + 1) | 0;
      continue;
    }
    // A word starts: hash its folded chars up to the next separator or the end of the line.
    const first = code;
    const wordStart = i;
    let marks = 0;
    // The first letter is hashed here, the word loop going on from the next char: each char is
    // read once. A lower-case ASCII letter is its own fold and skips the table (foldWords fills
    // the table's ASCII up front, for wordFlags to read the same). Callgrind, the scan alone, 2
    // passes over the 313 article-sized texts: 382.2 M -> 365.7 M instructions.
    let hash = Math.imul(seed ^ code, prime);
    let last = code;
    for (i = (i + 1) | 0; i < end; i = (i + 1) | 0) {
      const raw = codes[i];
      const next = raw - 0x61 >>> 0 < 26 ? raw : folded[raw];
      if (next <= unset) {
        if (next === mark) {
          marks = (marks + 1) | 0;
          continue;
        }
        if (next === unset) return null;
        break;
      }
      hash = Math.imul(hash ^ next, prime);
      // The word's last letter, kept as it goes by rather than looked for again behind the marks
      // once the word is a content word (with the mark passed to wordFlags as a local, not read
      // from the module: the scan alone, 2 passes over the 313 article-sized texts, 389.5 M ->
      // 382.2 M instructions under callgrind).
      last = next;
    }
    const length = (i - wordStart - marks) | 0;
    // The separator that ended the word is read here, not by one more turn of the gap loop.
    if (i < end) {
      seen |= separatorMarks[codes[i]];
      i = (i + 1) | 0;
    }
    const flags = length <= longest && (filter[hash >>> 21] & (1 << ((hash >>> 16) & 31))) !== 0 ? wordFlags(codes, wordStart, length, hash, slots, packed, folded, mark) : 0;
    if (wordCount === 0) {
      firstFlags = flags;
      firstHash = hash;
    }
    wordCount = (wordCount + 1) | 0;
    if (first - 0x30 >>> 0 < 10) seen |= digitWord;
    lineHash = Math.imul(lineHash ^ hash, prime);
    if (flags !== 0) {
      if (flags & cueFlag) promoCues++;
      else if (flags & addressFlag) promoAddress++;
      if (flags & captionFlag) captionLabel = true;
      seen |= flags & commissionFlag;
    }
    if (counting) {
      // Visit the set bits only: most stop words belong to one or two languages.
      for (let bits = flags & stopMask; bits !== 0; bits &= bits - 1) stopHits![stopAt + 31 - Math.clz32(bits & -bits)]++;
      if ((flags & stopMask) === 0 && length >= contentChars && !(first >= 0x30 && first <= 0x39)) {
        // A final plural "s" is left out: the hash before it is the hash's last step undone.
        content![contentCount] = last === 0x73 ? Math.imul(hash, inverse) ^ last : hash;
        contentCount = (contentCount + 1) | 0;
      }
    }
  }
  if (sink) sink.contentCount = contentCount;
  const key = wordCount <= KEY_MAX_WORDS ? lineHash : null;
  const creditMark = (seen & (HAS_OPEN_PAREN | HAS_COPYRIGHT_SIGN)) !== 0;
  return { wordCount, key, firstFlags, firstHash, promoCues, promoAddress, captionLabel, creditMark, marks: seen };
}
