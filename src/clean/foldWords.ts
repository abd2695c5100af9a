// The words of a line in the one form every lexicon of the stage is written in: lower case,
// accents stripped, punctuation dropped. "À (re)lire :" -> ["a", "re", "lire"].
//
// This runs on every line of every page, so it is a single scan over char codes: no regular
// expression, no Unicode normalisation, one substring per word. Accented Latin letters are
// folded through a table built once; other scripts (Cyrillic, Greek, CJK…) are kept as they are.

/** Folded form of U+00C0..U+024F ("é" -> "e", "Œ" -> "œ"); '' for the two symbols in the range (× ÷). */
const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;
const LATIN_FOLD: readonly string[] = Array.from({ length: LATIN_LAST - LATIN_FIRST + 1 }, (_, i) => {
  const char = String.fromCharCode(LATIN_FIRST + i);
  if (!/\p{L}/u.test(char)) return '';
  return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
});

const enum Kind {
  Separator,
  Ascii,
  Latin,
  /** Combining accents of decomposed text: dropped, the word goes on. */
  Mark,
  Other,
}

function kindOf(code: number): Kind {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
      ? Kind.Ascii
      : Kind.Separator;
  }
  if (code < LATIN_FIRST) return Kind.Separator; // Latin-1 punctuation, symbols, no-break space
  if (code <= LATIN_LAST) return LATIN_FOLD[code - LATIN_FIRST] === '' ? Kind.Separator : Kind.Latin;
  if (code >= 0x300 && code <= 0x36f) return Kind.Mark;
  // General punctuation (’ “ ” – — …), currency, arrows, maths, boxes, dingbats, CJK punctuation,
  // full-width punctuation, surrogate pairs (emoji).
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xd800 && code <= 0xdfff)) {
    return Kind.Separator;
  }
  if (code >= 0xff00 && code <= 0xff0f) return Kind.Separator;
  return Kind.Other;
}

export function foldWords(line: string): string[] {
  const words: string[] = [];
  let start = -1;
  let plain = true;
  for (let i = 0; i <= line.length; i++) {
    const kind = i < line.length ? kindOf(line.charCodeAt(i)) : Kind.Separator;
    if (kind === Kind.Separator) {
      if (start >= 0) words.push(plain ? line.slice(start, i).toLowerCase() : foldSlice(line, start, i));
      start = -1;
      plain = true;
      continue;
    }
    if (start < 0) start = i;
    if (kind !== Kind.Ascii) plain = false;
  }
  return words;
}

function foldSlice(line: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const code = line.charCodeAt(i);
    if (code >= LATIN_FIRST && code <= LATIN_LAST) out += LATIN_FOLD[code - LATIN_FIRST];
    else if (code < 0x300 || code > 0x36f) out += line[i];
  }
  return out.toLowerCase();
}

/** The normalised line the lexicons and CleanContext compare: "À (re)lire :" -> "a re lire". */
export function foldLine(line: string): string {
  return foldWords(line).join(' ');
}
