// The lines of a pasted text, cut once: the text path runs on every pasted page, and each of its
// readers (the classifier, the credit lines) reads the same lines.

/** What String.prototype.trim takes away: tabs, CR, no-break and other Unicode spaces. */
export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A text's lines, trimmed, blank ones left out, and where each starts in the text. */
export interface TextLines {
  lines: readonly string[];
  starts: readonly number[];
}

/**
 * The text's lines, cut once in one scan (one string per kept line) for every reader of the text
 * path: the classifier's lines (cleanText) and the credit lines (readTextMetadata) are the same
 * ones, and each walked the text for them (the credit lines' walk, with the walk back from the
 * end for a closing masthead: callgrind, two steady passes over the 313 article-sized texts after
 * twelve warm ones, 856.8 M -> 822.9 M instructions, -4.0%).
 */
export function nonBlankLines(text: string): TextLines {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let from = start;
    let to = end;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) {
      lines.push(text.slice(from, to));
      starts.push(from);
    }
    start = end + 1;
  }
  return { lines, starts };
}
