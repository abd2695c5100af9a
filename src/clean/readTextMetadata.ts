// Who published a text copied from a page: what its credit lines state, never a guess.
//   "© Agence Sahel Presse 2025"                  -> outlet "Agence Sahel Presse"
//   "Bamako Matin – Tous droits réservés"         -> outlet "Bamako Matin"
//   "Par Awa Diallo, Agence Sahel Presse"         -> outlet "Agence Sahel Presse", author "Awa Diallo"
//   "Le Petit Observateur" alone on the first line -> outlet "Le Petit Observateur" (a masthead)
//   "NIAMEY (ASP) – Au moins…", "Source : AFP"    -> outlet "ASP", "AFP" (the wire the text is)
// A step runs only when the ones before it found nothing: the publisher's own lines (copyright,
// masthead, byline) before the wire a dateline or a source line credits, since an outlet that
// reprints a dispatch keeps the wire's dateline but signs its own footer. "Avec AFP" is not read:
// the outlet wrote the piece with the wire's help, and which outlet it was the line does not say.
import { foldWords } from './foldWords.js';
import { nonBlankLines, type TextLines } from './textLines.js';
import { NEWS_AGENCIES } from './locales/agencies.js';
import { BYLINE_CUES_EN, OUTLET_WORDS_EN, RIGHTS_RESERVED_EN, SOURCE_CUES_EN } from './locales/en/credits.js';
import { BYLINE_CUES_FR, OUTLET_WORDS_FR, RIGHTS_RESERVED_FR, SOURCE_CUES_FR } from './locales/fr/credits.js';

export interface TextCredit {
  outlet: string;
  /** Set when a byline names both the writer and the outlet. */
  author: string | null;
  /** The line the outlet was read from: the evidence. */
  line: string;
  rule: 'copyright' | 'masthead' | 'byline' | 'dateline' | 'source-line';
}

/** Credit lines are short: a longer line is a sentence that happens to hold "©" or "Par". */
const MAX_CREDIT_LINE = 140;
/** An outlet's name is a few words ("Le Messager du Fleuve", "Global Desk Wire"). */
const MAX_OUTLET_WORDS = 6;
/** Where a dateline can be: the first lines, above or at the top of the body. */
const HEAD_LINES = 8;
/** Where a page's closing masthead can be: its last lines. */
const FOOTER_LINES = 3;
/** Between a masthead and its slogan. */
const SLOGAN_SEPARATOR = /\s[-–—|·]\s/u;

const OUTLET_WORDS = new Set([...OUTLET_WORDS_FR, ...OUTLET_WORDS_EN]);
const AGENCY_CODES = new Set(NEWS_AGENCIES.map((a) => a.code));
/** Lower-case words that may sit inside a name: "Tribune de Bamako", "L'Écho de Ouaga". */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', "d'", "l'", 'et', '&', 'of', 'the', 'and', 'en', 'sur']);

const words = (phrases: readonly string[]) => phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');
const RIGHTS = new RegExp(String.raw`[-–—,.;|·\s]*(?:${words([...RIGHTS_RESERVED_FR, ...RIGHTS_RESERVED_EN])}).*$`, 'iu');
const YEARS = /\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/gu;
const COPYRIGHT_SIGN = /©|\(c\)|\bcopyright\b/giu;
/** A photo, video or map credit names a picture's source, not the text's. */
const PICTURE_CREDIT = /\b(?:photos?|images?|illustrations?|vid[ée]os?|cartes?|maps?|graphiques?|infographies?|cr[ée]dits?|getty|shutterstock)\b|\//iu;
const SOURCE_LINE = new RegExp(String.raw`^\(?(?:${words([...SOURCE_CUES_FR, ...SOURCE_CUES_EN])})\s*:\s*(.+?)\)?\.?$`, 'iu');
/** The cue as a line opens it: "Par", "PAR", "By". */
const capitalised = (phrases: readonly string[]) => phrases.flatMap((p) => [p[0]!.toUpperCase() + p.slice(1), p.toUpperCase()]);
const BYLINE = new RegExp(
  String.raw`^(?:${words(capitalised([...BYLINE_CUES_FR, ...BYLINE_CUES_EN]))})\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:,|\s[-–—]\s|\()\s*(.+?)\)?$`,
  'u',
);
/** "NIAMEY (ASP) –", "Bamako, 7 février 2023 (DA) –": a wire's code in brackets, then a dash. */
const DATELINE_CREDIT = /^[\p{Lu}][^()]{0,80}\((\p{Lu}[\p{L}]{1,11})\)\s*[-–—]/u;
/** The dateline's bracket sits within its first characters: the place, the date, then "(". */
const DATELINE_BRACKET_WITHIN = 82;

