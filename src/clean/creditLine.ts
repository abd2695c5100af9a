// A caption or a source note closed by its credit, in a page copied as text.
import * as lineMarks from './lineMarks.js';

// Local copies (see scanLine.ts: an imported binding is a getter call once tsx turns modules into
// CommonJS).
const { ANY_MARK, HAS_COLON, HAS_COMMISSION_WORD } = lineMarks;

/**
 * Labels of a credit closing a caption, any case: "… im Halbfinale. Foto: dpa", "… Duqm, Foto:
 * LAT Images", "(Bild: Verbraucherzentrale.de / Phishingradar)", "Quelle: t-online".
 */
const LABELS = 'photos?|fotos?|bild|bildrechte|bildquelle|images?|picture|credits?|crédits?|illustration|quelle|source|fotografía|grafik|karte|map|carte|infographie';
/**
 * After a sentence end, a bracket or a comma the label may be in any case; after a plain space
 * it must be capitalised: "… la source : un rapport interne" is prose.
 */
const LABEL_AFTER_MARK = new RegExp(`(?:^|[(.,;!?)»"”|/–—]\\s*)(?:${LABELS})\\s*$`, 'iu');
const CAPITAL_LABEL = new RegExp(`\\s(?:${capitalised(LABELS)})\\s*$`, 'u');
/** A credit names an agency or a photographer: a few words, no sentence of its own. */
const MAX_CREDIT_CHARS = 60;
/**
 * A sentence end inside the credit: it is prose. An initial or an abbreviation is none ("Natl
 * Inst. for Space Research (INPE), Brazil", "C. Schlippes / Infografik").
 */
