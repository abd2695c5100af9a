// Feasts as dates: a parser built from a locale's tables, and Easter's date for movable feasts.
import type { Ymd } from './calendar.js';
import { addDays } from './calendar.js';
import { alternation, lookup, pattern, scan, WB, WE } from './pattern.js';
import type { Parser } from './types.js';

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export function movableFeast(year: number, daysFromEaster: number): Ymd {
  return addDays(easterSunday(year), daysFromEaster);
}

/** "Noël 2022", "la fête de Pentecôte", "Easter Monday": `lead` is the optional words before the name. */
export function holidayParser(
  fixed: Record<string, { month: number; day: number }>,
  easter: Record<string, number>,
  lead: string,
): Parser {
  const names = alternation([...Object.keys(fixed), ...Object.keys(easter)]);
  const re = pattern(`${WB}(?:${lead})?(?<name>${names})${WE}(?:\\s+(?<year>\\d{4})(?!\\p{N}))?`);
  return (text) =>
    scan(re, text, (m) => {
      const name = m.groups!.name;
      const year = m.groups!.year ? +m.groups!.year : undefined;
      const fixedDay = lookup(fixed, name);
      if (fixedDay) return { rule: 'holiday', ...fixedDay, year };
      return { rule: 'holiday', daysFromEaster: lookup(easter, name), year };
    });
}
