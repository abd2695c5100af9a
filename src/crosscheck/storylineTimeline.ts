// A storyline as a timeline: its events in order, each with its dates and its sources.
import type { Article, EventCluster, Storyline } from '../article.js';

export interface TimelineSource {
  article: string;
  outlet: string | null;
  title: string;
  published: string | null;
  url: string | null;
}

export interface TimelineEntry {
  event: string;
  title: string;
  start: string | null;
  end: string | null;
  /** Distinct stated dates of the happening (ISO), from the articles' date mentions. */
  dates: string[];
  sources: TimelineSource[];
}

/**
 * Events in the order they happened: by start date, then by first publication; events with no
 * date at all keep the storyline's order after the dated ones.
 */
export function storylineTimeline(storyline: Storyline, events: EventCluster[], articlesById: Map<string, Article>): TimelineEntry[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const entries = (storyline.events ?? [])
    .map((id) => byId.get(id))
    .filter((e): e is EventCluster => Boolean(e))
    .map((event, position) => {
      const articles = event.articles.map((id) => articlesById.get(id)).filter((a): a is Article => Boolean(a));
      const sources = articles
        .map((a) => ({ article: a.id, outlet: a.outlet, title: a.title, published: a.published, url: a.url }))
        .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
      const dates = [...new Set(articles.flatMap((a) => (a.dates ?? []).filter((d) => !d.relative || d.grain === 'day').map((d) => d.value)))].sort();
      const entry: TimelineEntry = { event: event.id, title: event.title, start: event.start, end: event.end, dates, sources };
      return { entry, position, key: event.start ?? sources[0]?.published ?? null };
    });
  return entries
    .sort((a, b) => (a.key && b.key ? a.key.localeCompare(b.key) || a.position - b.position : a.key ? -1 : b.key ? 1 : a.position - b.position))
    .map((x) => x.entry);
}
