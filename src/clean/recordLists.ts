// A list of records, one a line, right beside the article: "Blue Origin, Kent, Washington" /
// "Ceres Robotics, Palo Alto, California" / "SpaceX, Hawthorne, California", or "England (Group
// A): 10th appearance" / "Czech Republic (Group A): Seventh appearance". Each item is a few names
// and figures with no stop word, so the line classes take it for a menu; but its items are laid
// out alike, field by field: the same punctuation in the same order, two marks or more. A menu's
// entries have no punctuation, a list of headlines has varied shapes, and an archive's
// "Topic (15)" brackets alone say nothing.
//
// Twins left out: share buttons ("Klick, um auf Facebook zu teilen (Wird in neuem Fenster
// geöffnet)" / "Klick, um über Twitter zu teilen (…)") are one line with a word changed: the
// words shared by every item make half of it or more, where records differ field by field.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** Fewer items make no list to recover. */
export const RECORD_LIST_MIN_ITEMS = 3;
/** A record is a few fields: "Tyvak Nano-Satellite Systems Inc., Irvine, California" is 7 words. */
export const RECORD_MAX_WORDS = 12;
/** Marks an item must hold: one comma is any clause's; two fields need two marks at least. */
export const RECORD_MIN_MARKS = 2;
/** A heading between the article and the list ("Qualified teams") is a few words. */
export const LIST_HEADING_MAX_WORDS = 5;

/** The field separators whose order makes an item's shape, each a digit of it: 1 to 7. */
const MARKS = new Uint8Array(0x80);
[...',;:()[]'].forEach((c, i) => (MARKS[c.charCodeAt(0)] = i + 1));
/** Digits 4 to 7 are brackets: a shape of brackets alone says nothing. */
const FIRST_BRACKET = 4;
/** Marks past this many are not read: two shapes alike so far are alike. */
const MAX_MARKS = 12;

/**
 * For each line, whether it is an item of a list of records (see above), or its heading: the
 * list starts right below a line of the article or below a short heading that does, or ends right
 * above one.
 */
export function recordLists(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  let taken: boolean[] | null = null;
  for (let i = 0, above = false; i < lines.length; i++) {
    const content = verdicts[i].content;
    // Above the article line i: a list ends where the article starts again.
    if (content && above) {
      const start = runEnd(lines, verdicts, i - 1, -1) + 1;
      if (i - start >= RECORD_LIST_MIN_ITEMS && !sameItems(lines, start, i)) {
        taken ??= new Array<boolean>(lines.length).fill(false);
        for (let k = start; k < i; k++) taken[k] = true;
      }
    }
    above = !content;
    if (!content || i + 1 >= lines.length || verdicts[i + 1].content) continue;
    // Below it, past a heading if there is one.
    let from = i + 1;
    if (isHeading(lines[from], verdicts[from]) && shapeOf(lines[from].text) === 0) from++;
    const end = runEnd(lines, verdicts, from, 1);
    if (end - from >= RECORD_LIST_MIN_ITEMS && !sameItems(lines, from, end)) {
      taken ??= new Array<boolean>(lines.length).fill(false);
      for (let k = i + 1; k < end; k++) taken[k] = true;
    }
  }
  return taken ?? [];
}

/** Past the last item of the run of like records from line `from` in direction `step`. */
function runEnd(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[], from: number, step: 1 | -1): number {
  if (from < 0 || from >= lines.length || !isItem(lines[from], verdicts[from])) return from;
  const shape = shapeOf(lines[from].text);
  if (!isRecordShape(shape)) return from;
  let i = from + step;
  while (i >= 0 && i < lines.length && isItem(lines[i], verdicts[i]) && shapeOf(lines[i].text) === shape) i += step;
  return i;
}

function isItem(line: LineFeatures, verdict: LineVerdict): boolean {
  return (
    !verdict.content &&
    verdict.reason === 'outside-body' &&
    line.wordCount > 0 &&
    line.wordCount <= RECORD_MAX_WORDS &&
    line.furniture === null &&
    !line.tail &&
    !line.paywall
  );
}

function isHeading(line: LineFeatures, verdict: LineVerdict): boolean {
  return isItem(line, verdict) && line.wordCount <= LIST_HEADING_MAX_WORDS && !line.sentence;
}

/**
 * The field separators of a line, in order, as the digits of a number in base 8 ("England (Group
 * A): 10th appearance" -> "():" -> 0o463): no string is built for each line read.
 */
function shapeOf(text: string): number {
  let shape = 0;
  for (let i = 0, marks = 0; i < text.length && marks < MAX_MARKS; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && MARKS[c] !== 0) [shape, marks] = [shape * 8 + MARKS[c], marks + 1];
  }
  return shape;
}

/** Two marks or more, and not brackets alone ("Akhir Zaman (15)", "[Accueil]"). */
function isRecordShape(shape: number): boolean {
  if (shape < 8 ** (RECORD_MIN_MARKS - 1)) return false;
  for (let rest = shape; rest > 0; rest = Math.floor(rest / 8)) if (rest % 8 < FIRST_BRACKET) return true;
  return false;
}

/**
 * Whether the items of lines [from, to) are one line with a word changed: the characters every
 * item opens and ends on make half of the shortest one or more (share buttons, not records).
 */
function sameItems(lines: readonly LineFeatures[], from: number, to: number): boolean {
  const first = lines[from].text;
  let prefix = first.length;
  let suffix = first.length;
  let shortest = first.length;
  for (let i = from + 1; i < to; i++) {
    const { text } = lines[i];
    shortest = Math.min(shortest, text.length);
    let p = 0;
    while (p < prefix && p < text.length && text.charCodeAt(p) === first.charCodeAt(p)) p++;
    prefix = p;
    let s = 0;
    while (s < suffix && s < text.length && text.charCodeAt(text.length - 1 - s) === first.charCodeAt(first.length - 1 - s)) s++;
    suffix = s;
  }
  return 2 * (prefix + suffix) >= shortest;
}
