// An encyclopedia's closing sections, named at the end of its table of contents: "6 See also" /
// "7 References" / "8 External links". The densest-run search ends the article at its last
// paragraph, and the lexicon reads "See also[edit]" or "Further reading" as a box's marker, as on
// a news page; but here the contents name them, so they are the article's sections: their
// headings, and the short lists between two of them ("See also[edit]" / "Mozilla (mascot)" /
// "The Book of Mozilla" / "References[edit]"). The last one's list is left out: nothing bounds it,
// and a wiki prints its navigation boxes right below ("v" / "t" / "e" / "Mozilla" / "Projects").
import type { LineFeatures } from './lineFeatures.js';
import { isNoteLine } from './noteLists.js';

/**
 * A closing section between two others is a list of a few links or books: a longer stretch
 * (footnotes not counted, noteLists.ts takes them) is not read as one.
 */
export const CLOSING_LIST_MAX_LINES = 30;

/** "History[edit]", "Liens externes[modifier | modifier le code]" -> "history", "liens externes". */
function headingName(text: string): string {
  const bracket = text.charCodeAt(text.length - 1) === 0x5d /* ] */ ? text.lastIndexOf('[') : -1;
  return (bracket > 0 ? text.slice(0, bracket) : text).trim().toLowerCase();
}

/** "12 Further reading" -> "further reading". */
export function entryName(text: string): string {
  return text.replace(/^\d+(?:\.\d+)*\.?\s+/u, '').trim().toLowerCase();
}

/**
 * Marks in `taken` the headings named by `names` (the contents' last entries, in their order)
 * that stand below line `last` in that order, and the lines between two of them, when no tail
 * marker stands there and they are few (CLOSING_LIST_MAX_LINES).
 */
export function takeClosingSections(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], names: readonly string[], last: number, taken: boolean[]): void {
  const maxChars = names.reduce((max, name) => Math.max(max, name.length), 0) + 32;
  const headings: number[] = [];
  let next = 0;
  for (let i = last + 1; i < lines.length && next < names.length; i++) {
    if (lines[i].text.length > maxChars) continue;
    const at = names.indexOf(headingName(lines[i].text), next);
    if (at < 0) continue;
    headings.push(i);
    next = at + 1;
  }
  for (let h = 0; h < headings.length; h++) {
    taken[headings[h]] = true;
    if (h + 1 === headings.length) break;
    const [from, to] = [headings[h] + 1, headings[h + 1]];
    let left = 0;
    let bounded = true;
    for (let k = from; k < to && bounded; k++) {
      if (lines[k].tail) bounded = false;
      else if (!verdicts[k].content && !isNoteLine(lines[k].text)) left++;
    }
    if (!bounded || left > CLOSING_LIST_MAX_LINES) continue;
    for (let k = from; k < to; k++) if (!verdicts[k].content && !isNoteLine(lines[k].text) && lines[k].wordCount > 0) taken[k] = true;
  }
}
