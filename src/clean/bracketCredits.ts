// A page prints all its captions alike. Where one caption is closed by a credit in brackets that
// the credit rules know ("…on the steps of the court. (AP)", captionCredit.ts), the page's other
// captions close the same way on names they do not know: "…the estate was put up for sale last
// month. (Harbour Realty)", "…leaves the hearing. (Jane Roe/Daily Courier)". A sentence followed
// by a bracket of capitalised names alone, on such a page, is one of its captions. Without a known
// caption on the page nothing is read: "…north of the city. (City News Service)" closing a wire
// text's paragraph is a source note, part of the text.
//
// On the shared slice: 2 caption lines out (and 5 unlabelled), no line of the article's.
import { CAPTION_MAX_WORDS } from './captionCredit.js';
import type { LineVerdict } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';

/** The reason classifyLines gives a caption it found (its credit, or the credit below it). */
const CAPTION_REASON = 'caption';
/** At most this many names in the bracket: "(Jane Roe/Daily Courier)". */
export const CREDIT_MAX_WORDS = 6;
/**
 * A sentence's end, then a bracket of capitalised words without figures, joined by spaces,
 * slashes, bars or dashes, or "via", "for": "(Harbour Realty)", "(Jane Roe/Daily Courier)".
 * "(E-2)", an editor's code, and "(February 2018)" hold figures; "(This was a joke.)" is prose.
 */
const BRACKET_CREDIT = new RegExp(
  String.raw`[.!?]["”»’]?\s+\([\p{Lu}][\p{L}'’.&-]+(?:(?:\s+|\s*[/|–—]\s*|\s+(?:&|via|for)\s+)[\p{Lu}][\p{L}'’.&-]*){0,${CREDIT_MAX_WORDS - 1}}\)$`,
  'u',
);

/** Drops ('caption') each kept line closed by a bracketed credit, on a page with a bracketed caption found. */
export function dropBracketCredits(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines } = page;
  let known = false;
  for (let i = 0; i < lines.length && !known; i++) known = verdicts[i].reason === CAPTION_REASON && lines[i].last === 0x29 /* ) */;
  if (!known) return;
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i].content && lines[i].last === 0x29 && lines[i].wordCount <= CAPTION_MAX_WORDS && BRACKET_CREDIT.test(lines[i].text)) {
      verdicts[i] = { content: false, reason: CAPTION_REASON };
    }
  }
}
