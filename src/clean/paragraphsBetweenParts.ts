// A paragraph held between two kept parts of the article, a few lines from each: "Auf dieser
// Seite:" / the contents (kept) / "Fleischproduktion unter Anpassungsdruck" / "Noch dampfen die
// zartrosa Leiber. In Hälften hängen sie an Haken…" / a caption / the body (kept). The densest-run
// search weighs a paragraph alone among captions and headings too little to make it a run of its
// own, and the finders that took back the part above it read only their own shapes. A long
// sentence of prose with the article kept within PARAGRAPH_REACH lines above and below, no tail
// marker between, is the article's: teasers' summaries stand under a tail marker or among other
// teasers, far from the article on one side.
//
// On the shared slice: 2 article lines, none of boilerplate (one unlabelled, a police report's
// paragraph between two of its own); headingsBetweenParts then takes the heading above one.
import type { LineClass, LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';

/** How far the kept article may stand on each side: a heading, a caption and its credit between. */
export const PARAGRAPH_REACH = 3;
/** A paragraph of this many words says something; a caption or a teaser's summary says less. */
export const PARAGRAPH_MIN_WORDS = 15;

/** For each line, whether it is a paragraph of the article between two kept parts (see above). */
export function paragraphsBetweenParts(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]): boolean[] {
  const { lines } = page;
  let taken: boolean[] | null = null;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (verdicts[i].reason !== 'outside-body' || classes[i] !== 'good' || !isParagraph(lines[i])) continue;
    if (!keptWithin(lines, verdicts, i, -1) || !keptWithin(lines, verdicts, i, 1)) continue;
    taken ??= new Array<boolean>(lines.length).fill(false);
    taken[i] = true;
  }
  return taken ?? [];
}

function isParagraph(line: LineFeatures): boolean {
  return line.sentence && line.wordCount >= PARAGRAPH_MIN_WORDS && line.furniture === null && !line.caption && !line.tail && !line.paywall;
}

/** Whether a kept line stands within PARAGRAPH_REACH lines on one side, no tail marker between. */
function keptWithin(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[], from: number, step: 1 | -1): boolean {
  for (let k = from + step, seen = 0; k >= 0 && k < lines.length && seen < PARAGRAPH_REACH; k += step, seen++) {
    if (verdicts[k].content) return true;
    if (lines[k].tail) return false;
  }
  return false;
}
