// Parses a date line or a metadata value to ISO: "2023-02-07T18:32:00+01:00" (kept as given),
// "Publié le 7 février 2023 à 18h32" -> "2023-02-07T18:32", "07/02/2023" -> "2023-02-07",
// "Tue, 07 Feb 2023 18:32:00 +0100" -> "2023-02-07T18:32:00+01:00", "Tuesday 7 February 2023".
// Only a date with its year counts: a date line without one says nothing reliable.
import * as chrono from 'chrono-node';
import { isValidDay, pad, toIsoDay } from './calendar.js';
import { CALENDAR_PARSERS_FR } from './locales/fr/calendarParsers.js';

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/;
const RFC_2822 = /^\s*(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})?/i;
const MONTHS_3: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
/** "à 18h32", "18:32", "- 18 h 32": the first clock time after the date. */
const CLOCK = /(?<!\d)([01]?\d|2[0-3])\s*(?:h|:)\s*([0-5]\d)?(?!\d)/i;

function offset(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:z|gmt|utc)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

function withTime(day: string, rest: string): string {
  const clock = CLOCK.exec(rest);
  return clock ? `${day}T${pad(+clock[1])}:${pad(clock[2] ? +clock[2] : 0)}` : day;
}

export function parsePublishedDate(text: string, lang?: string): string | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const iso = ISO.exec(text);
  if (iso) {
    const day = { year: +iso[1], month: +iso[2], day: +iso[3] };
    if (!isValidDay(day)) return null;
    if (!iso[4]) return toIsoDay(day);
    return `${toIsoDay(day)}T${iso[4]}:${iso[5]}${iso[6] ? `:${iso[6]}` : ''}${offset(iso[7])}`;
  }
  const rfc = RFC_2822.exec(text);
  if (rfc && MONTHS_3[rfc[2].toLowerCase()]) {
    const day = { year: +rfc[3], month: MONTHS_3[rfc[2].toLowerCase()], day: +rfc[1] };
    if (isValidDay(day)) return `${toIsoDay(day)}T${rfc[4]}:${rfc[5]}:${rfc[6] ?? '00'}${offset(rfc[7] ?? 'Z')}`;
  }
  if (lang !== 'en') {
    for (const parse of CALENDAR_PARSERS_FR) {
      const full = parse(text).find((e) => e.day !== undefined && e.month !== undefined && e.year !== undefined);
      if (full) {
        const day = { year: full.year!, month: full.month!, day: full.day! };
        if (isValidDay(day)) return withTime(toIsoDay(day), text.slice(full.end));
      }
    }
  }
  const result = chrono.en.parse(text).find((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'));
  if (!result) return null;
  const s = result.start;
  const day = toIsoDay({ year: s.get('year')!, month: s.get('month')!, day: s.get('day')! });
  return s.isCertain('hour') ? `${day}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` : day;
}
