// French expressions resolved against publication or against the previous mention:
// "hier soir", "lundi", "l'an dernier", "le lendemain", "la nuit", "22 h 30", "désormais".
import { alternation, APOS, lookup, pattern, scan, WB, WE } from '../../pattern.js';
import type { Parser, ShiftUnit } from '../../types.js';
import {
  ANAPHORIC_DAYS_FR, DIRECTIONS_FR, NUMBER_WORDS_FR, PARTS_OF_DAY_FR, PERIOD_MODS_FR, PRESENT_WORDS_FR,
  RELATIVE_DAYS_FR, WEEKDAYS_FR,
} from './lexicon.js';

const WEEKDAY = alternation(Object.keys(WEEKDAYS_FR));
const DIRECTION = alternation(Object.keys(DIRECTIONS_FR));
const PART = alternation(Object.keys(PARTS_OF_DAY_FR));
/** "soir", "en fin d'après-midi", "au matin", "en soirée". */
const PART_AFTER = `(?:\\s+(?:(?:en\\s+)?(?:fin|début)\\s+(?:de\\s+|d${APOS})|au\\s+|en\\s+|dans\\s+la\\s+)?(?<part>${PART})${WE})`;

/** "hier", "avant-hier soir", "aujourd'hui vendredi", "demain matin". */
const relativeDay: Parser = (text) =>
  scan(
    pattern(`${WB}(?<word>${alternation(Object.keys(RELATIVE_DAYS_FR))})${WE}(?:\\s+(?<weekday>${WEEKDAY})${WE})?${PART_AFTER}?`),
    text,
    (m) => ({
      rule: 'fr.relativeDay',
      shift: { unit: 'day', n: lookup(RELATIVE_DAYS_FR, m.groups!.word)! },
      partOfDay: lookup(PARTS_OF_DAY_FR, m.groups!.part),
    }),
  );

/**
 * "lundi", "lundi soir", "ce mardi", "vendredi dernier", "ce même lundi après-midi".
 * "le mercredi" / "tous les jeudis" / "chaque lundi" are recurring (TimeML SET): left out.
 * "Vendredi saint" is a feast, found by its own name if ever needed.
 */
const weekday: Parser = (text) =>
  scan(
    pattern(
      `${WB}(?:(?<this>ce|cet)\\s+(?:même\\s+)?)?(?<weekday>${WEEKDAY})${WE}(?!\\s+(?:saint|\\d))` +
        `(?:\\s+(?<dir>${DIRECTION})${WE})?${PART_AFTER}?(?:\\s+(?<dir2>${DIRECTION})${WE})?`,
    ),
    text,
    (m) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (!m.groups!.this && /(?:^|[^\p{L}])(?:le|les|chaque|tous\s+les|du|au)\s+$/u.test(before)) return null;
      return {
        rule: 'fr.weekday',
        weekday: lookup(WEEKDAYS_FR, m.groups!.weekday),
        direction: lookup(DIRECTIONS_FR, m.groups!.dir ?? m.groups!.dir2),
        nearest: m.groups!.this !== undefined,
        partOfDay: lookup(PARTS_OF_DAY_FR, m.groups!.part),
      };
    },
  );

const UNITS: Record<string, ShiftUnit> = {
  an: 'year', année: 'year', semaine: 'week', mois: 'month', 'week-end': 'week', jour: 'day', journée: 'day',
};

/** "l'an dernier", "l'année prochaine", "la semaine dernière", "cette année", "ce mois-ci", "ce week-end". */
const relativeUnit: Parser = (text) => [
  ...scan(
    pattern(
      `${WB}(?:(?:la\\s+)?(?<mod>début|fin|milieu|mi)[\\s-]+(?:de\\s+|du\\s+|d${APOS})?)?` +
        `(?:l${APOS}(?<unit1>an|année)|la\\s+(?<unit2>semaine)|le\\s+(?<unit3>mois|week-end))\\s+(?<dir>${DIRECTION})${WE}`,
    ),
    text,
    (m) => {
      const g = m.groups!;
      const unit = UNITS[(g.unit1 ?? g.unit2 ?? g.unit3).toLowerCase()];
      const n = lookup(DIRECTIONS_FR, g.dir) === 'past' ? -1 : 1;
      return { rule: 'fr.relativeUnit', shift: { unit, n }, mod: lookup(PERIOD_MODS_FR, g.mod) };
    },
  ),
  ...scan(
    pattern(
      `${WB}(?:(?:la\\s+)?(?<mod>début|fin|milieu)\\s+(?:de\\s+|du\\s+|d${APOS})?)?` +
        `(?:(?:cette|cet|ce)\\s+(?<unit>année|semaine|mois|week-end)(?:-ci)?|l${APOS}(?<current>année)(?=\\s*[,.;:)]|\\s+(?:et|à|,)${WE}))`,
    ),
    text,
    (m) => {
      const g = m.groups!;
      if (g.current && !g.mod) return null;
      const unit = UNITS[(g.unit ?? g.current).toLowerCase()];
      return { rule: 'fr.thisUnit', shift: { unit, n: 0 }, mod: lookup(PERIOD_MODS_FR, g.mod) };
    },
  ),
  ...scan(pattern(`${WB}la\\s+nouvelle\\s+année${WE}`), text, () => ({ rule: 'fr.newYear', shift: { unit: 'year', n: 0 } })),
  ...scan(
    pattern(`${WB}il\\s+y\\s+a\\s+(?<n>\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS_FR))})\\s+(?<unit>jours?|semaines?|mois|ans|années?)${WE}`),
    text,
    (m) => {
      const g = m.groups!;
      const n = /\d/.test(g.n) ? +g.n : NUMBER_WORDS_FR[g.n.toLowerCase()];
      const unit = UNITS[g.unit.toLowerCase().replace(/s$/, '').replace(/^ans?$/, 'an')] ?? 'day';
      return { rule: 'fr.ago', shift: { unit, n: -n } };
    },
  ),
];

