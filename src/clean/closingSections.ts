// An encyclopedia's closing sections, named at the end of its table of contents: "6 See also" /
// "7 References" / "8 External links". The densest-run search ends the article at its last
// paragraph, and the lexicon reads "See also[edit]" or "Further reading" as a box's marker, as on
// a news page; but here the contents name them, so they are the article's sections: their
// headings, and the short lists between two of them ("See also[edit]" / "Mozilla (mascot)" /
// "The Book of Mozilla" / "References[edit]"). The last one's list is left out: nothing bounds it,
// and a wiki prints its navigation boxes right below ("v" / "t" / "e" / "Mozilla" / "Projects").
import type { LineFeatures } from './lineFeatures.js';
import { EDIT_LINK, HEADING_MAX_WORDS, isNoteLine } from './noteLists.js';
import type { LineVerdict } from './classifyLines.js';

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

/** The "See also" section above the notes is a few titles: a longer stretch is something else. */
export const SEE_ALSO_MAX_LINES = 12;
/** An item of such a list is a title: "List of time travel works of fiction". */
const SEE_ALSO_ITEM_MAX_WORDS = 12;

/**
 * Where no contents name them, the section between the article and its notes' heading (taken back
 * by noteLists.ts) is still the article's: "See also[edit]" / "Time travel in fiction" / "Day
 * Break, 2006 television series" / "References[edit]" / "^ …". The lexicon reads "See also" as a
 * box's marker, as on a news page, but nothing parts these lines from the article above and its
 * notes below: no tail marker, no prose, no furniture but its heading. Taken when a heading opens
 * them (a few words, ending on no sentence end or on an edit link) and they are few. Read once the
 * tables are taken back: the article above may end on one.
 */
export function sectionAboveNotes(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  const heading = verdicts.findIndex((v) => v.reason === 'note');
  if (heading <= 0 || isNoteLine(lines[heading].text)) return [];
  let top = heading - 1;
  while (top >= 0 && !verdicts[top].content && heading - top <= SEE_ALSO_MAX_LINES + 1) top--;
  const first = top + 1;
  if (top < 0 || first >= heading || heading - first > SEE_ALSO_MAX_LINES) return [];
  const opening = lines[first];
  if (opening.wordCount === 0 || opening.wordCount > HEADING_MAX_WORDS || opening.tail || (opening.sentence && !EDIT_LINK.test(opening.text))) return [];
  for (let k = first + 1; k < heading; k++) {
    const line = lines[k];
    if (line.tail || line.furniture !== null || line.caption || line.sentence || line.wordCount > SEE_ALSO_ITEM_MAX_WORDS) return [];
  }
  const taken = new Array<boolean>(lines.length).fill(false);
  for (let k = first; k < heading; k++) taken[k] = true;
  return taken;
}
