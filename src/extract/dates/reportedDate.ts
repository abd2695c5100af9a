// The day of the happening an article reports, the start of the event it belongs to.
//
// News leads with it: "Sergueï Lavrov est arrivé lundi soir à Bamako" in an article of Tue 7 Feb
// 2023 -> 2023-02-06. Without such a day near the top, breaking news reports its own publication
// day; an article without a publication date falls back on the day it mentions most.
import type { Article, DateMention } from '../../article.js';
import { daysBetween, parseIsoDay, toIsoDay } from './calendar.js';
import { extractDates } from './extractDates.js';

/** The lead: title and first sentences, where the reported day is stated. */
const LEAD_CHARS = 400;
/** A lead day further back than this is background ("en 2015, déjà…"), not the news. */
const MAX_DAYS_BEFORE = 7;
/** Announcements are reported too ("se réunira demain"), but not those months ahead. */
const MAX_DAYS_AFTER = 7;

export function reportedDate(article: Article): string | null {
  const published = parseIsoDay(article?.published);
  const mentions = article.dates?.length ? article.dates : extractDates(article);
  const days = mentions.filter((m) => m.grain === 'day' || m.grain === 'datetime');
  if (published) {
    const lead = days.find((m) => m.start < LEAD_CHARS && m.mod === undefined && withinNews(m, published));
    return lead ? lead.value.slice(0, 10) : toIsoDay(published);
  }
  return mostMentionedDay(days);
}

function withinNews(m: DateMention, published: NonNullable<ReturnType<typeof parseIsoDay>>): boolean {
  const day = parseIsoDay(m.value);
  if (!day) return false;
  const offset = daysBetween(published, day);
  return offset >= -MAX_DAYS_BEFORE && offset <= MAX_DAYS_AFTER;
}

function mostMentionedDay(days: DateMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of days) counts.set(m.value.slice(0, 10), (counts.get(m.value.slice(0, 10)) ?? 0) + 1);
  let best: string | null = null;
  for (const [day, count] of counts) if (best === null || count > counts.get(best)!) best = day;
  return best;
}
