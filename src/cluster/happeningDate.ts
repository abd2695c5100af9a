// When did the reported happening take place? The dates stage answers (reportedDate); when it
// fails or finds nothing, the publication date stands in.

import type { Article } from '../article.js';
import { reportedDate } from '../extract/dates/extractDates.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** ISO date (day precision at most) of the happening, or null when neither date is known. */
export function happeningDate(article: Article): string | null {
  let reported: string | null = null;
  // With no date mention the answer is the publication day, and reportedDate would run the
  // whole date extraction again to find that out. With no publication date there is nothing to
  // resolve "Thursday" against, and the one full date in the text is as often a birth date or
  // a background event ("born Aug. 17, 1913" in an obituary of 2008): the day stays unknown.
  if (Array.isArray(article.dates) && article.dates.length > 0 && isDated(article.published)) {
    try {
      reported = reportedDate(article);
    } catch {
      reported = null;
    }
  }
  for (const candidate of [reported, article.published]) {
    if (typeof candidate === 'string' && dayNumber(candidate) !== null) return candidate.slice(0, 10);
  }
  return null;
}

function isDated(published: unknown): boolean {
  return typeof published === 'string' && dayNumber(published) !== null;
}

/**
 * Days since 1970-01-01 for a day ("2023-02-07", "2023-02-07T10:00") or a month, taken at its
 * middle ("2023-02" -> 15 Feb); coarser values (a year, a week, a decade) say too little to
 * separate two happenings and give null.
 */
export function dayNumber(value: string): number | null {
  const day = ISO_DAY.exec(value);
  if (day) return utcDay(Number(day[1]), Number(day[2]), Number(day[3]));
  const month = ISO_MONTH.exec(value);
  if (month) return utcDay(Number(month[1]), Number(month[2]), 15);
  return null;
}

function utcDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}
