// A signature as the names of the people who wrote the article, in order, with a wire credited
// beside them kept apart:
//   "Par Awa Diallo et Marc Petit"              -> authors [Awa Diallo, Marc Petit]
//   "By Jane Doe, Staff writer"                 -> authors [Jane Doe]
//   "Awa Diallo | Correspondante à Bamako"      -> authors [Awa Diallo]
//   "Par Awa Diallo avec AFP"                   -> authors [Awa Diallo], credit AFP
//   "AFP", "La Rédaction", "Staff", "Nairobi"  -> no author (an agency, a desk, a place)
// A desk signing as itself names no person: it is dropped, so a weaker source that names one
// (a visible byline) is still read. A place is told from a name by shape only: outside declared
// metadata a person is at least two capitalised words, so "Bamako" or "Kidal" alone is no byline.
import { NEWS_AGENCIES } from './locales/agencies.js';
import { AGENCY_JOINERS_EN, AUTHOR_JOINERS_EN, BYLINE_OPENERS_EN, DESK_SIGNATURES_EN, ROLE_WORDS_EN } from './locales/en/bylines.js';
import { OUTLET_WORDS_EN } from './locales/en/credits.js';
import { WEEKDAYS_EN } from './locales/en/months.js';
import { WEEKDAYS_FR } from './locales/fr/months.js';
import { AGENCY_JOINERS_FR, AUTHOR_JOINERS_FR, BYLINE_OPENERS_FR, DESK_SIGNATURES_FR, ROLE_WORDS_FR } from './locales/fr/bylines.js';
import { DESK_SIGNATURES_MORE } from './locales/more/bylines.js';
import { OUTLET_WORDS_FR } from './locales/fr/credits.js';

export interface Signature {
  authors: string[];
  /** A news agency credited in the signature ("AFP"), never an author. */
  credit: string | null;
}

export interface SignatureOptions {
  /**
   * Declared metadata (JSON-LD, meta tags, microdata) says the value is an author: one word is
   * then a name ("Kemi"), where in visible text it may as well be a place.
   */
  declared: boolean;
  outlet?: string | null;
}

function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const OPENER = new RegExp(String.raw`^(?:${alternation([...BYLINE_OPENERS_FR, ...BYLINE_OPENERS_EN])})(?:\s*:\s*|\s+)`, 'iu');
/** A byline opener after a date on one line: " par Awa", " by Jane" (the name capitalised). */
const TRAILING_OPENER = new RegExp(String.raw`\s(?:${alternation([...BYLINE_OPENERS_FR, ...BYLINE_OPENERS_EN])})\s+(?=[A-ZÀ-ÖØ-Þ])`, 'u');
const AGENCY_JOINER = new RegExp(String.raw`\s+(?:${alternation([...AGENCY_JOINERS_FR, ...AGENCY_JOINERS_EN])})\s+(?=\S+\s*$)`, 'iu');
/** Between two authors: ", ", " et ", " and ", " & ", "; ". */
const AUTHOR_SPLIT = new RegExp(String.raw`\s*[,;]\s*|\s+(?:${alternation([...AUTHOR_JOINERS_FR, ...AUTHOR_JOINERS_EN])})\s+`, 'iu');
/** Between a signature and what follows it on its line: "Awa Diallo | Correspondante", "Jane Doe — Nairobi". */
const SEGMENT_SPLIT = /\s+[|·•—–]\s+|\s+-\s+|\s*\n\s*/u;

const DESKS = new Set([...DESK_SIGNATURES_FR, ...DESK_SIGNATURES_EN, ...DESK_SIGNATURES_MORE]);
/** Words that say what a writer is, not who: "Correspondante à Bamako", "AP Auto Writer". */
export const ROLE_WORDS = new Set([...ROLE_WORDS_FR, ...ROLE_WORDS_EN]);
const OUTLET_WORDS = new Set([...OUTLET_WORDS_FR, ...OUTLET_WORDS_EN]);
const AGENCIES = new Map<string, string>();
for (const agency of NEWS_AGENCIES) for (const name of [agency.code, ...agency.names]) AGENCIES.set(name.toLowerCase(), agency.code);

