// Reading the lines of a text in place, by their bounds, without splitting it: the text path runs
// on every pasted page, and most of its lines are only looked at, never kept.

/** What String.prototype.trim takes away: tabs, CR, no-break and other Unicode spaces. */
export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Where the line holding position `at` starts. */
export function lineStart(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

/** Where the line holding position `at` ends: its '\n', or the text's end. */
export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The first position of [from, to) that trim would keep, or `to` when the span is blank. */
export function skipSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** The end of [from, to) once trim has taken its trailing spaces away. */
export function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}
