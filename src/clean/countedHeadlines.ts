// A list of headlines each followed by its count of comments or views in brackets: "Myles
// Garrett: I made a mistake; I lost my cool (142)" / "Week 12 power rankings (133)" / "NFL says
// it is “disappointed” Colin Kaepernick “did not appear” (122)". A "Most commented" box prints
// them one under the other; an article's line ends on a figure in brackets now and then (a
// department's number, a reference), not line after line.
import type { LineFeatures } from './lineFeatures.js';

/** A headline of a few words, then a space and its count: "… lost my cool (142)". */
const COUNTED = /\s\(\d{1,5}\)$/;
/** "Paris (75)" is a place and its department: a headline has more words. */
const MIN_WORDS = 4;
/** One under the other, this many at least: two may be a pair of figures in a story. */
export const MIN_COUNTED_RUN = 3;

/** Marks as furniture ('teaser') the lines of a run of counted headlines. */
export function markCountedHeadlines(lines: LineFeatures[]): void {
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && isCounted(lines[i])) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= MIN_COUNTED_RUN) {
      for (let k = start; k < i; k++) if (lines[k].furniture === null) lines[k].furniture = 'teaser';
    }
    start = -1;
  }
}

function isCounted(line: LineFeatures): boolean {
  // Cheap test first: the line ends with ")".
  return line.text.charCodeAt(line.text.length - 1) === 0x29 && line.wordCount >= MIN_WORDS && COUNTED.test(line.text);
}
