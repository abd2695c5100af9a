// Turns what the parsers read into calendar values, in text order, so that an expression
// that leans on the one before it ("le lendemain", "à 22 h", "la nuit") finds it.
//
// Representation of values (ISO 8601 as precise as the text allows):
//   day "2023-02-06" · datetime "2023-02-06T18:00" · week "2023-W06" · month "2023-02" · year "2023"
//   season "2023-23" (ISO 8601-2 codes: 21 spring, 22 summer, 23 autumn, 24 winter)
//   decade "196X" · century "18XX" (ISO 8601-2 unspecified digits)
// A part of day is not a clock time: "lundi soir" is value "2023-02-06", grain "day",
// partOfDay "evening" (TimeML's "2023-02-06TEV" is produced only by the evaluation).
import type { DateGrain, DateMention } from '../../article.js';
import {
  addDays, addMonths, daysBetween, isoWeek, isValidDay, pad, toIsoDay, weekdayOf, type Ymd,
} from './calendar.js';
import { movableFeast } from './holidays.js';
import { guessDirection, tenseAround } from './tense.js';
import type { Direction, Season, TimeExpression } from './types.js';

export interface ResolveContext {
  text: string;
  lang: string;
  /** Publication day; null when unknown, and then expressions that need it are skipped. */
  published: Ymd | null;
}

/** Beyond this distance from publication, a day without its year follows the verb's tense. */
const TENSE_DECIDES_AFTER_DAYS = 60;
const SEASON_CODES: Record<Season, number> = { spring: 21, summer: 22, autumn: 23, winter: 24 };
const SEASON_START_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/**
 * An explicit year just before a bare month, in the same sentence, gives it its year:
 * "deux ruptures en 97 (en janvier rue Saint-Dizier, en octobre rue de Metz)" -> 1997-01, 1997-10.
 */
const YEAR_CONTEXT_CHARS = 40;

interface State {
  /** Last day-precise value, the anchor of "le lendemain", "à 22 h", "la nuit". */
  previousDay: Ymd | null;
  /** Last explicitly written year and where it ended. */
  previousYear: { year: number; end: number } | null;
  /** Weekdays written with their full date ("mardi 1er juin"): a later bare "mardi" is that day. */
  datedWeekdays: Map<number, Ymd>;
}

