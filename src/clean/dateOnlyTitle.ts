// A "title" that is only a time stamp. Feeds, JSON exports and copied pages sometimes hand us the
// line above the headline: "DECEMBER 16, 2008", "Updated: November 11, 2011 20:09 IST",
// "9:53 AM, MON 22 JUL 2013", "8:24am:". As an article's title it says nothing of the story, and
// titles weigh double in event similarity and name events in the report, so such a line is no
// title: the text's own headline (or its first sentence) takes its place.
import { foldLine } from './foldWords.js';
import { DATE_LINE_CUES_EN, DATE_LINE_LINKS_EN, MONTHS_EN, WEEKDAYS_EN } from './locales/en/months.js';
import { DATE_LINE_CUES_FR, DATE_LINE_LINKS_FR, MONTHS_FR, WEEKDAYS_FR } from './locales/fr/months.js';

/** Words a time stamp is made of besides figures: months, weekdays (and their 3-letter forms),
 * the date-line cues and links, clock and zone words. */
const STAMP_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS_EN),
  ...Object.keys(MONTHS_FR),
  ...[...WEEKDAYS_EN, ...WEEKDAYS_FR].flatMap((day) => [day, day.slice(0, 3)]),
  ...[...DATE_LINE_CUES_EN, ...DATE_LINE_CUES_FR, ...DATE_LINE_LINKS_EN, ...DATE_LINE_LINKS_FR].flatMap((cue) => cue.split(' ')),
  'am', 'pm', 'h', 'heure', 'heures', 'gmt', 'utc', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'ist', 'bst', 'et',
].map((word) => foldLine(word)));

/** A headline says something in at least one word that is not part of a date. */
export function isDateOnlyTitle(title: string): boolean {
  const words = foldLine(title).match(/\p{L}+/gu) ?? [];
  if (!/\d/u.test(title)) return false;
  return words.every((word) => STAMP_WORDS.has(word) || word.length === 1);
}
