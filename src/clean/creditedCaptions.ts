// A page prints its captions alike: a sentence about the picture, then its credit on a line of its
// own ("Smoke over the harbour on Sunday." / "Jane Roe/Daily Courier"). Where the credit rules
// (captionCredit.ts, captionAboveCredit.ts) found such a pair, the page's other pictures are
// captioned the same way, with credits they do not know: an institution, a journal, a satellite
// ("The shaded area shows the flood plain." / "Regional Water Board"). On such a page, a sentence
// of caption length between two kept lines, followed by a short capitalised line with no sentence
// end that a paragraph follows, is a caption and its credit; so is a short line of that shape
// right below a caption another rule dropped, when that caption is a sentence and so still lacks
// its credit (below "… Photo: AFP" a short line is the next section's heading). A subheading is shaped as a credit, but it follows
// a paragraph, and the page's captions are what tell the two apart: without a pair found, nothing
// is read.
//
// On the shared slice: 4 lines of boilerplate out (and 1 unlabelled), none of the article's.
import { CAPTION_MAX_WORDS } from './captionCredit.js';
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

const CAPTION_REASON = 'caption';
/** A credit names a source in a few words: "Regional Water Board". */
export const CREDIT_MAX_WORDS = 5;

/** Short, capitalised, no sentence end, not in capitals (a section label or a subheading shouted). */
function isCreditLine(line: LineFeatures): boolean {
  const { text } = line;
  if (line.sentence || line.wordCount === 0 || line.wordCount > CREDIT_MAX_WORDS) return false;
  const first = text.charAt(0);
  return first !== first.toLowerCase() && text !== text.toUpperCase();
}

/** Drops ('caption') the captions and credits shaped as a pair the page was found to print (see above). */
export function dropCreditedCaptions(lines: readonly LineFeatures[], verdicts: LineVerdict[]): void {
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length && pairs === 0; i++) if (verdicts[i].reason === CAPTION_REASON && verdicts[i + 1].reason === CAPTION_REASON) pairs++;
  if (pairs === 0) return;
  for (let i = 1; i + 2 < lines.length; i++) {
    const credit = i + 1;
    if (!verdicts[credit].content || !isCreditLine(lines[credit]) || !verdicts[credit + 1].content || !lines[credit + 1].sentence) continue;
    if (verdicts[i].reason === CAPTION_REASON && lines[i].sentence) {
      verdicts[credit] = { content: false, reason: CAPTION_REASON };
    } else if (verdicts[i].content && verdicts[i - 1].content && lines[i].sentence && lines[i].wordCount <= CAPTION_MAX_WORDS) {
      verdicts[i] = { content: false, reason: CAPTION_REASON };
      verdicts[credit] = { content: false, reason: CAPTION_REASON };
    }
  }
}