// Where a credit can be, found in one walk over the lines by their bounds, without splitting the
// text: most texts hold no credit at all, and a walk that only reads the short lines' first
// characters (and, for a copyright sign, their text) costs a few microseconds where splitting
// and testing every line cost fifty. Each cue is what its step's pattern needs of a line (a
// superset: the step then reads the line itself). Sticky: each is tried at one line's start only;
// without the 'u' flag where no character needs it (twice as fast: 'é' folds the same).
/** A copyright sign or a rights phrase, anywhere in the line. */
const COPYRIGHT_CUE = new RegExp(String.raw`[^\n]*?(?:©|\(c\)|copyright|${words([...RIGHTS_RESERVED_FR, ...RIGHTS_RESERVED_EN])})`, 'iy');
/** A byline's cue opening the line: "Par ", "BY ". */
const BYLINE_CUE = new RegExp(String.raw`(?:${words(capitalised([...BYLINE_CUES_FR, ...BYLINE_CUES_EN]))})\s`, 'y');
const BYLINE_FIRST_CHARS = new Set(capitalised([...BYLINE_CUES_FR, ...BYLINE_CUES_EN]).map((cue) => cue.charCodeAt(0)));
/** A source cue and its colon opening the line: "Source :", "(Sources:". */
const SOURCE_CUE = new RegExp(String.raw`\(?(?:${words([...SOURCE_CUES_FR, ...SOURCE_CUES_EN])})\s*:`, 'iy');
const SOURCE_FIRST_CHARS = new Set(['(', ...[...SOURCE_CUES_FR, ...SOURCE_CUES_EN].flatMap((cue) => [cue[0]!.toLowerCase(), cue[0]!.toUpperCase()])].map((c) => c.charCodeAt(0)));

/** The short lines (trimmed) that may hold each kind of credit line, in the text's order. */
interface CueLines {
  copyright: string[];
  byline: string[];
  source: string[];
}

/** The outlet a text's credit lines state: its copyright notice first, then its masthead, byline, dateline, source line. */
function outletCredit(cut: TextLines, cues: CueLines, dateline: TextCredit | null, source: TextCredit | null): TextCredit | null {
  return copyrightCredit(cues.copyright) ?? mastheadCredit(cut.lines) ?? bylineCredit(cues.byline) ?? dateline ?? source;
}

/**
 * Both readings of a text at once, over one walk of its lines (the clean stage wants both, and the
 * walk is a tenth of the flattened path): the outlet its credit lines state, unless the outlet is
 * already known, and the wire it credits. `cut`, the text's lines when they were cut already
 * (cleanText's), must be nonBlankLines(text).
 */
export function readTextCredits(text: string, outletKnown: boolean, cut: TextLines = nonBlankLines(text)): { outlet: TextCredit | null; wire: TextCredit | null } {
  const cues = findCueLines(text, cut, !outletKnown);
  // Both readings end on the dateline and the source line: each is read once.
  const dateline = datelineCredit(cut.lines);
  const source = sourceCredit(cues.source);
  return { outlet: outletKnown ? null : outletCredit(cut, cues, dateline, source), wire: dateline ?? source };
}

/**
 * The wire a dateline or a source line credits ("NIAMEY (AFP) –", "Source : Reuters"), whoever
 * published the text: the article's agency credit, read even when the outlet is known.
 */
export function readTextWire(text: string): TextCredit | null {
  return readTextCredits(text, true).wire;
}

/** The last copyright notice: a footer closes the page, and a page has one publisher. */
function copyrightCredit(lines: readonly string[]): TextCredit | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (PICTURE_CREDIT.test(line)) continue;
    const hasSign = line.search(COPYRIGHT_SIGN) >= 0;
    if (!hasSign && !RIGHTS.test(line)) continue;
    const name = line.replace(RIGHTS, '').replace(COPYRIGHT_SIGN, ' ').replace(YEARS, ' ').replace(/^[\s\-–—,.:;|·]+|[\s\-–—,.:;|·]+$/gu, '').replace(/\s+/g, ' ');
    // Without a sign, a name of an outlet's words or of three words at most: "Gaya Matin – Tous
    // droits réservés"; a longer capitalised phrase before "all rights reserved" is a sentence's.
    if (looksLikeName(name) && (hasSign || isOutletName(name) || name.split(' ').length <= 3)) {
      return { outlet: name, author: null, line, rule: 'copyright' };
    }
  }
  return null;
}

/**
 * An outlet's name alone on the first line ("Le Petit Observateur", "TRIBUNE DE BAMAKO"), or
 * opening the first line or one of the last ones before its slogan: "L'Écho du Dallol – le
 * journal qui vous ressemble", "GAZETTE DU DALLOL | l'info en continu".
 */
