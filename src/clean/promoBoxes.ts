// A promotion box printed between two parts of the page: its short heading, its pitch, its button
// ("Join Our Newsletter" / "Original reporting. Fearless journalism. Delivered to you." / "I'm
// in"; "Sign Up for e-mail newsletters" / "Get breaking space news and the latest updates on
// rocket launches, skywatching events and more!" / "No spam, we promise…"). The heading and the
// button are known furniture; the pitch names no promotion word of its own and reads as prose.
// Between a sign-up heading and a button or a notice, a line is the box's: a story's paragraph
// does not sit between two such lines. On the shared slice the lines this finds are all
// boilerplate or unlabelled.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { scanLine } from './scanLine.js';

/** The box's heading: a few words ("Join Our Newsletter", "Sign up for our emails"). */
const HEADING_MAX_WORDS = 8;
/**
 * The pitch: a sentence or two, short ("Get breaking space news and the latest updates on rocket
 * launches, skywatching events and more!", 15 words). A paragraph of the story right below a
 * sign-up line and above a subheading is longer.
 */
const PITCH_MAX_WORDS = 20;
/**
 * A pitch speaking to its reader runs longer ("Nouveau : découvrez nos offres Premium !" / "Vos
 * responsabilités exigent une attention fine aux événements … Vous avez besoin d'anticiper …", 87
 * words / "Je découvre les offres"): a story's paragraph between a sign-up heading and a button
 * reports on someone, it does not tell the reader what they need.
 */
const ADDRESSED_PITCH_MAX_WORDS = 100;
const READER_ADDRESS = /\b(?:vous|vos|votre|you|your)\b/i;
/** The button below it: a few words ("I'm in", "Find out More", "Je découvre les offres"). */
const BUTTON_MAX_WORDS = 5;

/** Drops ('promo-box') each kept line between a sign-up heading and a button or a furniture line. */
export function dropPromoBoxPitches(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines } = page;
  for (let i = 1; i + 1 < lines.length; i++) {
    // The line above first: most lines follow a line that is no furniture, and are read no further.
    const above = lines[i - 1];
    if (above.furniture !== 'promo' && above.furniture !== 'prefix') continue;
    const { wordCount, text } = lines[i];
    if (!verdicts[i].content || wordCount > ADDRESSED_PITCH_MAX_WORDS) continue;
    if (!isSignUpHeading(above) || !isButton(lines[i + 1])) continue;
    if (wordCount <= PITCH_MAX_WORDS || READER_ADDRESS.test(text)) verdicts[i] = { content: false, reason: 'promo-box' };
  }
}

/** A short promotion line, or a short prefix line holding a promotion word ("Sign up for …", "Unlimited digital access…"). */
function isSignUpHeading(line: LineFeatures): boolean {
  if (line.wordCount === 0 || line.wordCount > HEADING_MAX_WORDS) return false;
  if (line.furniture === 'promo') return true;
  return line.furniture === 'prefix' && scanLine(line.text).promoCues > 0;
}

/** A few words without a sentence end, or known furniture: a button, a notice, the next promotion. */
function isButton(line: LineFeatures): boolean {
  if (line.furniture !== null && line.furniture !== 'teaser') return true;
  return line.wordCount > 0 && line.wordCount <= BUTTON_MAX_WORDS && !line.sentence;
}
