// The words of a line in the one form every lexicon of the stage is written in: lower case,
// accents stripped, punctuation dropped. "À (re)lire :" -> ["a", "re", "lire"].
//
// This runs on every line of every page, so folding is one table lookup per char code: no
// regular expression, no Unicode normalisation. Accented Latin letters fold to their base letter,
// other scripts (Cyrillic, Greek, CJK…) are lower-cased and kept.

/**
 * Table values that are not letters: a separator ends a word, a mark (a combining accent) is
 * dropped, UNSET is a code not folded yet. No letter or digit folds below 0x30, so one test
 * (`value <= UNSET`) tells a letter from the three (scanLine's loops).
 */
export const SEPARATOR = 0;
export const MARK = 1;
export const UNSET = 2;

const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;

/**
 * Folded char code of every UTF-16 code unit, filled on first sight (most pages use a few
 * hundred): read `FOLDED[code]`, and call foldedCode only when it says UNSET.
 */
export const FOLDED = new Uint16Array(0x10000).fill(UNSET);

function computeFold(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return code;
    return code >= 0x41 && code <= 0x5a ? code + 0x20 : SEPARATOR;
  }
  if (code < LATIN_FIRST) return SEPARATOR; // Latin-1 punctuation, symbols, no-break space
  if (code >= 0x300 && code <= 0x36f) return MARK;
  // General punctuation (’ “ ” – — …), currency, arrows, maths, boxes, dingbats, CJK punctuation,
  // full-width punctuation, surrogate pairs (emoji).
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xd800 && code <= 0xdfff)) {
    return SEPARATOR;
  }
  if (code >= 0xff00 && code <= 0xff0f) return SEPARATOR;
  const char = String.fromCharCode(code);
  if (code <= LATIN_LAST) {
    // "é" -> "e", "Œ" -> "œ"; × and ÷ are the two symbols of the range. Every letter here folds
    // to a single code unit.
    if (!/\p{L}/u.test(char)) return SEPARATOR;
    return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().charCodeAt(0);
  }
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** SEPARATOR, MARK, or the folded letter or digit. */
export function foldedCode(code: number): number {
  let folded = FOLDED[code];
  if (folded === UNSET) FOLDED[code] = folded = computeFold(code);
  return folded;
}

// ASCII folded up front: the scanner takes a lower-case letter as it is without reading the table
// (scanLine), and the table must say the same wherever a word is read from it again (wordFlags).
for (let code = 0; code < 0x80; code++) foldedCode(code);

/** Fills the table for the units `codes[start .. end)`. */
export function foldCodes(codes: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) foldedCode(codes[i]);
}

export function foldWords(line: string): string[] {
  const folded = foldLine(line);
  return folded === '' ? [] : folded.split(' ');
}

/** The folded line's codes, reused from call to call. */
let foldBuffer = new Uint16Array(1024);
/** Codes turned into a string by one call: an argument list this long stays well within the stack. */
const FROM_CODES_MAX = 4096;

/**
 * The normalised line the lexicons and CleanContext compare: "À (re)lire :" -> "a re lire". The
 * folded codes go to a buffer and become a string in one call: a string grown by one char at a
 * time cost twice as much, and was flattened again by the first search of it (callgrind,
 * isPaywallEnd on the 1,027 furniture/promo lines of the 313 article-sized texts: 10.5 M -> 8.4 M
 * instructions a pass).
 */
export function foldLine(line: string): string {
  if (foldBuffer.length < 2 * line.length) foldBuffer = new Uint16Array(4 * line.length);
  const out = foldBuffer;
  let length = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = foldedCode(line.charCodeAt(i));
    if (code === SEPARATOR) inWord = false;
    else if (code !== MARK) {
      if (!inWord && length !== 0) out[length++] = 0x20;
      inWord = true;
      out[length++] = code;
    }
  }
  if (length === 0) return '';
  if (length <= FROM_CODES_MAX) return String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]);
  let text = '';
  for (let at = 0; at < length; at += FROM_CODES_MAX) text += String.fromCharCode.apply(null, out.subarray(at, Math.min(length, at + FROM_CODES_MAX)) as unknown as number[]);
  return text;
}