function mastheadCredit(lines: readonly string[]): TextCredit | null {
  const first = lines[0];
  // The last FOOTER_LINES lines other than the first, last first.
  const edges = [first];
  for (let i = lines.length - 1; i >= 1 && i >= lines.length - FOOTER_LINES; i--) edges.push(lines[i]);
  for (const line of edges) {
    // "Par Mariama Issa, Agence Delta Presse" on the first line is a byline, for the byline step.
    if (!line || line.length > MAX_CREDIT_LINE || BYLINE.test(line)) continue;
    // The first line read as a name whole is not read again as one (looksLikeName, its patterns
    // and its split, ran twice on it).
    const whole = line === first && looksLikeName(line);
    const name = whole ? line : beforeSlogan(line);
    if (name !== line || line === first) {
      if ((whole || looksLikeName(name)) && isOutletName(name)) return { outlet: name, author: null, line, rule: 'masthead' };
    }
  }
  return null;
}

/** The line up to its slogan's separator, trimmed: split's first part, without the array of parts. */
function beforeSlogan(line: string): string {
  const separator = SLOGAN_SEPARATOR.exec(line);
  return (separator === null ? line : line.slice(0, separator.index)).trim();
}

function bylineCredit(lines: readonly string[]): TextCredit | null {
  for (const line of lines) {
    const match = BYLINE.exec(line);
    if (!match) continue;
    const outlet = match[2]!.trim();
    if (looksLikeName(outlet) && (isOutletName(outlet) || isAcronym(outlet))) {
      return { outlet, author: match[1]!.trim(), line, rule: 'byline' };
    }
  }
  return null;
}

/** The dateline among the first HEAD_LINES lines: the line is read only when its bracket opens near its start. */
function datelineCredit(lines: readonly string[]): TextCredit | null {
  for (let i = 0; i < lines.length && i < HEAD_LINES; i++) {
    const line = lines[i];
    const bracket = line.indexOf('(');
    if (bracket >= 0 && bracket <= DATELINE_BRACKET_WITHIN) {
      const code = readDatelineWire(line);
      if (code) return { outlet: code, author: null, line: line.slice(0, line.indexOf(')') + 1), rule: 'dateline' };
    }
  }
  return null;
}

/**
 * The wire a dateline credits: "NIAMEY (ASP) – Au moins…" -> "ASP", "Paris, 12 mars 2024
 * (Reuters) -" -> "Reuters". One rule for a text's head lines and for the dateline the HTML path
 * splits off a page's first paragraph (extractMainText's `lead`).
 */
export function readDatelineWire(line: string): string | null {
  const code = DATELINE_CREDIT.exec(line)?.[1];
  return code && (isAcronym(code) || AGENCY_CODES.has(code)) ? code : null;
}

function sourceCredit(lines: readonly string[]): TextCredit | null {
  for (const line of lines) {
    const outlet = SOURCE_LINE.exec(line)?.[1]?.trim();
    if (outlet && looksLikeName(outlet) && (isOutletName(outlet) || isAcronym(outlet) || AGENCY_CODES.has(outlet))) {
      return { outlet, author: null, line, rule: 'source-line' };
    }
  }
  return null;
}

/**
 * One walk over the lines; credit lines are short, so a longer line is skipped unread. The
 * copyright and byline cues serve the outlet's reading only: `forOutlet` false (the outlet is
 * known), only the source lines, which the wire's reading needs too, are looked for.
 */
function findCueLines(text: string, cut: TextLines, forOutlet: boolean): CueLines {
  const cues: CueLines = { copyright: [], byline: [], source: [] };
  const { lines, starts } = cut;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_CREDIT_LINE) continue;
    const from = starts[i];
    const first = text.charCodeAt(from);
    // The copyright cue is tried on the text, not the line: a rights phrase may run on past it.
    if (forOutlet && startsWith(COPYRIGHT_CUE, text, from)) cues.copyright.push(line);
    if (forOutlet && BYLINE_FIRST_CHARS.has(first) && startsWith(BYLINE_CUE, text, from)) cues.byline.push(line);
    if (SOURCE_FIRST_CHARS.has(first) && startsWith(SOURCE_CUE, text, from)) cues.source.push(line);
  }
  return cues;
}

function startsWith(cue: RegExp, text: string, at: number): boolean {
  cue.lastIndex = at;
  return cue.test(text);
}

/**
 * A name, not a sentence: a few words, each capitalised but the particles ("Tribune de Bamako"),
 * no sentence punctuation.
 */
function looksLikeName(text: string): boolean {
  if (text === '' || text.length > 60 || /[.:;!?«»"“”()]/u.test(text.replace(/\.(?=\p{L})/gu, ''))) return false;
  const parts = text.split(/\s+/u);
  if (parts.length > MAX_OUTLET_WORDS) return false;
  return /^[\p{Lu}\d]/u.test(parts[0]!) && parts.every((w) => /^[\p{Lu}\d&]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || /^[dl]['’]\p{Lu}/iu.test(w));
}

function isOutletName(text: string): boolean {
  return foldWords(text).some((w) => OUTLET_WORDS.has(w)) || AGENCY_CODES.has(text);
}

/** "ASP", "GDW", "AFP": the way a wire signs. */
function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text);
}
