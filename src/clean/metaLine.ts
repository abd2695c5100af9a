// A line of an article's metadata, copied with the text: who signed it, when, how long it takes
// to read. It is the page's furniture, never the article's text.
//   "Par Awa Diallo · Publié le 12 mars 2024 à 10h · Lecture 4 min"
//   "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger"
//   "26.10.2025 | 2:43 min", "February 15, 2018", "Analyse 11.04.2022"
//   "4 min read", "Heute, 12:37 Uhr", "Il y a 3 heures": a reading time or a time stamp alone
// A segment that says anything else ("Score : 2-1 | Mbappé marque à la 45e minute.") keeps the
// line: a sentence is never metadata.
import { foldLine } from './foldWords.js';
import { AGE_UNITS_DE, RELATIVE_DAYS_META_DE } from './locales/de/metaLines.js';
import { AGE_UNITS_EN, READING_TIME_WORDS_EN, RELATIVE_DAYS_META_EN } from './locales/en/metaLines.js';
import { AGE_UNITS_FR, READING_TIME_WORDS_FR, RELATIVE_DAYS_META_FR } from './locales/fr/metaLines.js';
import { findDate } from './parseDate.js';

/** A metadata line is short: a longer one is a sentence that holds a date. */
const MAX_META_CHARS = 160;
/** What separates the fields of a metadata line. */
const SEPARATORS = /\s*[·•|]\s*/u;
/** A field naming a person or an outlet ("Le Monde", "Текст: Венера Ерофеева"): a few words. */
const MAX_NAME_WORDS = 4;
/** A field that is a date holds little else: a cue ("Publié le ", "Mis à jour le "), a label. */
const MAX_DATE_FIELD_EXTRA_CHARS = 24;
/** A line that is a date alone may carry a word: "Analyse 11.04.2022", "Updated". */
const MAX_LONE_DATE_EXTRA_CHARS = 12;
/** "Wednesday, September 25, 2024 at 10:45 p.m." and its word: the longest lone date line. */
const MAX_LONE_DATE_CHARS = 60;
/** "Par Awa Diallo", "By Jane Doe", "Von Ines Zöttl", "Por Steven Lee Myers": a byline field. */
const BYLINE = /^(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or|PAR|BY)\s+\p{Lu}/u;
/** A field's own sentence end: "… à la 45e minute." */
const SENTENCE_END = /[.!?]$/u;
const READING_WORDS = [...READING_TIME_WORDS_FR, ...READING_TIME_WORDS_EN].join('|');
/** "Lecture 4 min", "4 min de lecture", "4 min read", "2:43 min", "Durée : 3 min 20". */
const DURATION = new RegExp(String.raw`^(?:(?:${READING_WORDS}) )?(?:\d{1,2} \d{2}|\d{1,3}) ?(?:min|mn|minutes?|s)?(?: \d{1,2})?(?: (?:de )?(?:${READING_WORDS}))?$`);
/** A duration alone is metadata only with its unit or its word: "3 Min", "4 min read"; "137" is a figure. */
const DURATION_MARK = new RegExp(String.raw`\b(?:min|mn|minutes?|${READING_WORDS})\b`);
const RELATIVE_DAYS = [...RELATIVE_DAYS_META_FR, ...RELATIVE_DAYS_META_EN, ...RELATIVE_DAYS_META_DE].join('|');
/** "Heute, 12:37 Uhr", "Aujourd'hui à 14h05", "Today at 3:45 pm", folded: a day named from today, a time. */
const RELATIVE_DAY_TIME = new RegExp(String.raw`^(?:${RELATIVE_DAYS})(?: (?:a|at|um))? \d{1,2}(?: \d{2}|h\d{0,2})?(?: (?:uhr|am|pm))?$`);
const AGE_UNITS = [...new Set([...AGE_UNITS_FR, ...AGE_UNITS_EN, ...AGE_UNITS_DE])].join('|');
/** "Il y a 3 heures", "vor 3 Stunden", "3 hours ago", folded: an age needs its "il y a", "vor" or "ago". */
const AGE = new RegExp(String.raw`^(?:(?:il y a|vor) \d{1,2} (?:${AGE_UNITS})|\d{1,2} (?:${AGE_UNITS}) ago)$`);
const YEAR = /\b(?:1[89]|20)\d{2}\b/u;
/** Without the 'u' flag: \d is the ASCII digits either way, and the search runs on code units. */
const DIGIT = /\d/;

export function isMetaLine(text: string): boolean {
  if (text.length > MAX_META_CHARS || !DIGIT.test(text)) return false;
  if (text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('|') < 0) {
    if (text.length > MAX_LONE_DATE_CHARS) return false;
    const date = findDate(text);
    if (date !== null) return text.length - (date.end - date.start) <= MAX_LONE_DATE_EXTRA_CHARS;
    return isLoneStamp(foldLine(text));
  }
  const fields = text.split(SEPARATORS).filter((field) => field !== '');
  if (fields.length < 2) return false;
  let dated = false;
  for (const field of fields) {
    if (SENTENCE_END.test(field) && !/\d\.$/u.test(field)) return false;
    if (isDateField(field)) dated = true;
    else if (!BYLINE.test(field) && field.split(/\s+/u).length > MAX_NAME_WORDS) return false;
  }
  return dated;
}

function isDateField(field: string): boolean {
  const date = findDate(field);
  if (date) return field.length - (date.end - date.start) <= MAX_DATE_FIELD_EXTRA_CHARS;
  const words = field.split(/\s+/u).length;
  return (YEAR.test(field) && words <= MAX_NAME_WORDS) || (DIGIT.test(field) && DURATION.test(foldLine(field)));
}

/** A reading time or a time stamp alone on its line, folded: "3 min", "heute 12 37 uhr", "il y a 3 heures". */
function isLoneStamp(folded: string): boolean {
  return (DURATION.test(folded) && DURATION_MARK.test(folded)) || RELATIVE_DAY_TIME.test(folded) || AGE.test(folded);
}
