// What a locale parser read in the text, before it is resolved against an anchor.
// Parsers state only what the words say ("mardi soir" -> weekday 2, evening); resolveExpression
// turns that into a calendar value using the publication date and the mentions before it.
import type { DateMention } from '../../article.js';

export type PartOfDay = NonNullable<DateMention['partOfDay']>;
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Mod = NonNullable<DateMention['mod']>;
export type Direction = 'past' | 'future';
export type ShiftUnit = 'day' | 'week' | 'month' | 'year';

export interface TimeExpression {
  start: number;
  end: number;
  /** Which parser found it: kept for debugging and notes. */
  rule: string;
  year?: number;
  /** A two-digit year ("octobre 98"): its century comes from the anchor. */
  shortYear?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  hour?: number;
  minute?: number;
  partOfDay?: PartOfDay;
  season?: Season;
  /** 196 for "les années 60". */
  decade?: number;
  /** 18 for "le XIXe siècle" (the years 18XX). */
  century?: number;
  /** "hier" -> {day, -1}; "l'an dernier" -> {year, -1}; "cette semaine" -> {week, 0}. */
  shift?: { unit: ShiftUnit; n: number };
  /** Shift from the previous mention rather than from publication ("le lendemain", "la nuit"). */
  fromPrevious?: boolean;
  /** "dernier" / "prochain", or what the verb tense says when the words do not. */
  direction?: Direction;
  /** "ce mardi": the one of the current week, whichever side of publication. */
  nearest?: boolean;
  /** A movable feast, in days from Easter Sunday ("Pentecôte" -> 49). */
  daysFromEaster?: number;
  /** Present reference ("maintenant", "désormais"): the publication day. */
  present?: boolean;
  mod?: Mod;
}

export type Parser = (text: string) => TimeExpression[];
