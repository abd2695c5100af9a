// Where a blog's comment thread opens in a page copied as text: the platform prints a head
// above each comment ("jbaxt says:") and the time it was posted under it.
import type { LineFeatures } from './lineFeatures.js';

/** "jbaxt says:", "Marie dit :", "Jan sagt:": the head a blog platform prints above each comment. */
const COMMENT_HEAD = /^.{1,60}\s(?:says|said|wrote|dit|a écrit|écrit|sagt|schreibt|meint|dice|scrive|disse)\s*:$/u;
/** The head is followed by when the comment was posted: "November 19, 2019 at 12:39 pm". */
const MAX_STAMP_WORDS = 10;
const DIGIT = /\d/;

/**
 * A comment head followed by its time stamp opens the comment thread: like "Les plus lus", what
 * follows is no article ("How about them Chargers !!!!" reads as prose).
 */
export function markCommentThreads(lines: LineFeatures[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const { text } = lines[i];
    if (!lines[i].colon || text.length > 80 || !COMMENT_HEAD.test(text)) continue;
    const stamp = lines[i + 1];
    if (stamp.wordCount <= MAX_STAMP_WORDS && DIGIT.test(stamp.text)) lines[i].tail = true;
  }
}
