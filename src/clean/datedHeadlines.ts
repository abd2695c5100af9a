// A box of related articles printed between two parts of the story, each headline above its date:
// "More about the federal debt and the economy" / "Trump Administration Mulls a Unilateral Tax Cut
// for the Rich" / "July 30, 2018" / "How the Trump Tax Cut Is Helping to Push the Federal Deficit to
// $1 Trillion" / "July 25, 2018". The dates go as metadata (metaLine.ts); the headlines share the
// story's words and read as subheadings. A story's subheading is followed by its paragraph, not by
// a date; two headlines in a row each above a date of its own are a box's. On the shared slice the
// rows this finds are all boilerplate or unlabelled (a page's comments, each signed and dated,
// break the pairs with their text).
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { isMetaLine } from './metaLine.js';

/** A headline: a few words, no sentence end but a question mark or a quotation's. */
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_WORDS = 25;
/** A date line: a few words ("July 30, 2018", "Il y a 3 heures", "12.03.2024"). */
const DATE_MAX_WORDS = 6;
/** At least this many headline / date pairs in a row. */
const MIN_PAIRS = 2;
/** Reasons of the lines kept as prose (classifyLines.ts): notes, list items and table cells are left alone. */
const READ_AS_PROSE = new Set(['good', 'near-good', 'short', 'heading']);

/** Drops ('teaser-rail') the headlines of each row of two or more headline / date pairs. */
export function dropDatedHeadlines(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines } = page;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isDatedHeadline(lines, verdicts, i)) continue;
    let end = i + 2;
    while (end + 1 < lines.length && isDatedHeadline(lines, verdicts, end)) end += 2;
    if ((end - i) / 2 >= MIN_PAIRS) {
      for (let k = i; k < end; k += 2) verdicts[k] = { content: false, reason: 'teaser-rail' };
    }
    i = end - 1;
  }
}

function isDatedHeadline(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[], i: number): boolean {
  const line = lines[i];
  if (!verdicts[i].content || line.furniture !== null || line.wordCount < HEADLINE_MIN_WORDS || line.wordCount > HEADLINE_MAX_WORDS) return false;
  if (line.sentence && !isHeadlineEnd(line.text.charCodeAt(line.text.length - 1))) return false;
  // The date line's fields first, its pattern last: most headline-shaped lines have a paragraph below.
  const date = lines[i + 1];
  if (verdicts[i + 1].content || date.wordCount === 0 || date.wordCount > DATE_MAX_WORDS) return false;
  return READ_AS_PROSE.has(verdicts[i].reason) && isMetaLine(date.text);
}

/** "?", or a quotation closing the headline. */
function isHeadlineEnd(code: number): boolean {
  return code === 0x3f || code === 0x27 || code === 0x2019 || code === 0x22 || code === 0x201d || code === 0xbb;
}
