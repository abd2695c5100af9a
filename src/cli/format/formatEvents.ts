// The events overview: one line per event, newest first, with how many sources back it and
// how many of them are independent.
import type { EventSummary, Page } from '../../store/Store.js';
import { dateSpan, plural, table, truncate } from './text.js';

const MAX_TITLE_CHARS = 72;

export function formatEvents(page: Page<EventSummary>): string {
  if (page.total === 0) return 'no events';
  const rows = [
    ['id', 'dates', 'sources', 'title'],
    ...page.items.map((e) => [e.id, dateSpan(e.start, e.end), sourcesCell(e), truncate(e.title, MAX_TITLE_CHARS)]),
  ];
  const first = page.offset + 1;
  const last = page.offset + page.items.length;
  const footer =
    page.items.length < page.total
      ? `events ${first}–${last} of ${page.total} (--limit, --offset for more)`
      : plural(page.total, 'event');
  return [...table(rows), '', footer].join('\n');
}

/** "5 (3 origins)": 5 articles, reprints and editions of one dispatch counted once in 3. */
function sourcesCell(event: EventSummary): string {
  return event.origins === event.articles ? String(event.articles) : `${event.articles} (${plural(event.origins, 'origin')})`;
}
