// French expressions that name a calendar period outright: "le 3 juin 2023", "mi-janvier",
// "octobre 98", "1990", "les années 60", "la fin du XIXe siècle", "l'automne".
import { alternation, APOS, lookup, pattern, scan, WB, WE } from '../../pattern.js';
import type { Parser, TimeExpression } from '../../types.js';
import {
  COUNT_NOUNS_FR, DIRECTIONS_FR, MONTH_ABBREVIATIONS_FR, MONTHS_FR, NUMBER_LABELS_FR, PERIOD_MODS_FR,
  SEASONS_FR, WEEKDAYS_FR,
} from './lexicon.js';

const MONTH = alternation(Object.keys(MONTHS_FR));
const MONTH_ABBR = alternation(Object.keys(MONTH_ABBREVIATIONS_FR));
const WEEKDAY = alternation(Object.keys(WEEKDAYS_FR));
const DIRECTION = alternation(Object.keys(DIRECTIONS_FR));
const PERIOD_MOD = `(?<mod>début|debut|fin|milieu|courant)\\s+(?:du\\s+mois\\s+(?:de\\s+|d${APOS})|de\\s+|d${APOS})?|(?<mi>mi-)`;
/** A two-digit year must end the phrase: "octobre 98," but not "octobre 98 personnes". */
const SHORT_YEAR_END = `(?![\\p{N}])(?!\\s*(?:%|ans${WE}|h${WE}|\\p{L}{2,}))`;

function direction(word: string | undefined) {
  return lookup(DIRECTIONS_FR, word);
}

function periodMod(m: RegExpExecArray) {
  if (m.groups?.mi) return 'mid' as const;
  const mod = lookup(PERIOD_MODS_FR, m.groups?.mod);
  return mod ?? undefined;
}

function yearFields(digits: string | undefined): Pick<TimeExpression, 'year' | 'shortYear'> {
  if (!digits) return {};
  return digits.length === 4 ? { year: +digits } : { shortYear: +digits };
}

/** "le jeudi 23 mai", "mardi 1er juin", "le 10 novembre 93", "le 3 juin dernier", "7 févr. 2023". */
const dayMonth: Parser = (text) =>
  scan(
    pattern(
      `${WB}(?:(?:le|ce)\\s+)?(?:(?<weekday>${WEEKDAY})\\s+)?(?<day>1er|[0-3]?\\d)(?:er)?\\s+` +
        `(?:(?<month>${MONTH})|(?<abbr>${MONTH_ABBR})\\.?(?=\\s+\\d{4}))${WE}` +
        `(?:\\s+(?:(?<year>\\d{4})(?!\\p{N})|(?<short>\\d{2})${SHORT_YEAR_END}))?` +
        `(?:\\s+(?<dir>${DIRECTION})${WE})?`,
    ),
    text,
    (m) => {
      const g = m.groups!;
      const day = g.day === '1er' ? 1 : +g.day;
      if (day < 1 || day > 31) return null;
      return {
        rule: 'fr.dayMonth',
        day,
        month: lookup(MONTHS_FR, g.month) ?? lookup(MONTH_ABBREVIATIONS_FR, g.abbr),
        weekday: lookup(WEEKDAYS_FR, g.weekday),
        ...yearFields(g.year ?? g.short),
        direction: direction(g.dir),
      };
    },
  );

/** "les 6 et 13 avril": the first day takes the month written after the second. */
const dayPair: Parser = (text) =>
  scan(
    pattern(`${WB}les\\s+(?<day>1er|[0-3]?\\d)(?=\\s+et\\s+(?:1er|[0-3]?\\d)\\s+(?<month>${MONTH})${WE}(?:\\s+(?<dir>${DIRECTION})${WE})?)`),
    text,
    (m) => {
      const day = m.groups!.day === '1er' ? 1 : +m.groups!.day;
      if (day < 1 || day > 31) return null;
      return { rule: 'fr.dayPair', day, month: lookup(MONTHS_FR, m.groups!.month), direction: direction(m.groups!.dir) };
    },
  );

