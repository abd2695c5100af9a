// English parsers for what chrono leaves out: "1990", "in the 1960s", "early 2023",
// "late February", "last year", "this summer", "now".
import { alternation, lookup, pattern, scan, WB, WE } from '../../pattern.js';
import { holidayParser } from '../../holidays.js';
import type { Parser } from '../../types.js';
import { EASTER_HOLIDAYS_EN, FIXED_HOLIDAYS_EN } from './holidays.js';
import {
  COUNT_NOUNS_EN, DIRECTIONS_EN, MONTHS_EN, NUMBER_LABELS_EN, PERIOD_MODS_EN, PRESENT_WORDS_EN, SEASONS_EN,
} from './lexicon.js';

const MONTH = alternation(Object.keys(MONTHS_EN));
const PERIOD = `(?:(?:the\\s+)?(?<mod>early|late|mid-|mid|end\\s+of)[\\s-]*(?:of\\s+)?)?`;

/** "1990", "early 2023", "the end of 2021"; not "resolution 2334", "2000 troops". */
const year: Parser = (text) =>
  scan(pattern(`${WB}${PERIOD}(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\p{N}]|[.,]\\p{N})`), text, (m) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
    const previousWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1];
    const nextWord = /^\s*([\p{L}%]+)/u.exec(after)?.[1];
    if (/[\p{N}][\s.,]$/u.test(before)) return null;
    if (previousWord && (NUMBER_LABELS_EN.includes(previousWord) || MONTHS_EN[previousWord])) return null;
    if (nextWord && COUNT_NOUNS_EN.includes(nextWord)) return null;
    return { rule: 'en.year', year: +m.groups!.year, mod: modOf(m.groups!.mod) };
  });

/** "early February", "late March 2022", "mid-January". */
const monthPeriod: Parser = (text) =>
  scan(pattern(`${WB}(?:the\\s+)?(?<mod>early|late|mid-|mid|end\\s+of)[\\s-]*(?:of\\s+)?(?<month>${MONTH})${WE}(?:\\s+(?<year>\\d{4}))?`), text, (m) => ({
    rule: 'en.monthPeriod',
    month: lookup(MONTHS_EN, m.groups!.month),
    year: m.groups!.year ? +m.groups!.year : undefined,
    mod: modOf(m.groups!.mod),
  }));

/**
 * "in March", "since May 2021", "by June": a month name after a preposition. chrono's own bare
 * "March"/"May" readings are dropped, as they are as often a verb ("will march", "may ask").
 */
const month: Parser = (text) =>
  scan(pattern(`(?<=${WB}(?:in|since|by|until|till|during|before|after|from|of|through)\\s+)(?<month>${MONTH})${WE}(?:\\s+(?<year>\\d{4})(?!\\p{N}))?`), text, (m) => ({
    rule: 'en.month',
    month: lookup(MONTHS_EN, m.groups!.month),
    year: m.groups!.year ? +m.groups!.year : undefined,
  }));

/** "the 1960s", "the '90s", "the early 2000s". */
const decade: Parser = (text) =>
  scan(pattern(`${WB}(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?:(?<full>1[5-9]\\d0|20\\d0)|['’]?(?<short>\\d0))s${WE}`), text, (m) => {
    const g = m.groups!;
    const full = g.full ? +g.full : +g.short <= 20 ? 2000 + +g.short : 1900 + +g.short;
    return { rule: 'en.decade', decade: Math.floor(full / 10), mod: modOf(g.mod) };
  });

/** "last year", "next month", "this week", "last summer", "this spring". */
const relativeUnit: Parser = (text) =>
  scan(pattern(`${WB}(?<dir>last|next|this)\\s+(?:(?<unit>year|month|week|weekend)|(?<season>${alternation(Object.keys(SEASONS_EN))}))${WE}`), text, (m) => {
    const g = m.groups!;
    const dir = g.dir.toLowerCase();
    if (g.season) {
      return { rule: 'en.season', season: lookup(SEASONS_EN, g.season), direction: dir === 'this' ? undefined : lookup(DIRECTIONS_EN, dir) };
    }
    const n = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
    const unit = g.unit.toLowerCase() === 'weekend' ? 'week' : (g.unit.toLowerCase() as 'year' | 'month' | 'week');
    return { rule: 'en.relativeUnit', shift: { unit, n } };
  });

/** "in the summer of 2022", "spring 2023". */
const season: Parser = (text) =>
  scan(pattern(`${WB}(?:(?:the\\s+)?(?<season>${alternation(Object.keys(SEASONS_EN))})\\s+(?:of\\s+)?(?<year>\\d{4}))`), text, (m) => ({
    rule: 'en.season',
    season: lookup(SEASONS_EN, m.groups!.season),
    year: +m.groups!.year,
  }));

const presentWord: Parser = (text) =>
  scan(pattern(`${WB}(?:${alternation(PRESENT_WORDS_EN)})${WE}`), text, () => ({ rule: 'en.present', present: true }));

function modOf(word: string | undefined) {
  return word ? lookup(PERIOD_MODS_EN, word.replace(/\s+of$/i, '')) : undefined;
}

const holiday = holidayParser(FIXED_HOLIDAYS_EN, EASTER_HOLIDAYS_EN, '');

export const PARSERS_EN: Parser[] = [holiday, monthPeriod, month, season, relativeUnit, decade, year, presentWord];
