// A photo's caption and its credit printed on two lines: "Karte des Atlantischen Ozeans mit dem
// Verlauf des Golfstroms aus dem Jahr 1873." / "© imago/United Archives International", "Neil
// Gaiman and John M. Ford in 2002." / "Photo by David Dyer-Bennet", "Kein anderes Unternehmen
// auf der Welt hat so hohe Schulden wie Evergrande." / "Noel Celis/Getty Images". The credit alone
// is known furniture (a copyright, a labelled credit, a photographer and an agency); the caption
// reads as a sentence, and the article goes on below the picture. A paragraph is longer than a
// caption, and a credit at the article's end (© dpa-infocom) is followed by no prose.
// On the shared slice: see markCaptionsAboveCredits.
import type { LineFeatures } from './lineFeatures.js';
import { CAPTION_LABELS } from './locales/captionCredits.js';

/**
 * A caption is a sentence of a few words; a picture printed without one stands below a
 * paragraph, longer ("Selon un communiqué lu à la télévision publique, …" / "Photo : AFP", 30
 * words). The captions of the shared slice above a credit alone have 8 to 24 words.
 */
const CAPTION_MAX_WORDS = 25;
/** A caption names what the picture shows: a few words at least ("Berlin." is a dateline). */
const CAPTION_MIN_WORDS = 4;
/** A credit alone is a name or two and an agency. */
const CREDIT_MAX_WORDS = 12;
/** The article going on below the picture: a line of prose, not a share button or a link. */
const RESUME_MIN_WORDS = 6;

/** "Photo: X", "(Image: © X)", "Foto: X", "Bildquelle: X", "Credit: X" opening the line. */
const LABELLED = new RegExp(`^\\(?\\s*(?:${CAPTION_LABELS.map((l) => l.replace(/ /g, '\\s+')).join('|')})\\b`, 'iu');
/**
 * A sentence end inside the credit: the line is a caption with its credit ("Eine dunkle
 * Rauchwolke zieht über Wohnhäuser. © Anett Seidler"), and the line above is not its caption.
 * An initial ("Robert F. Bukaty / AP") is no sentence end.
 */
