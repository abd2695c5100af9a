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

/** Drops ('related-link') each run of two or three headlines between two paragraphs, the last one sharing no word with the paragraph below. */
export function dropRelatedPairs(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines } = page;
  for (let i = 1; i < lines.length; i++) {
    if (!isLinkHeadline(lines[i], verdicts[i]) || !isParagraph(lines[i - 1], verdicts[i - 1])) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= PAIR_MAX_LINES && isLinkHeadline(lines[end], verdicts[end])) end++;
    const run = end - i;
    if (run >= PAIR_MIN_LINES && run <= PAIR_MAX_LINES && end < lines.length && !allQuestions(lines, i, end) && isParagraph(lines[end], verdicts[end]) && !shareWords(page, end - 1, end)) {
      for (let k = i; k < end; k++) verdicts[k] = { content: false, reason: 'related-link' };
    }
    i = end - 1;
  }
}