/** "07/02/2023", "7.2.23", "2023-02-07" (not phone numbers "03.29.88.43.12", nor scores). */
const numericDate: Parser = (text) => [
  ...scan(
    /(?<![\p{N}./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\p{N})/gu,
    text,
    (m) => {
      const day = +m[1];
      const month = +m[3];
      if (day < 1 || day > 31 || month < 1 || month > 12) return null;
      return { rule: 'fr.numericDate', day, month, ...yearFields(m[4]) };
    },
  ),
  ...scan(/(?<![\p{N}./-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu, text, (m) => {
    const month = +m[2];
    const day = +m[3];
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    return { rule: 'fr.isoDate', year: +m[1], month, day };
  }),
];

/** "juin", "début février", "mi-janvier", "mois de juin", "octobre 98", "mai 1988", "juin prochain". */
const monthYear: Parser = (text) =>
  scan(
    pattern(
      `${WB}(?:${PERIOD_MOD})?(?:(?:le\\s+)?mois\\s+(?:de\\s+|d${APOS}))?(?<month>${MONTH})${WE}` +
        `(?:\\s+(?:(?<year>\\d{4})(?!\\p{N})|(?<short>\\d{2})${SHORT_YEAR_END}))?` +
        `(?:\\s+(?<dir>${DIRECTION})${WE})?`,
    ),
    text,
    (m) => {
      const g = m.groups!;
      // French months are lower case: a capital one inside a sentence is a name ("sur Mars", "Mai a dit").
      const capital = /^\p{Lu}/u.test(m[0]) && !g.year && !g.short && !/(?:^|[.!?:«"\n]\s*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
      if (capital) return null;
      return {
        rule: 'fr.monthYear',
        month: lookup(MONTHS_FR, g.month),
        ...yearFields(g.year ?? g.short),
        direction: direction(g.dir),
        mod: periodMod(m),
      };
    },
  );

/** "1990", "l'année 2001", "fin 2023", "l'an 2000"; not "résolution 1405", "2000 euros", "1.665.500". */
const year: Parser = (text) =>
  scan(
    pattern(
      `${WB}(?:${PERIOD_MOD})?(?:l${APOS}(?:année|an)\\s+)?(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\p{N}]|[.,]\\p{N}|\\s\\d{3}${WE})`,
    ),
    text,
    (m) => {
      const before = text.slice(Math.max(0, m.index - 14), m.index).toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14).toLowerCase();
      const previousWord = /([\p{L}°]+)\.?\s*$/u.exec(before)?.[1];
      const nextWord = /^\s*([\p{L}%\d]+)/u.exec(after)?.[1];
      if (/[\p{N}][\s.]$/u.test(before)) return null;
      if (previousWord && NUMBER_LABELS_FR.includes(previousWord)) return null;
      if (nextWord && COUNT_NOUNS_FR.includes(nextWord)) return null;
      return { rule: 'fr.year', year: +m.groups!.year, mod: periodMod(m) };
    },
  );

/** "en 97", "dès 98", "fin 98": two-digit years only after a word that asks for a year. */
const shortYear: Parser = (text) =>
  scan(
    pattern(`(?<=${WB}(?:en|dès|depuis|fin|début)\\s+)(?<short>\\d{2})(?![\\p{N}])(?=\\s*[,.;:)(]|\\s+(?:et|à|au|ou|puis)${WE}|$)`),
    text,
    (m) => ({ rule: 'fr.shortYear', shortYear: +m.groups!.short }),
  );

const DECADE_WORDS: Record<string, number> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70,
  'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90,
};

/** "les années 60", "début des années 1990", "les années quatre-vingt". */
const decade: Parser = (text) =>
  scan(
    pattern(
      `${WB}(?:(?:la\\s+)?(?<mod>début|fin|milieu)\\s+des\\s+|(?:les|des|aux)\\s+)?années\\s+` +
        `(?<n>(?:19|20)?\\d0|${alternation(Object.keys(DECADE_WORDS))})${WE}`,
    ),
    text,
    (m) => {
      const g = m.groups!;
      const n = /\d/.test(g.n) ? +g.n : DECADE_WORDS[g.n.toLowerCase()];
      const full = n >= 100 ? n : n <= 20 ? 2000 + n : 1900 + n;
      return { rule: 'fr.decade', decade: Math.floor(full / 10), mod: lookup(PERIOD_MODS_FR, g.mod) };
    },
  );

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]] ?? 0;
    const next = ROMAN[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** "le XIXe siècle" -> 18XX; "la fin du 20e siècle" -> 19XX, end. */
const century: Parser = (text) =>
  scan(
    pattern(
      `${WB}(?:(?:la\\s+)?(?<mod>début|fin|milieu)\\s+du\\s+|(?:le|du|au)\\s+)?` +
        `(?<n>[IVXL]+|\\d{1,2})(?:e|ème|è)\\s+siècle${WE}`,
    ),
    text,
    (m) => {
      const g = m.groups!;
      const n = /\d/.test(g.n) ? +g.n : romanToNumber(g.n);
      if (n < 1 || n > 21) return null;
      return { rule: 'fr.century', century: n - 1, mod: lookup(PERIOD_MODS_FR, g.mod) };
    },
  );

const SEASON = alternation(Object.keys(SEASONS_FR));

/**
 * "l'automne", "cet été", "en été", "l'hiver dernier", "le printemps 2024". A bare lower-case "été" is
 * the participle ("a été") and "d'hiver" an adjective ("les Jeux d'hiver"), so both are left out.
 */
const season: Parser = (text) =>
  scan(
    pattern(
      `(?<!d${APOS})${WB}(?:(?<det>l${APOS}|cet\\s+|ce\\s+|le\\s+)|(?<=en\\s)|(?=hiver|automne|printemps|été|eté))(?<season>${SEASON})${WE}` +
        `(?:\\s+(?:(?<year>\\d{4})(?!\\p{N})|(?<dir>${DIRECTION})${WE}))?`,
    ),
    text,
    (m) => {
      const g = m.groups!;
      const participle = !g.det && /^été$/.test(g.season) && !/en\s$/.test(text.slice(Math.max(0, m.index - 3), m.index));
      if (participle) return null;
      return {
        rule: 'fr.season',
        season: lookup(SEASONS_FR, g.season),
        ...yearFields(g.year),
        direction: direction(g.dir),
        nearest: /^ce/i.test(g.det ?? ''),
      };
    },
  );

export const CALENDAR_PARSERS_FR: Parser[] = [dayMonth, dayPair, numericDate, monthYear, year, shortYear, decade, century, season];
