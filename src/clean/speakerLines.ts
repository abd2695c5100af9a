// A person named and described on a line of their own, right below a sentence: "Karsten Haustein,
// Universität Leipzig" under the pull quote it signs ("Der Klimawandel lieferte den kontinuierlichen
// Erwärmungstrend …"), "Kevin Mayer, the Disney executive who is overseeing the Disney+ streaming
// service" under a portrait. The quote is printed again in the story, or the line is a caption;
// either way the line is the page's, not the story's. A story's subheading names a theme, not a
// person and their role ("Klimawandel, El Niño und der Zufall"), and a byline under a box's heading
// follows the heading, not a sentence ("One chapter over…" / "Caroline Hawley, BBC diplomatic
// correspondent"), and stays. On the shared slice the kept lines of this shape below a sentence
// or a lone quotation mark are all boilerplate or unlabelled (3 and 1).
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** The name and its role: a line of a few words. */
const SPEAKER_MAX_WORDS = 14;
/**
 * A name of two to four words (capitalised, initials and particles allowed), a comma, then the
 * role or the institution, with no sentence end: "Wladimir Putin, Präsident von Russland".
 */
const NAME_AND_ROLE = /^\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|van|von|de|der|da|bin|al)){1,3}, [^.!?:;]{2,90}$/u;
/** Reasons of the lines kept as prose (classifyLines.ts): a list's record ("SpaceX, Hawthorne, California") is left alone. */
const READ_AS_PROSE = new Set(['good', 'near-good', 'short', 'heading']);

/**
 * Whether kept line `i` is a name and a role right below a sentence or a lone quotation mark. Read
 * on lines ending on a lower-case letter only (teaserRails.ts reads each line's last char once).
 */
export function isSpeakerLine(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[], i: number): boolean {
  const line = lines[i];
  if (i === 0 || line.wordCount < 3 || line.wordCount > SPEAKER_MAX_WORDS || !verdicts[i].content) return false;
  if (!isBelowQuote(lines[i - 1]) || !READ_AS_PROSE.has(verdicts[i].reason)) return false;
  return line.text.indexOf(', ') > 0 && NAME_AND_ROLE.test(line.text);
}

/** A sentence ends the line above, or the line is a quotation mark alone ("„"), the pull quote's. */
function isBelowQuote(above: LineFeatures): boolean {
  return above.sentence || (above.wordCount === 0 && above.text.length === 1 && QUOTE_MARKS.has(above.text.charCodeAt(0)));
}
const QUOTE_MARKS = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e]);
