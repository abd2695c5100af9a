// The event list: every filter is an indexed lookup that narrows the ids (entity, language,
// place and text through their own tables), then one ordered, paginated pass over `events`.
import type Database from 'better-sqlite3';
import { pageBounds, type EventQuery, type EventSummary, type Page } from '../Store.js';
import { ftsQuery } from './ftsQuery.js';
import { EVENT_SUMMARY_COLUMNS, NEWEST_FIRST, toEventSummary, type EventRow } from './rows.js';

export function queryEvents(db: Database.Database, query: EventQuery = {}): Page<EventSummary> {
  const { limit, offset } = pageBounds(query);
  const { where, params } = eventFilter(query);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM events ${clause}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT ${EVENT_SUMMARY_COLUMNS} FROM events ${clause}
       ORDER BY ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit, offset }) as EventRow[];
  return { items: rows.map(toEventSummary), total, limit, offset };
}

function eventFilter(query: EventQuery): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (query.from) {
    where.push('end_key >= @from');
    params.from = query.from;
  }
  if (query.to) {
    where.push('start_key <= @to');
    params.to = `${query.to}\uffff`;
  }
  if (query.entity) {
    where.push('id IN (SELECT event FROM event_entities WHERE entity = @entity)');
    params.entity = query.entity;
  }
  if (query.lang) {
    where.push('id IN (SELECT event FROM event_langs WHERE lang = @lang)');
    params.lang = query.lang.toLowerCase();
  }
  const place = query.place ? ftsQuery(query.place) : null;
  if (place) {
    where.push(`id IN (SELECT ee.event FROM event_entities ee JOIN entities en ON en.id = ee.entity
      WHERE en.type = 'location' AND en.seq IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH @place))`);
    params.place = place;
  }
  const text = query.text ? ftsQuery(query.text) : null;
  if (text) {
    where.push('id IN (SELECT event FROM articles WHERE seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @text))');
    params.text = text;
  }
  return { where, params };
}