export function resolveExpressions(expressions: TimeExpression[], context: ResolveContext): DateMention[] {
  const state: State = { previousDay: null, previousYear: null, datedWeekdays: datedWeekdays(expressions, context) };
  const mentions: DateMention[] = [];
  const order = timesAfterTheirDay(expressions, context.text);
  const resolved = new Map<TimeExpression, DateMention | null>();
  for (const expression of order) {
    const mention = resolveOne(expression, context, state);
    resolved.set(expression, mention);
    if (!mention) continue;
    mentions.push(mention);
    if (mention.grain === 'day' || mention.grain === 'datetime') state.previousDay = parseDayValue(mention.value);
    if (expression.year !== undefined || expression.shortYear !== undefined) {
      state.previousYear = { year: +mention.value.slice(0, 4), end: expression.end };
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Text order, except that a clock time written just before its day is resolved after it:
 * "Vers 0 h 40, jeudi, deux voitures…" -> Thursday 00:40, not publication day.
 */
function timesAfterTheirDay(expressions: TimeExpression[], text: string): TimeExpression[] {
  const order = [...expressions];
  for (let i = 0; i + 1 < order.length; i++) {
    const [time, day] = [order[i], order[i + 1]];
    const isClock = time.hour !== undefined && time.fromPrevious;
    const isDay = !day.fromPrevious && (day.weekday !== undefined || day.day !== undefined || day.shift?.unit === 'day');
    if (isClock && isDay && /^[\s,]*$/.test(text.slice(time.end, day.start))) {
      order[i] = day;
      order[i + 1] = time;
      i++;
    }
  }
  return order;
}

function datedWeekdays(expressions: TimeExpression[], context: ResolveContext): Map<number, Ymd> {
  const dated = new Map<number, Ymd>();
  if (!context.published) return dated;
  for (const e of expressions) {
    if (e.weekday === undefined || e.day === undefined || e.month === undefined) continue;
    const year = e.year ?? nearestYearOfDay(e.month, e.day, context.published, undefined);
    const ymd = { year, month: e.month, day: e.day };
    if (isValidDay(ymd) && Math.abs(daysBetween(context.published, ymd)) <= 7) dated.set(e.weekday, ymd);
  }
  return dated;
}

function parseDayValue(value: string): Ymd {
  return { year: +value.slice(0, 4), month: +value.slice(5, 7), day: +value.slice(8, 10) };
}

function resolveOne(e: TimeExpression, context: ResolveContext, state: State): DateMention | null {
  const resolved = resolveValue(e, context, state);
  if (!resolved) return null;
  const mention: DateMention = {
    start: e.start,
    end: e.end,
    text: context.text.slice(e.start, e.end),
    value: resolved.value,
    grain: resolved.grain,
    relative: resolved.relative,
  };
  if (e.mod) mention.mod = e.mod;
  if (e.partOfDay) mention.partOfDay = e.partOfDay;
  return mention;
}

interface Resolved {
  value: string;
  grain: DateGrain;
  relative: boolean;
}

function resolveValue(e: TimeExpression, context: ResolveContext, state: State): Resolved | null {
  const dct = context.published;
  if (e.decade !== undefined) return { value: `${e.decade}X`, grain: 'decade', relative: false };
  if (e.century !== undefined) return { value: `${pad(e.century)}XX`, grain: 'century', relative: false };
  if (e.present) return dct && { value: toIsoDay(dct), grain: 'day', relative: true };

  if (e.shift && !e.fromPrevious) return dct && shifted(dct, e, context.text);
  if (e.fromPrevious) {
    const base = state.previousDay ?? dct;
    if (!base) return null;
    const day = addDays(base, e.shift?.n ?? 0);
    return withClock(day, e, true);
  }

  const year = explicitYear(e, dct);
  if (e.daysFromEaster !== undefined) {
    if (year === undefined && !dct) return null;
    return withClock(feastDate(e.daysFromEaster, year, dct!), e, year === undefined);
  }
  if (e.weekday !== undefined && e.day === undefined) {
    if (!dct) return null;
    return withClock(weekdayDate(e, dct, context, state), e, true);
  }
  if (e.day !== undefined && e.month !== undefined) {
    if (year === undefined && !dct) return null;
    const y = year ?? yearOfDay(e, dct!, context);
    const ymd = { year: y, month: e.month, day: e.day };
    if (!isValidDay(ymd)) return null;
    return withClock(ymd, e, year === undefined);
  }
  if (e.month !== undefined) {
    const gap = state.previousYear ? context.text.slice(state.previousYear.end, e.start) : null;
    const nearYear = gap !== null && gap.length <= YEAR_CONTEXT_CHARS && !/[.!?;\n]/.test(gap);
    const contextYear = nearYear && !e.direction ? state.previousYear!.year : undefined;
    const y = year ?? contextYear ?? (dct ? nearestYearOfMonth(e.month, dct, e.direction) : undefined);
    if (y === undefined) return null;
    return { value: `${pad(y, 4)}-${pad(e.month)}`, grain: 'month', relative: year === undefined };
  }
  if (e.season) {
    const y = year ?? (dct ? seasonYear(e.season, dct, e.direction) : undefined);
    if (y === undefined) return null;
    return { value: `${pad(y, 4)}-${SEASON_CODES[e.season]}`, grain: 'season', relative: year === undefined };
  }
  if (year !== undefined) return { value: pad(year, 4), grain: 'year', relative: false };
  if (e.hour !== undefined) {
    const base = state.previousDay ?? dct;
    return base && withClock(base, e, true);
  }
  return null;
}

/** A two-digit year takes the century that puts it at most ten years after publication. */
function explicitYear(e: TimeExpression, dct: Ymd | null): number | undefined {
  if (e.year !== undefined) return e.year;
  if (e.shortYear === undefined) return undefined;
  const pivot = (dct?.year ?? new Date().getUTCFullYear()) + 10;
  const year = 2000 + e.shortYear;
  return year > pivot ? year - 100 : year;
}

function withClock(day: Ymd, e: TimeExpression, relative: boolean): Resolved {
  if (e.hour === undefined) return { value: toIsoDay(day), grain: 'day', relative };
  return { value: `${toIsoDay(day)}T${pad(e.hour)}:${pad(e.minute ?? 0)}`, grain: 'datetime', relative };
}

function shifted(dct: Ymd, e: TimeExpression, text: string): Resolved {
  const { unit, n } = e.shift!;
  switch (unit) {
    case 'day':
      return withClock(addDays(dct, n), e, true);
    case 'week':
      return { value: isoWeek(addDays(dct, 7 * n)), grain: 'week', relative: true };
    case 'month': {
      const { year, month } = addMonths(dct.year, dct.month, n);
      return { value: `${pad(year, 4)}-${pad(month)}`, grain: 'month', relative: true };
    }
    case 'year': {
      // "la nouvelle année" written in December is the coming one.
      const newYear = n === 0 && /nouvelle/i.test(text.slice(e.start, e.end)) && dct.month >= 11 ? 1 : 0;
      return { value: pad(dct.year + n + newYear, 4), grain: 'year', relative: true };
    }
  }
}

/**
 * "lundi" with no date: the Monday of the article's own week, on the side the words or the verb
 * point to. "Lavrov est arrivé lundi soir" in an article of Tue 7 Feb 2023 -> Mon 6 Feb;
 * "il se rendra lundi à Bamako" -> Mon 13 Feb; "ce mardi" -> the publication day itself.
 * A weekday already written with its date elsewhere ("mardi 1er juin") is that date.
 */
function weekdayDate(e: TimeExpression, dct: Ymd, context: ResolveContext, state: State): Ymd {
  const target = e.weekday!;
  const dated = state.datedWeekdays.get(target);
  if (dated && !e.direction) return dated;
  const back = (weekdayOf(dct) - target + 7) % 7;
  const ahead = (target - weekdayOf(dct) + 7) % 7;
  if (e.nearest && !e.direction) return addDays(dct, back <= ahead ? -back : ahead);
  const direction: Direction = e.direction ?? guessDirection(context.text, e.start, e.end, context.lang);
  if (direction === 'past') return addDays(dct, -(back === 0 && e.direction ? 7 : back));
  return addDays(dct, ahead === 0 && e.direction ? 7 : ahead);
}

/**
 * A date without its year is the nearest one, unless it is months away: then the verb decides.
 * "le 22 octobre" in an article of 31 Jan 2003 -> 2002-10-22 (nearest); "il est né le 3 juin"
 * in an article of 7 Feb 2023 -> 2022-06-03 (past tense), not 2023-06-03 (nearer, but ahead).
 */
function yearOfDay(e: TimeExpression, dct: Ymd, context: ResolveContext): number {
  const nearest = nearestYearOfDay(e.month!, e.day!, dct, e.direction);
  if (e.direction || Math.abs(daysBetween(dct, { year: nearest, month: e.month!, day: Math.min(e.day!, 28) })) <= TENSE_DECIDES_AFTER_DAYS) {
    return nearest;
  }
  return nearestYearOfDay(e.month!, e.day!, dct, tenseAround(context.text, e.start, e.end, context.lang) ?? undefined);
}

/** "le 22 octobre" in an article of 31 Jan 2003 -> 2002 (the nearest), unless "dernier"/"prochain" say. */
export function nearestYearOfDay(month: number, day: number, dct: Ymd, direction: Direction | undefined): number {
  const candidates = [dct.year - 1, dct.year, dct.year + 1].filter((year) => isValidDay({ year, month, day }) || month === 2);
  let best = dct.year;
  let bestDistance = Infinity;
  for (const year of candidates) {
    const distance = daysBetween(dct, { year, month, day: Math.min(day, 28) });
    if (direction === 'past' && distance > 0) continue;
    if (direction === 'future' && distance < 0) continue;
    if (Math.abs(distance) < bestDistance) {
      best = year;
      bestDistance = Math.abs(distance);
    }
  }
  return best;
}

/** A movable feast of the year written, else the occurrence nearest to publication. */
function feastDate(daysFromEaster: number, year: number | undefined, dct: Ymd): Ymd {
  if (year !== undefined) return movableFeast(year, daysFromEaster);
  const options = [dct.year - 1, dct.year, dct.year + 1].map((y) => movableFeast(y, daysFromEaster));
  return options.reduce((best, d) => (Math.abs(daysBetween(dct, d)) < Math.abs(daysBetween(dct, best)) ? d : best));
}

function nearestYearOfMonth(month: number, dct: Ymd, direction: Direction | undefined): number {
  const diff = month - dct.month;
  if (direction === 'past') return diff >= 0 ? dct.year - 1 : dct.year;
  if (direction === 'future') return diff <= 0 ? dct.year + 1 : dct.year;
  if (diff > 6) return dct.year - 1;
  if (diff < -6) return dct.year + 1;
  return dct.year;
}

function seasonYear(season: Season, dct: Ymd, direction: Direction | undefined): number {
  const startsIn = SEASON_START_MONTH[season];
  if (direction === 'past') return startsIn <= dct.month - 3 ? dct.year : dct.year - 1;
  if (direction === 'future') return startsIn > dct.month ? dct.year : dct.year + 1;
  return dct.year;
}
