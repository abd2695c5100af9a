// The event list: one ordered, paginated walk of an index in newest-first order, each filter an
// indexed lookup (entity and place through their link tables, text through events_fts). A
// language filter walks its link table instead of `events`: event_langs carries the events'
// sort and range keys, so a page of one language reads its 50 links in order rather than every
// event of that language.
import type Database from 'better-sqlite3';
import { pageBounds, type EventQuery, type EventSummary, type Page } from '../Store.js';
import { ftsQuery } from './ftsQuery.js';
import { EVENT_SUMMARY_COLUMNS, toEventSummary, type EventRow } from '../rows.js';

export function queryEvents(db: Database.Database, query: EventQuery = {}): Page<EventSummary> {
  const { limit, offset } = pageBounds(query);
  const source = query.lang ? LANG_LINKS : EVENTS;
  const { where, params } = eventFilter(query, source.alias);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM ${source.table} ${source.alias} ${clause}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY} FROM ${source.table} ${source.alias} ${source.join} ${clause}
       ORDER BY ${source.order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit, offset }) as EventRow[];
  return { items: rows.map(toEventSummary), total, limit, offset };
}

const SUMMARY = EVENT_SUMMARY_COLUMNS.split(', ').map((column) => `e.${column}`).join(', ');

interface Source {
  table: string;
  alias: string;
  join: string;
  order: string;
}

/** Newest first, in the order of the events_sort index (rowid breaks ties). */
const EVENTS: Source = { table: 'events', alias: 'e', join: '', order: 'e.sort_key DESC, e.start_key DESC, e.end_key DESC, e.rowid DESC' };
/** The same order, read from the event_langs_sort index (seq is the event's rowid). */
const LANG_LINKS: Source = {
  table: 'event_langs',
  alias: 'l',
  join: 'JOIN events e ON e.id = l.event',
  order: 'l.sort_key DESC, l.start_key DESC, l.end_key DESC, l.seq DESC',
};

/** Conditions on the columns of the list's source (`alias`): events, or the language links. */
function eventFilter(query: EventQuery, alias: string): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const id = alias === 'e' ? 'e.id' : `${alias}.event`;
  const rowid = alias === 'e' ? 'e.rowid' : `${alias}.seq`;
  if (query.lang) {
    where.push(`${alias}.lang = @lang`);
    params.lang = query.lang.toLowerCase();
  }
  if (query.from) {
    where.push(`${alias}.end_key >= @from`);
    params.from = query.from;
  }
  if (query.to) {
    where.push(`${alias}.start_key <= @to`);
    params.to = `${query.to}\uffff`;
  }
  if (query.entity) {
    where.push(`${id} IN (SELECT event FROM event_entities WHERE entity = @entity)`);
    params.entity = query.entity;
  }
  const place = query.place ? ftsQuery(query.place) : null;
  if (place) {
    where.push(`${id} IN (SELECT ee.event FROM event_entities ee JOIN entities en ON en.id = ee.entity
      WHERE en.type = 'location' AND en.seq IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH @place))`);
    params.place = place;
  }
  const text = query.text ? ftsQuery(query.text) : null;
  if (text) {
    // The unary + keeps the planner on the newest-first index, testing each event against the
    // matches (a Bloom filter) and stopping at the page's end: for a word in thousands of events
    // that reads ~100 index entries, where fetching each match and sorting them reads thousands of rows.
    where.push(`+${rowid} IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @text)`);
    params.text = text;
  }
  return { where, params };
}
