// Prose that goes on below the body: "He was taken to the San Diego County jail and released." /
// "The couple also have a 3-year-old daughter." The densest-run search (bodyRuns.ts) ends the body
// where its stop-word density dips, and a last paragraph of names and figures, or a few short
// quoted sentences, fall outside it. A sentence of some length right below a kept line, that no
// lexicon calls furniture and no tail or paywall notice precedes, is the article going on; each
// one taken back lets the next one below be read the same way. Up to SHORT_RUN_MAX short
// sentences come along when such a sentence follows them: "I partied." / "I had fun." / "I ate
// and drank and dated a million guys…" is a quotation going on, where "Trust me." alone proves
// nothing. A short line ending on a colon is a label ("MÁS INFORMACIÓN:"), not one of them.
//
// Only downwards: above the body stand teasers and captions that read as sentences too (on the
// shared slice, the same rule upwards took 12 lines of articles and 9 of boilerplate; downwards
// 16 and 3).
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** A sentence this long is prose; shorter ones ("Trust me.", "Read more.") prove nothing. */
export const CONTINUATION_MIN_WORDS = 8;

/** For each line, whether it continues the body's prose downwards (see above). */
export function proseContinuation(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  let taken: boolean[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!verdicts[i].content) continue;
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < lines.length && k - j < SHORT_RUN_MAX && isOutsideProse(lines[k], verdicts[k]) && lines[k].wordCount < CONTINUATION_MIN_WORDS && !lines[k].colon) k++;
      if (k >= lines.length || !isOutsideProse(lines[k], verdicts[k]) || lines[k].wordCount < CONTINUATION_MIN_WORDS) break;
      taken ??= new Array<boolean>(lines.length).fill(false);
      while (j <= k) taken[j++] = true;
    }
    i = j - 1;
  }
  return taken ?? [];
}

/** How many short sentences in a row a long one below may carry (see above). */
export const SHORT_RUN_MAX = 3;

function isOutsideProse(line: LineFeatures, verdict: LineVerdict): boolean {
  return (
    !verdict.content &&
    verdict.reason === 'outside-body' &&
    line.sentence &&
    line.wordCount >= 2 &&
    line.furniture === null &&
    !line.caption &&
    !line.tail &&
    !line.paywall
  );
}
