// The head of a copied article: a title line, a date line, a section label, alone or glued to
// the first sentence. What is split off here is kept out of the body and reported in `removed`.
//   "Bamako, 7 février 2023 (AFP) - Le ministre…"  -> date 2023-02-07, body "Le ministre…"
//   "Publié le 07/02/2023 à 18:32Le ministre…"     -> date 2023-02-07T18:32, body "Le ministre…"
//   "MALI Le ministre…"                            -> label "MALI", body "Le ministre…"
//   "BAMAKO — Sergey Lavrov, the Russian…"         -> dateline "BAMAKO —", body "Sergey Lavrov…"
import { boilerplateKind, normalizeLine } from './boilerplateLexicon.js';
import { NEWS_AGENCIES } from './locales/agencies.js';
import { DATE_LINE_CUES_EN, DATE_LINE_LINKS_EN, WEEKDAYS_EN } from './locales/en/months.js';
import { SECTION_LABELS_EN, SENTENCE_OPENERS_EN } from './locales/en/sections.js';
import { DATE_LINE_CUES_FR, DATE_LINE_LINKS_FR, WEEKDAYS_FR } from './locales/fr/months.js';
import { SECTION_LABELS_FR, SENTENCE_OPENERS_FR } from './locales/fr/sections.js';
import { findDate } from './parseDate.js';
import { endsLikeSentence } from './textStats.js';

export interface LeadSplit {
  /** What was split off the front ("Bamako, 7 février 2023 (AFP) -", "MALI"), or null. */
  head: string | null;
  /** ISO date found in the head. */
  date: string | null;
  /** The rest of the line, '' when the whole line was a date line or a label. */
  rest: string;
}

const SECTION_LABELS = new Set([...SECTION_LABELS_FR, ...SECTION_LABELS_EN].map(normalizeLine));
const OPENERS = new Set([...SENTENCE_OPENERS_FR, ...SENTENCE_OPENERS_EN]);

/** Phrases as one alternation, longest first so "mise à jour" is not read as "mis". */
function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const CUES = alternation([...DATE_LINE_CUES_FR, ...DATE_LINE_CUES_EN]);
const LINKS = alternation([...DATE_LINE_LINKS_FR, ...DATE_LINE_LINKS_EN]);
const WEEKDAYS = alternation([...WEEKDAYS_FR, ...WEEKDAYS_EN]);
/**
 * Before a date at the head of a line: a cue ("Publié le", "Mis en ligne le", "Last updated:")
 * and/or a place ("Bamako,"), and/or a weekday.
 */
const DATE_PREFIX = new RegExp(
  String.raw`^(?:(?:${CUES})(?:\s+(?:${LINKS}))?\s*:?\s*)?(?:[\p{Lu}][\p{L}'’. -]{1,40},\s*)?(?:(?:le|on|${WEEKDAYS}),?\s*)?$`,
  'iu',
);
/** After the date: "(AFP)", " - ", "|", "UTC+1", before the first word of the body. */
const DATE_SUFFIX = /^\s*(?:UTC[+-]?\d*|GMT[+-]?\d*|CET|CEST)?\s*(?:\([^)]{1,30}\))?\s*(?:[-–—|:.,]\s*)?/u;
/**
 * "BAMAKO (AFP) -", "NIAMEY (ASP) –" with no date: a place in capitals, an agency in brackets
 * and a dash. The shape alone says dateline, so any code in capitals counts ("(GDW)" of a wire
 * the list does not know), and the list adds the names written in mixed case ("(Reuters)").
 */
const AGENCY_DATELINE = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}' -]{2,30}\s*\((?:\p{Lu}{2,6}|${alternation(NEWS_AGENCIES.map((a) => a.code))})\)\s*[-–—:]\s*`,
  'u',
);
/**
 * "BAMAKO —", "FLUSHING MEADOWS —", "WASHINGTON, D.C. –": a place in capitals and a dash, with
 * no date nor agency. Capitals and a spaced dash keep "ONU : le Conseil…" and "Covid-19" out.
 */
const PLACE_DATELINE = /^\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s+[—–-]\s+(?=\p{Lu}|[«"“])/u;
/** A capitalised label glued to a sentence: "MALI Le ministre…". */
const GLUED_LABEL = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3})\s*(?::\s*)?(?=(\p{Lu}[\p{Ll}’']*))/u;

export function splitLead(line: string): LeadSplit {
  const text = line.trim();
  const date = findDate(text.slice(0, 120));
  if (date && date.start <= 60 && DATE_PREFIX.test(text.slice(0, date.start))) {
    const suffix = DATE_SUFFIX.exec(text.slice(date.end))?.[0] ?? '';
    const cut = date.end + suffix.length;
    const rest = text.slice(cut).trim();
    // "Le 7 février 2023, le ministre…" is a sentence opening on its date, not a dateline.
    if (!/^\p{Ll}/u.test(rest)) return { head: text.slice(0, cut).trim(), date: date.value, rest };
  }
  const agency = AGENCY_DATELINE.exec(text);
  if (agency) return { head: agency[0].trim(), date: null, rest: text.slice(agency[0].length).trim() };
  const place = PLACE_DATELINE.exec(text);
  if (place) return { head: place[0].trim(), date: null, rest: text.slice(place[0].length).trim() };
  const glued = GLUED_LABEL.exec(text);
  if (glued && glued[1].length < text.length) {
    const next = glued[2].toLowerCase().replace(/['’]$/, '');
    if (SECTION_LABELS.has(normalizeLine(glued[1])) || OPENERS.has(next)) {
      return { head: glued[1], date: null, rest: text.slice(glued[0].length).trim() };
    }
  }
  if (isSectionLabel(text)) return { head: text, date: null, rest: '' };
  return { head: null, date: null, rest: text };
}

/** "INTERNATIONAL", "Afrique", "Mali :" alone on a line. */
export function isSectionLabel(line: string): boolean {
  const text = line.trim();
  if (text.length > 40 || text.split(/\s+/).length > 3) return false;
  if (SECTION_LABELS.has(normalizeLine(text))) return true;
  if (/^[\p{L}' -]+\s*:$/u.test(text)) return true;
  return /\p{Lu}{3}/u.test(text) && text === text.toUpperCase();
}

/**
 * A first line that can be a title: a few words, no final period, not furniture. `notFurniture`:
 * the caller knows the lexicons call the line no furniture (cleanText: pageFeatures found none on
 * it), and the line is not scanned again.
 */
export function looksLikeHeadline(line: string, notFurniture = false): boolean {
  const text = line.trim();
  if (text.length > 250) return false;
  const wordCount = text.split(/\s+/).length;
  if (wordCount < 3 || wordCount > 30 || text.length > 250) return false;
  if (endsLikeSentence(text) && !/[?!»"”]$/.test(text)) return false;
  return (notFurniture || boilerplateKind(text) === null) && findDate(text)?.start !== 0;
}
