// Prose that goes on below the body: "He was taken to the San Diego County jail and released." /
// "The couple also have a 3-year-old daughter." The densest-run search (bodyRuns.ts) ends the body
// where its stop-word density dips, and a last paragraph of names and figures, or a few short
// quoted sentences, fall outside it. A sentence of some length right below a kept line, that no
// lexicon calls furniture and no tail or paywall notice precedes, is the article going on; each
// one taken back lets the next one below be read the same way.
//
// Only downwards: above the body stand teasers and captions that read as sentences too (on the
// shared slice, the same rule upwards took 12 lines of articles and 9 of boilerplate; downwards
// 16 and 3).
import type { LineFeatures } from './lineFeatures.js';

/** A sentence this long is prose; shorter ones ("Trust me.", "Read more.") prove nothing. */
export const CONTINUATION_MIN_WORDS = 8;

interface Verdict {
  content: boolean;
  reason: string;
}

/** For each line, whether it continues the body's prose downwards (see above). */
export function proseContinuation(lines: readonly LineFeatures[], verdicts: readonly Verdict[]): boolean[] {
  const taken = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    if (!verdicts[i].content) continue;
    let j = i + 1;
    while (j < lines.length && continues(lines[j], verdicts[j])) taken[j++] = true;
    i = j - 1;
  }
  return taken;
}

function continues(line: LineFeatures, verdict: Verdict): boolean {
  return (
    !verdict.content &&
    verdict.reason === 'outside-body' &&
    line.sentence &&
    line.wordCount >= CONTINUATION_MIN_WORDS &&
    line.furniture === null &&
    !line.tail &&
    !line.paywall
  );
}
