// A sentence of names and figures between two kept lines of the article: "Cheeks became the
// fifth NBA coach fired this season following P.J. Carlesimo (Oklahoma City), Eddie Jordan
// (Washington)…" has too few stop words for the line classes, which judge it a menu line. A
// menu or a tag list does not end on a full stop between two paragraphs of one story; a
// paragraph of names does. On clean pasted articles (ECB+ texts) such lines were the main loss
// inside the body.
//
// Not taken: a line ending on a colon (it announces what the page embeds: "WATCH | Palestinians
// react…:"), a line opening on a bracket (an editor's placeholder for a figure or an image:
// "[figure SG01: rev 0:0dc9 public…]"), lines the classifier set aside for a reason of their own
// (furniture, a doubled teaser, a tail, off-topic: only class verdicts are read again).
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** A sentence this long says something; "Cheeks is in." between two paragraphs proves nothing. */
export const SANDWICHED_MIN_WORDS = 8;
/** At most this many lines between the two kept ones ("Nixon ordered… five times." / "But Gray… never did."). */
export const SANDWICHED_MAX_LINES = 2;

/** The verdicts that are only the line's class, inside the body: these may be read again. */
const CLASS_REASONS: ReadonlySet<string> = new Set(['bad', 'near-good', 'short']);

/** For each line, whether it is a sentence of the article held between two kept lines (see above). */
export function sandwichedSentences(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  let taken: boolean[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    if (verdicts[i].content || !verdicts[i - 1].content) continue;
    let end = i;
    let long = false;
    while (end < lines.length && end - i < SANDWICHED_MAX_LINES && isSentence(lines[end], verdicts[end])) {
      if (lines[end].wordCount >= SANDWICHED_MIN_WORDS) long = true;
      end++;
    }
    if (end > i && long && end < lines.length && verdicts[end].content) {
      taken ??= new Array<boolean>(lines.length).fill(false);
      for (let k = i; k < end; k++) taken[k] = true;
    }
    i = end;
  }
  return taken ?? [];
}

function isSentence(line: LineFeatures, verdict: LineVerdict): boolean {
  return (
    !verdict.content &&
    CLASS_REASONS.has(verdict.reason) &&
    line.sentence &&
    !line.colon &&
    line.text.charCodeAt(0) !== 0x5b /* [ */ &&
    line.furniture === null &&
    !line.caption &&
    !line.tail &&
    !line.paywall
  );
}