const SENTENCE_INSIDE = /(?<!(?:^|[\s(])\p{Lu})[.!?]\s/u;
/** A handle credits an embedded post ("Image Copyright @ewarren"), not a photo. */
const HANDLE = /@\w/u;
/** A pull quote may sit above its speaker's portrait credit; a caption does not open on a quote mark. */
const OPENING_QUOTE = /^[«"“„‹'‘]/u;

/**
 * Marks as a caption (LineFeatures.caption) the line right above a credit alone when it reads as a caption
 * and prose follows the credit; and the line printed again at the start of the caption beside it
 * (the picture's alternative text and its caption with the credit, in either order: "Office buildings await
 * future tenants in Duqm." / "Office buildings await future tenants in Duqm. Tara Atkinson for
 * Rest of World").
 */
export function markCaptionsAboveCredits(lines: LineFeatures[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Most lines have no furniture beside them: two reads, no allocation.
    const above = i > 0 ? lines[i - 1] : undefined;
    const below = i + 1 < lines.length ? lines[i + 1] : undefined;
    // A line ending on a letter is no sentence: most lines are, and skip the credit's search.
    if (!line.sentence && line.furniture === null && line.wordCount >= BARE_CAPTION_MIN_WORDS && line.wordCount <= CAPTION_MAX_WORDS && endsWithBareCredit(line.text) && !continues(below)) {
      line.caption = true;
      continue;
    }
    if ((above === undefined || above.furniture === null) && (below === undefined || below.furniture === null)) continue;
    if (line.furniture !== null || line.wordCount < CAPTION_MIN_WORDS || line.wordCount > CAPTION_MAX_WORDS) continue;
    if (isAltText(line, above) || isAltText(line, below) || (isCreditAlone(below) && isCaption(line) && resumes(lines[i + 2]))) {
      line.caption = true;
    }
  }
}

function isAltText(line: LineFeatures, caption: LineFeatures | undefined): boolean {
  return caption !== undefined && caption.furniture === 'caption' && caption.text.length > line.text.length && caption.text.startsWith(line.text);
}

function isCreditAlone(credit: LineFeatures | undefined): boolean {
  if (credit === undefined || credit.wordCount < 2 || credit.wordCount > CREDIT_MAX_WORDS || HANDLE.test(credit.text)) return false;
  switch (credit.furniture) {
    case 'copyright':
      return true;
    case 'prefix':
      return LABELLED.test(credit.text);
    case 'caption':
      return !SENTENCE_INSIDE.test(credit.text);
    default:
      return false;
  }
}

function isCaption(line: LineFeatures): boolean {
  return !OPENING_QUOTE.test(line.text);
}

function resumes(line: LineFeatures | undefined): boolean {
  return line !== undefined && line.furniture === null && line.wordCount >= RESUME_MIN_WORDS;
}

// A caption closed by its credit with no label, after the caption's sentence: "A rocket stands
// on an Etlaq launchpad. Etlaq", "The ART team and their Horus 4 rocket. Advanced Rocket
// Technologies". Prose ends on its mark; a line ending on a few capitalised words after a
// sentence is a caption's credit, a headline in title case with an abbreviation ("… at NE Phila.
// Kraft Plant", "… will play vs. Steelers"), or a line of prose cut by a hard wrap, whose next
// line goes on in lower case ("… to cross-origin resource. Severely" / "limited in what …").
// A credit in brackets is left alone: it names a photo's owner as often as the source of a
// sentence ("… north of Detroit. (CNN News Article)").

/** The caption's sentence, before its credit: a few words. */
const BARE_CAPTION_MIN_WORDS = 6;
/** A credit is a name or two, or an outlet: a few capitalised words in the line's last chars. */
const BARE_CREDIT_MAX_CHARS = 40;
const BARE_CREDIT = /^\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|for|and|de|du|des|la|del|di|von|der|&|\/)){0,3}$/u;
/** An agency or a newsroom signing the story in capitals ("… inner city. DM", "… AFP") closes a paragraph, not a caption. */
const HAS_LOWER = /\p{Ll}/u;
/** The word the caption's sentence ends on: "launchpad."; "vs.", "Stn." or "Dr." are abbreviations. */
const LAST_WORD_MIN_LETTERS = 4;
/**
 * A caption is written as a sentence: words of some length in lower case ("rocket stands"); a
 * headline in title case has none ("2 Dead, 1 Wounded in Shooting at NE Phila").
 */
const SENTENCE_CASE = /(?:^|\s)\p{Ll}{4}[^]*\s\p{Ll}{4}/u;

/** Whether a line ends with "<sentence>. <Credit>". */
export function endsWithBareCredit(text: string): boolean {
  if (!isLetter(text.charCodeAt(text.length - 1))) return false;
  const from = Math.max(0, text.length - BARE_CREDIT_MAX_CHARS);
  let stop = -1;
  for (let at = text.indexOf('. ', from); at >= 0; at = text.indexOf('. ', at + 1)) stop = at;
  if (stop < LAST_WORD_MIN_LETTERS) return false;
  for (let k = 1; k <= LAST_WORD_MIN_LETTERS; k++) if (!isLower(text.charCodeAt(stop - k))) return false;
  const credit = text.slice(stop + 2);
  return BARE_CREDIT.test(credit) && HAS_LOWER.test(credit) && SENTENCE_CASE.test(text.slice(0, stop));
}

/** A letter ends the line (Latin, or past Latin-1's punctuation). */
function isLetter(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code >= 0xc0;
}

/** "launchpad." or "grèce.": a lower-case letter before the stop, as an abbreviation in capitals has none. */
function isLower(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** The next line goes on in lower case: the line was cut by a hard wrap. */
function continues(next: LineFeatures | undefined): boolean {
  if (next === undefined || next.text === '') return false;
  const code = next.text.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}
