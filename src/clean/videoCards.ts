// A video's card printed between two paragraphs of the story: its headline, its age and its
// running time, its summary ("Ceasefire talks stalled as Hezbollah and Iran vow retaliation
// against Israel" / "1 day ago" / "Duration 12:38" / "Tensions are escalating in the Middle East
// as…"), or its summary above its date and running time ("In Russland gehen junge Menschen für
// Demokratie … auf die Straße." / "26.10.2025 | 2:43 min"). The headline reads as a subheading and
// the summary as prose; the running time gives them away: a story states a duration inside a
// sentence, never on a line of its own. The meta lines go as metadata (metaLine.ts); the card's
// lines around them are marked as a caption is (LineFeatures.caption): prose where the body is
// looked for, dropped after. Taken as furniture at once, a card cut the body in two, and the
// story above it was lost with the card.
import type { LineFeatures } from './lineFeatures.js';
import * as lineMarks from './lineMarks.js';
import { isCardHeadline } from './teaserHeadlines.js';

// A local copy (see scanLine.ts: an imported binding is a getter call once tsx turns modules into
// CommonJS).
const { HAS_COLON } = lineMarks;

/** A running time's line is short: "Duration 12:38", "26.10.2025 | 2:43 min". */
const RUNNING_TIME_MAX_CHARS = 32;
const RUNNING_TIME_MAX_WORDS = 6;
/**
 * A running time: minutes and seconds with their unit ("2:43 min"), or after their word
 * ("Duration 1:30", "Durée : 3:20"). A clock time alone ("12:17", "Heute, 12:37 Uhr") is a time
 * stamp, not a video's.
 */
const RUNNING_TIME = /(?:^|[\s|])\d{1,2}:\d{2}(?::\d{2})? ?(?:min|Min)\.?$|^(?:duration|dauer|durée|duración|durata)\s*:?\s*\d{1,2}:\d{2}/iu;
/** The card's other stamps beside the running time ("1 day ago", "14 hours ago"): a few words with a figure. */
const STAMP_MAX_WORDS = 5;
const STAMP_MAX_CHARS = 30;
/** The card's summary: a sentence or two, shorter than most paragraphs. */
const SUMMARY_MIN_WORDS = 5;
const SUMMARY_MAX_WORDS = 45;
/**
 * Below the running time, the summary of a card that has its headline above: shorter, as a card
 * may have no summary and the story go on below it ("Yahya Sinwar has been promoted to Hamas
 * political chief. Some Palestinians in Gaza fear…", 22 words).
 */
const SUMMARY_BELOW_MAX_WORDS = 30;

/** Marks the headline and summary of each video card around its running time, to be dropped once the body is found. */
export function markVideoCards(lines: LineFeatures[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Fields first (the word count, the colon a running time holds, as the scan saw it): most lines
    // have more words than a running time's line, or no colon.
    if (line.wordCount === 0 || line.wordCount > RUNNING_TIME_MAX_WORDS || (line.marks & HAS_COLON) === 0) continue;
    if (line.text.length > RUNNING_TIME_MAX_CHARS || !RUNNING_TIME.test(line.text)) continue;
    let first = i;
    while (first > 0 && isStamp(lines[first - 1])) first--;
    let last = i;
    while (last + 1 < lines.length && isStamp(lines[last + 1])) last++;
    const above = first > 0 ? lines[first - 1] : null;
    const below = last + 1 < lines.length ? lines[last + 1] : null;
    if (above !== null && isCardHeadline(above)) {
      above.caption = true;
      if (below !== null && isSummary(below) && below.wordCount <= SUMMARY_BELOW_MAX_WORDS) below.caption = true;
    } else if (above !== null && isSummary(above)) above.caption = true;
    i = last;
  }
}

function isStamp(line: LineFeatures): boolean {
  return line.wordCount > 0 && line.wordCount <= STAMP_MAX_WORDS && line.text.length <= STAMP_MAX_CHARS && /\d/.test(line.text);
}

function isSummary(line: LineFeatures): boolean {
  return line.furniture === null && line.sentence && line.wordCount >= SUMMARY_MIN_WORDS && line.wordCount <= SUMMARY_MAX_WORDS;
}