const CREDIT_SENTENCE = /(?<!(?:^|[\s(])\p{Lu}\p{Ll}{0,3})[.!?]\s/u;
const SENTENCE_END = /[.!?]$/u;
/** A capitalised word of a name or an outlet: "Tara", "O’Neill", "Jean-Pierre", "Times". */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** Captions are a sentence or two (captionCredit's limit). */
const MAX_CAPTION_WORDS = 45;

/**
 * Whether a line ends with "<label>: <credit>": a photo caption or a source note, in a page
 * copied as text where the HTML patterns (captionCredit) would want a capitalised credit after a
 * sentence end. On the shared slice, 95 such lines are boilerplate and 8 article.
 */
export function endsWithCredit(text: string, wordCount: number): boolean {
  if (wordCount > MAX_CAPTION_WORDS) return false;
  // The last colon, looked for in the line's end only: a long line holding none is not read
  // whole. indexOf from the first one on, not lastIndexOf: that is a call into the runtime, 22 of
  // the function's 32 profile ticks.
  const window = Math.max(0, text.length - MAX_CREDIT_CHARS - 2);
  let colon = text.indexOf(':', window);
  if (colon < 0) return false;
  for (let next = text.indexOf(':', colon + 1); next >= 0; next = text.indexOf(':', next + 1)) colon = next;
  const credit = text.slice(colon + 1).trim();
  if (credit === '' || CREDIT_SENTENCE.test(credit) || SENTENCE_END.test(credit)) return false;
  const before = text.slice(Math.max(0, colon - 20), colon);
  return LABEL_AFTER_MARK.test(before) || CAPITAL_LABEL.test(before);
}

/**
 * A labelled credit or a photographer's for an outlet closing the line (one call per line).
 * `last`, the code of the line's last char, comes from pageFeatures when read from the page's
 * units (charCodeAt on line strings is a megamorphic load). `marks`, what its scan met
 * (LineScan.marks): a labelled credit needs a colon, a commission its word, and most lines hold
 * neither.
 */
export function endsWithAnyCredit(text: string, wordCount: number, last = text.charCodeAt(text.length - 1), marks = ANY_MARK): boolean {
  return (
    ((marks & HAS_COLON) !== 0 && endsWithCredit(text, wordCount)) ||
    (isLetterCode(last) && (marks & HAS_COMMISSION_WORD) !== 0 && endsWithCommissionCredit(text, wordCount)) ||
    (last === 0x29 /* ) */ && endsWithBracketedCredit(text, wordCount))
  );
}

/**
 * A credit in brackets, its label followed by "by" or "courtesy" rather than a colon: "Tanner
 * Fischer. (Photo by Sarah Lazare)", "… at the rally. (Courtesy of Tanner Fischer)", "(Photo
 * courtesy of the family)". A sentence of the story does not close on a photographer's name in
 * brackets; an unlabelled bracket ("… north of Detroit. (CNN News Article)") is left alone.
 */
const BRACKETED_CREDIT = new RegExp(`\\((?:(?:${LABELS})\\s+(?:by|courtesy(?:\\s+of)?|de|von)|courtesy\\s+of|photographed\\s+by)\\s+[^()]+\\)$`, 'iu');
/** Where the bracket may open: a label and a name or two. */
const BRACKETED_CREDIT_WINDOW = 60;

function endsWithBracketedCredit(text: string, wordCount: number): boolean {
  if (wordCount > MAX_CAPTION_WORDS || text.charCodeAt(text.length - 1) !== 0x29 /* ) */) return false;
  const open = text.indexOf('(', Math.max(0, text.length - BRACKETED_CREDIT_WINDOW));
  return open >= 0 && BRACKETED_CREDIT.test(text.slice(open));
}

/**
 * A photographer credited with the outlet they shot for, closing a caption after its sentence:
 * "The road to the spaceport from Duqm. Tara Atkinson for Rest of World", "… Kim Raff for The
 * New York Times", "… Jean Dupont pour Le Monde". Prose ends on a mark; a headline with "for"
 * ("Best Loans for Bad Credit") has no sentence before it.
 */
const COMMISSION_CREDIT = new RegExp(
  `[.!?”")]\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}\\s+(?:for|pour|para|für)\\s+(?:the\\s+)?${NAME_WORD}(?:\\s+(?:of|the|de|del|la|le|du|des)?\\s*${NAME_WORD}){0,4}$`,
  'u',
);
/** Where " for " may stand: a credit is a name and an outlet, a few words at the line's end. */
const COMMISSION_WINDOW = 40;
export const COMMISSION_WORDS: readonly string[] = [' for ', ' pour ', ' para ', ' für '];

/** Whether a caption ends with "<photographer> for <outlet>" (COMMISSION_CREDIT). */
export function endsWithCommissionCredit(text: string, wordCount: number): boolean {
  if (wordCount < COMMISSION_MIN_WORDS || wordCount > MAX_CAPTION_WORDS || !endsOnLetter(text)) return false;
  return hasCommissionWord(text) && COMMISSION_CREDIT.test(text);
}

/** A sentence, two names, "for" and an outlet: "Duqm. Tara Atkinson for Reuters". */
const COMMISSION_MIN_WORDS = 5;

/**
 * " for ", " pour "… in the line's last chars, looked for char by char (menus are many lines).
 * Four native searches (indexOf from the window's start) instead cost more: callgrind, two steady
 * passes over the 313 article-sized texts, 1,001.6 M -> 1,005.2 M instructions.
 */
function hasCommissionWord(text: string): boolean {
  for (let i = Math.max(0, text.length - COMMISSION_WINDOW); i < text.length - 5; i++) {
    if (text.charCodeAt(i) !== 0x20) continue;
    const next = text.charCodeAt(i + 1);
    if (next !== 0x66 /* f */ && next !== 0x70 /* p */) continue;
    for (const word of COMMISSION_WORDS) if (text.startsWith(word, i)) return true;
  }
  return false;
}

/** The outlet's name ends the line: a Latin letter, or any letter past Latin-1's punctuation. */
function endsOnLetter(text: string): boolean {
  return isLetterCode(text.charCodeAt(text.length - 1));
}

function isLetterCode(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code >= 0xc0;
}

/** "photos?|bild" -> "Photos?|Bild": the alternatives with a capital first letter. */
function capitalised(alternatives: string): string {
  return alternatives.split('|').map((a) => a[0].toUpperCase() + a.slice(1)).join('|');
}
