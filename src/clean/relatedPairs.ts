// Links to related articles a site drops between two paragraphs of the story, two or three in a
// row and with no heading over them: "…et créé deux zones où la pêche est interdite." / "Thon
// rouge : la Méditerranée rouvre ses quotas après dix ans" / "Pourquoi les sardines se font-elles
// rares dans le golfe ?" / "La mesure a vite porté ses fruits…". Each is a headline (one sentence,
// long for a subheading, no full stop) on the story's topic, so its words do not give it away,
// and one alone reads as a subheading. What does is the paragraph below: a heading, or a heading
// and its subheading, announce what follows and share its words ("Une coopérative qui publie ses
// analyses" / "La coopérative publie chaque semaine…"),
// while the last link of a rail says nothing of the paragraph the story resumes with.
//
// A single long line so placed is a subheading as often as a link (on the shared slice 36 article
// lines for 3 of boilerplate), and is left alone; runs of two or three are links (4 lines of
// boilerplate, none of the article's). Questions alone in a row are the writer's own and stay.
// The same run standing inside the article with lines left out right above and below it (a box's
// label, an ad) is a box of links: 2 more lines of boilerplate, none of the article's.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';

/** Two links at least: one alone is as often a subheading. */
export const PAIR_MIN_LINES = 2;
/** More than three in a row between paragraphs is a list the story gives (steps, names, titles). */
export const PAIR_MAX_LINES = 3;
/** A related article's headline: longer than most subheadings, shorter than a sentence of prose. */
export const LINK_MIN_WORDS = 6;
export const LINK_MAX_WORDS = 20;
/** The paragraphs around: sentences of some length, not labels or captions. */
export const PARAGRAPH_MIN_WORDS = 12;

/** No full stop, colon or closing quote at the end ('?' is a headline's); one sentence; no item mark. */
const NOT_HEADLINE_END = /[.!:;,…»"”)]$/u;
const INNER_SENTENCE_END = /[.!?]\s/u;
const ITEM_START = /^[\p{N}•·*–—-]/u;
const PARAGRAPH_END = /[.!?»"”]$/u;

function isLinkHeadline(line: LineFeatures, verdict: LineVerdict): boolean {
  const { text, wordCount } = line;
  return verdict.content && wordCount >= LINK_MIN_WORDS && wordCount <= LINK_MAX_WORDS && !NOT_HEADLINE_END.test(text) && !INNER_SENTENCE_END.test(text) && !ITEM_START.test(text);
}

function isParagraph(line: LineFeatures, verdict: LineVerdict): boolean {
  return verdict.content && line.wordCount >= PARAGRAPH_MIN_WORDS && PARAGRAPH_END.test(line.text);
}

/**
 * Questions in a row are the writer's ("Where was the outrage?" / "Who asked the mayor?"), as a
 * list of questions is an interview's or a checklist's: a rail of links holds a statement.
 */
function allQuestions(lines: readonly LineFeatures[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lines[k].last !== 0x3f /* ? */) return false;
  return true;
}

/** Whether lines a and b share a content word. */
function shareWords(page: PageFeatures, a: number, b: number): boolean {
  const { contentHashes, contentStart } = page;
  for (let x = contentStart[a]; x < contentStart[a + 1]; x++) {
    for (let y = contentStart[b]; y < contentStart[b + 1]; y++) if (contentHashes[x] === contentHashes[y]) return true;
  }
  return false;
}

/**
 * Drops ('related-link') each run of two or three headlines inside the article, between two
 * paragraphs (the last one sharing no word with the paragraph below) or between two lines left out.
 */
export function dropRelatedPairs(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines } = page;
  let first = 0;
  while (first < lines.length && !verdicts[first].content) first++;
  let last = lines.length - 1;
  while (last > first && !verdicts[last].content) last--;
  for (let i = first + 1; i < last; i++) {
    if (!isLinkHeadline(lines[i], verdicts[i])) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= PAIR_MAX_LINES && isLinkHeadline(lines[end], verdicts[end])) end++;
    const run = end - i;
    if (run >= PAIR_MIN_LINES && run <= PAIR_MAX_LINES && end < last && !allQuestions(lines, i, end) && (isInlineRail(page, verdicts, i, end) || isBoxedRail(verdicts, i, end))) {
      for (let k = i; k < end; k++) verdicts[k] = { content: false, reason: 'related-link' };
    }
    i = end - 1;
  }
}

/** Between two paragraphs, the last saying nothing of the one below (see above). */
function isInlineRail(page: PageFeatures, verdicts: readonly LineVerdict[], from: number, to: number): boolean {
  const { lines } = page;
  return isParagraph(lines[from - 1], verdicts[from - 1]) && isParagraph(lines[to], verdicts[to]) && !shareWords(page, to - 1, to);
}

/**
 * Inside the article, with lines left out right above and below: a box's label and an ad around
 * the links ("Read More" / two headlines / "Advertisement"). A heading and its subheading stand
 * above the paragraph they open, which is kept.
 */
function isBoxedRail(verdicts: readonly LineVerdict[], from: number, to: number): boolean {
  return !verdicts[from - 1].content && !verdicts[to].content;
}
