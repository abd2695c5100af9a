// A box of links named after its section, inside or below the article: "Related Article" / "Is
// UPS Retaliating Against Union Activists?" / "Teddy Ostrow" / the story goes on; "More from Ask
// an Advisor" / "Here are more FA Council perspectives on how to navigate this economy." / two
// headlines / the story goes on; "Next Up In Science & Health" / five headlines / "Most Read".
// The heading's words are data (BoilerplateLexicon.boxHeadings); its links are headlines, a
// teaser's sentence, an author's name, until the article's next paragraph or the next marker.
import type { LineFeatures } from './lineFeatures.js';

/** A box holds a few links: more lines than this before a paragraph is a list of the article's own. */
export const BOX_MAX_LINKS = 6;
/**
 * The article going on: a paragraph, longer than a teaser's sentence ("Here are more FA Council
 * perspectives on how to navigate this economy while building wealth.", 15 words).
 */
const PARAGRAPH_MIN_WORDS = 20;

/**
 * Marks as furniture ('teaser') the heading at each of `headings` (indexes of lines opening on a
 * box heading) and the lines of its box, when a paragraph or a tail marker closes the box within
 * BOX_MAX_LINKS lines; the lines of a box that runs on are left to the classifier.
 */
export function markLinkBoxes(lines: LineFeatures[], headings: readonly number[]): void {
  for (const heading of headings) {
    // A tail marker's box ("Mehr aus dem Ressort") is the classifier's: it ends the article, or
    // the story resumes after it.
    if (lines[heading].tail) continue;
    let end = -1;
    let links = 0;
    for (let i = heading + 1; i < lines.length && links <= BOX_MAX_LINKS; i++) {
      const line = lines[i];
      if (line.tail || line.paywall || isParagraph(line)) {
        end = i;
        break;
      }
      if (line.furniture === null && line.wordCount > 0) links++;
    }
    // The heading alone names a box, never the article's own section ("More In Ask an Advisor").
    if (end < 0 || links === 0) end = heading + 1;
    for (let i = heading; i < end; i++) if (lines[i].furniture === null && lines[i].wordCount > 0) lines[i].furniture = 'teaser';
  }
}

function isParagraph(line: LineFeatures): boolean {
  return line.sentence && line.wordCount >= PARAGRAPH_MIN_WORDS;
}