/** Lower-case words inside a name: "Awa de Souza", "Ludwig van Beethoven", "Mohamed ould Abdel Aziz". */
const PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'ben', 'bin', 'bint', 'ibn', 'al', 'el', 'ould', 'ag', 'le', 'la', 'y', "d'"]);
/** A word of a name: "Awa", "Jean-Marc", "N'Diaye", "O'Brien", "McKay", "DIALLO"; "J." and "Dr." are initials and titles. */
const NAME_WORD = /^(?:[dDlLoO]['’])?\p{Lu}[\p{L}'’-]*$|^\p{Lu}[\p{L}]{0,2}\.(?:-?\p{Lu}\.)?$/u;
/**
 * A capital inside a word after more than a short prefix ("McKay", "DeSantis", "LaToya" are
 * names) is two texts run together by the markup: "JamesStaff Writer", "NewsJoshua Whorms".
 */
const RUN_TOGETHER = /\p{L}{4,}\p{Ll}\p{Lu}|\p{Ll}{3,}\p{Lu}\p{Ll}/u;
/** "Malcolm Owen Monday": the day of a date line run into the last name. */
const TRAILING_WEEKDAY = new RegExp(String.raw`\s+(?:${[...WEEKDAYS_FR, ...WEEKDAYS_EN].join('|')})$`, 'iu');
/** "Allan’s Discussions": a possessive is a phrase about a person, not a name. */
const POSSESSIVE = /['’]s$/u;
const MAX_NAME_WORDS = 5;
/** A signature, role and date line included, is short; a longer text is a paragraph or a bio. */
const MAX_SIGNATURE_CHARS = 200;

/** Whether a line opens on a byline's word: "Par Awa Diallo", "By Jane Doe", "Texte : …". */
export function opensWithByline(line: string): boolean {
  return OPENER.test(line);
}

/** Where a byline starts after other words of its line ("Publié le 12 mars par Awa Diallo"), or -1. */
export function trailingBylineAt(line: string): number {
  return TRAILING_OPENER.exec(line)?.index ?? -1;
}

export function readSignature(value: string | null | undefined, options: SignatureOptions): Signature {
  const found: Signature = { authors: [], credit: null };
  if (!value) return found;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_SIGNATURE_CHARS) return found;
  for (const segment of text.split(SEGMENT_SPLIT)) {
    const read = readSegment(segment.replace(OPENER, ''), options);
    if (read.credit && !found.credit) found.credit = read.credit;
    if (read.authors.length > 0) {
      found.authors = read.authors;
      break;
    }
  }
  return found;
}

function readSegment(segment: string, options: SignatureOptions): Signature {
  const found: Signature = { authors: [], credit: null };
  let names = segment.trim().replace(/^[(«"“]+|[)»"”.:]+$/g, '');
  const joined = AGENCY_JOINER.exec(names);
  if (joined) {
    const tail = names.slice(joined.index + joined[0].length);
    const agency = agencyOf(tail);
    if (agency) [found.credit, names] = [agency, names.slice(0, joined.index)];
  }
  const parts = names.split(AUTHOR_SPLIT).map((p) => p.trim().replace(TRAILING_WEEKDAY, '')).filter((p) => p !== '');
  for (const part of parts) {
    const agency = agencyOf(part);
    if (agency) {
      found.credit ??= agency;
      continue;
    }
    if (isPersonName(part, options, parts.length)) {
      if (!found.authors.includes(part)) found.authors.push(part);
    } else if (found.authors.length > 0) {
      break;
    }
  }
  return found;
}

function agencyOf(text: string): string | null {
  return AGENCIES.get(text.trim().replace(/^\(|\)$/g, '').toLowerCase()) ?? null;
}

/** Whether `text` is a newsroom's own signature ("La Rédaction", "Staff Reporter", "Rédaction Afrique"). */
export function isDeskSignature(text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (DESKS.has(lower)) return true;
  for (const desk of DESKS) if (lower.startsWith(`${desk} `) || lower.endsWith(` ${desk}`)) return true;
  return false;
}

function isPersonName(text: string, options: SignatureOptions, partCount: number): boolean {
  if (isDeskSignature(text)) return false;
  if (options.outlet && text.toLowerCase() === options.outlet.trim().toLowerCase()) return false;
  const words = text.split(' ');
  const minWords = options.declared && partCount === 1 ? 1 : 2;
  if (words.length < minWords || words.length > MAX_NAME_WORDS) return false;
  let capitalised = 0;
  if (!NAME_WORD.test(words[0]) || RUN_TOGETHER.test(text)) return false;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (POSSESSIVE.test(word) || ROLE_WORDS.has(lower)) return false;
    if (OUTLET_WORDS.has(lower.normalize('NFD').replace(/\p{M}/gu, ''))) return false;
    if (NAME_WORD.test(word)) capitalised++;
    else if (!PARTICLES.has(lower)) return false;
  }
  return capitalised >= minWords || (capitalised >= 1 && words.length === 1);
}