/** "le lendemain", "la veille au soir", "le même jour": counted from the day mentioned before. */
const anaphoricDay: Parser = (text) =>
  scan(
    pattern(`${WB}(?<word>${alternation(Object.keys(ANAPHORIC_DAYS_FR))})${WE}${PART_AFTER}?`),
    text,
    (m) => ({
      rule: 'fr.anaphoricDay',
      shift: { unit: 'day', n: lookup(ANAPHORIC_DAYS_FR, m.groups!.word)! },
      fromPrevious: true,
      partOfDay: lookup(PARTS_OF_DAY_FR, m.groups!.part),
    }),
  );

/**
 * "ce soir", "cette nuit" (publication day); "la nuit", "la soirée", "dans la journée", "le matin
 * même" (the day mentioned before: "dimanche … à 20 h … la nuit" -> Sunday night).
 * A bare "soirée" is an event ("une soirée théâtre"), so it needs its article.
 */
const partOfDay: Parser = (text) => [
  ...scan(pattern(`${WB}(?:ce|cet|cette)\\s+(?<part>matin|après-midi|soir|nuit|matinée|soirée)${WE}(?!\\s*,?\\s*qui)`), text, (m) => ({
    rule: 'fr.thisPartOfDay',
    shift: { unit: 'day', n: 0 },
    partOfDay: lookup(PARTS_OF_DAY_FR, m.groups!.part),
  })),
  ...scan(pattern(`${WB}(?:(?<=dans\\s)la\\s+(?<part1>journée|matinée|soirée|nuit)|la\\s+(?<part2>nuit|soirée|matinée)|le\\s+(?<part3>matin)\\s+même)${WE}`), text, (m) => ({
    rule: 'fr.partOfDay',
    shift: { unit: 'day', n: 0 },
    fromPrevious: true,
    partOfDay: lookup(PARTS_OF_DAY_FR, m.groups!.part1 ?? m.groups!.part2 ?? m.groups!.part3),
  })),
  ...scan(pattern(`(?<=${WB}(?:à|vers|avant|après|dès|jusqu${APOS}à|peu\\s+avant|hier|demain)\\s+)(?<word>midi|minuit)${WE}`), text, (m) => ({
    rule: 'fr.noonMidnight',
    hour: m.groups!.word.toLowerCase() === 'midi' ? 12 : 0,
    minute: 0,
    fromPrevious: true,
  })),
];

/** "22 h", "21 h 45", "18h32", "20:30"; the day is the one mentioned before ("vers" is read as approx by the refiner). */
const clockTime: Parser = (text) => [
  ...scan(/(?<![\p{L}\p{N},.])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\p{L}\p{N}])/giu, text, (m) => ({
    rule: 'fr.clockTime',
    hour: +m[1],
    minute: m[2] ? +m[2] : 0,
    fromPrevious: true,
  })),
  ...scan(/(?<![\p{N}.,:/-])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}]|:\d\d:)/gu, text, (m) => ({
    rule: 'fr.clockTime',
    hour: +m[1],
    minute: +m[2],
    fromPrevious: true,
  })),
];

/** "maintenant", "désormais", "actuellement": the time of writing. */
const presentWord: Parser = (text) =>
  scan(pattern(`${WB}(?:${alternation(PRESENT_WORDS_FR)})${WE}`), text, (m) => ({
    rule: 'fr.present',
    present: true,
    mod: /^désormais$/i.test(m[0]) ? 'since' : undefined,
  }));

export const RELATIVE_PARSERS_FR: Parser[] = [relativeDay, weekday, relativeUnit, anaphoricDay, partOfDay, clockTime, presentWord];
