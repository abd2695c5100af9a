// A list announced by a colon at the edge of the body or inside it: "The Doobie Brothers 50th
// Anniversary Tour 2020 dates:" / "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL" /
// "June 10 -- …". Another colon opens another section, not an item. Its items are short and dense with names (a menu would look the same), so the
// densest-run search leaves them out; the colon says they belong to the sentence before.
import type { LineClass } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** A list in an article runs to a few dozen items; more is a directory, not a story. */
export const MAX_LIST_ITEMS = 40;
/**
 * Fewer items make no list to recover, and a comment thread is heads of two: "jbaxt says:" /
 * "November 19, 2019 at 10:15 am" / the comment, then the next head.
 */
export const MIN_LIST_ITEMS = 3;
/** An announcing line is a short sentence: "Here's what to know:", "Les pays retenus sont :". */
const MAX_HEAD_WORDS = 25;
/**
 * Items of one list have a like size: an item this many times shorter or longer than the first
 * one is the page going on to something else ("FACEBOOK" after thirty tour dates).
 */
const ITEM_SIZE_RATIO = 3;

/**
 * For each line, whether it is the head or an item of an announced list. A head is a line ending
 * with a colon that is in the body or right after it, and not known furniture ("Share this:");
 * its items are the lines after it, up to furniture, a tail marker, a paragraph of prose, or an
 * item of another size.
 */
export function announcedLists(lines: readonly LineFeatures[], classes: readonly LineClass[], inBody: readonly boolean[]): boolean[] {
  const listed = new Array<boolean>(lines.length).fill(false);
  for (let head = 0; head < lines.length; head++) {
    const line = lines[head];
    if (!line.colon || line.tail || classes[head] === 'furniture' || line.wordCount > MAX_HEAD_WORDS) continue;
    if (!inBody[head] && !(head > 0 && inBody[head - 1])) continue;
    let end = head + 1;
    const first = lines[end]?.wordCount ?? 0;
    while (end < lines.length && end - head <= MAX_LIST_ITEMS && isItem(lines[end], classes[end], first)) end++;
    if (end - head - 1 < MIN_LIST_ITEMS) continue;
    for (let k = head; k < end; k++) listed[k] = true;
    head = end - 1;
  }
  return listed;
}

function isItem(line: LineFeatures, cls: LineClass, first: number): boolean {
  if (line.tail || line.colon || cls === 'furniture' || cls === 'good' || line.wordCount === 0) return false;
  return line.wordCount * ITEM_SIZE_RATIO >= first && line.wordCount <= first * ITEM_SIZE_RATIO;
}
