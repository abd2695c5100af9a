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

export function readTextCredit(text: string): TextCredit | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return copyrightCredit(lines) ?? mastheadCredit(lines) ?? bylineCredit(lines) ?? datelineCredit(lines) ?? sourceCredit(lines);
}

/** The last copyright notice: a footer closes the page, and a page has one publisher. */
function copyrightCredit(lines: string[]): TextCredit | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.length > MAX_CREDIT_LINE || PICTURE_CREDIT.test(line)) continue;
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
function mastheadCredit(lines: string[]): TextCredit | null {
  const candidates = [lines[0], ...lines.slice(Math.max(1, lines.length - FOOTER_LINES)).reverse()];
  for (const line of candidates) {
    if (!line || line.length > MAX_CREDIT_LINE) continue;
    const name = line === lines[0] && looksLikeName(line) ? line : line.split(SLOGAN_SEPARATOR)[0]!.trim();
    if (name !== line || line === lines[0]) {
      if (looksLikeName(name) && isOutletName(name)) return { outlet: name, author: null, line, rule: 'masthead' };
    }
  }
  return null;
}

function bylineCredit(lines: string[]): TextCredit | null {
  for (const line of lines) {
    if (line.length > MAX_CREDIT_LINE) continue;
    const match = BYLINE.exec(line);
    if (!match) continue;
    const outlet = match[2]!.trim();
    if (looksLikeName(outlet) && (isOutletName(outlet) || isAcronym(outlet))) {
      return { outlet, author: match[1]!.trim(), line, rule: 'byline' };
    }
  }
  return null;
}

function datelineCredit(lines: string[]): TextCredit | null {
  for (const line of lines.slice(0, HEAD_LINES)) {
    const code = DATELINE_CREDIT.exec(line)?.[1];
    if (code && (isAcronym(code) || AGENCY_CODES.has(code))) {
      return { outlet: code, author: null, line: line.slice(0, line.indexOf(')') + 1), rule: 'dateline' };
    }
  }
  return null;
}

function sourceCredit(lines: string[]): TextCredit | null {
  for (const line of lines) {
    if (line.length > MAX_CREDIT_LINE) continue;
    const outlet = SOURCE_LINE.exec(line)?.[1]?.trim();
    if (outlet && looksLikeName(outlet) && (isOutletName(outlet) || isAcronym(outlet) || AGENCY_CODES.has(outlet))) {
      return { outlet, author: null, line, rule: 'source-line' };
    }
  }
  return null;
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
