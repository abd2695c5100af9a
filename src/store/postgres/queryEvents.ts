// The event list and one event, from PostgreSQL: the same filters, order and pages as
// sqlite/queryEvents.ts and sqlite/readEvent.ts.
import type pg from 'pg';
import type { DuplicateGroup, EventCluster, Quote, Storyline } from '../../article.js';
import type { EventFindings } from '../Analyzer.js';
import { pageBounds, type EventDetail, type EventEntity, type EventQuery, type EventSummary, type Page } from '../Store.js';
import { EVENT_SUMMARY_COLUMNS, toEventSummary, toStoredArticle, type ArticleRow, type EventRow } from '../rows.js';
import { tsQuery } from './textSearch.js';

const SUMMARY = EVENT_SUMMARY_COLUMNS.split(', ').map((column) => `e.${column}`).join(', ');
/** Newest first, as the events_sort and event_langs_sort indexes hold them. */
const ORDER = (alias: string) => `${alias}.sort_key DESC, ${alias}.start_key DESC, ${alias}.end_key DESC, ${alias}.seq DESC`;

export async function queryEvents(db: pg.Pool, query: EventQuery = {}): Promise<Page<EventSummary>> {
  const { limit, offset } = pageBounds(query);
  // A language filter walks its link table, which carries the events' sort keys (as in SQLite).
  const alias = query.lang ? 'l' : 'e';
  const from = query.lang ? 'event_langs l' : 'events e';
  const { where, params } = eventFilter(query, alias);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.query<{ count: string }>(`SELECT count(*) FROM ${from} ${clause}`, params);
  const join = query.lang ? 'JOIN events e ON e.id = l.event' : '';
  const rows = await db.query<EventRow>(
    `SELECT ${SUMMARY} FROM ${from} ${join} ${clause} ORDER BY ${ORDER(alias)} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { items: rows.rows.map(toEventSummary), total: Number(total.rows[0]!.count), limit, offset };
}

function eventFilter(query: EventQuery, alias: string): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const id = alias === 'e' ? 'e.id' : `${alias}.event`;
  if (query.lang) where.push(`${alias}.lang = ${param(query.lang.toLowerCase())}`);
  if (query.from) where.push(`${alias}.end_key >= ${param(query.from)}`);
  if (query.to) where.push(`${alias}.start_key <= ${param(`${query.to}\uffff`)}`);
  if (query.entity) where.push(`${id} IN (SELECT event FROM event_entities WHERE entity = ${param(query.entity)})`);
  const place = query.place ? tsQuery(query.place) : null;
  if (place) {
    where.push(`${id} IN (SELECT ee.event FROM event_entities ee JOIN entities en ON en.id = ee.entity
      WHERE en.type = 'location' AND en.search @@ to_tsquery('simple', ${param(place)}))`);
  }
  const text = query.text ? tsQuery(query.text) : null;
  if (text) where.push(`${id} IN (SELECT id FROM events WHERE search @@ to_tsquery('simple', ${param(text)}))`);
  return { where, params };
}

export async function readEvent(db: pg.Pool, id: string): Promise<EventDetail | null> {
  const { rows } = await db.query<{ id: string; title: string; start: string | null; end: string | null; storyline: string; articles: string; origins: number; findings: string; versions: string | null }>(
    `SELECT e.id, e.title, e.start, e."end", e.storyline, e.articles, e.origins, e.findings, r.versions
     FROM events e LEFT JOIN runs r ON r.id = e.run WHERE e.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const event: EventCluster = { id: row.id, title: row.title, start: row.start, end: row.end, storyline: row.storyline, articles: JSON.parse(row.articles) as string[] };
  const [articles, groups, entities, quotes, storyline] = await Promise.all([
    db.query<ArticleRow>('SELECT * FROM articles WHERE event = $1 ORDER BY published NULLS LAST, id', [id]),
    db.query<{ origin: string; id: string }>(
      `SELECT duplicate_group AS origin, id FROM articles WHERE event = $1 AND duplicate_group IS NOT NULL
       ORDER BY duplicate_group, published, id`,
      [id],
    ),
    db.query<Omit<EventEntity, 'roles'> & { roles: string }>(
      `SELECT en.id, en.name, en.type, en.roles, ee.mentions FROM event_entities ee JOIN entities en ON en.id = ee.entity
       WHERE ee.event = $1 ORDER BY ee.mentions DESC, en.name`,
      [id],
    ),
    db.query<{ data: string }>('SELECT data FROM quotes WHERE event = $1 ORDER BY seq', [id]),
    readStoryline(db, row.storyline),
  ]);
  const members = new Map<string, string[]>();
  for (const { origin, id: member } of groups.rows) members.set(origin, [...(members.get(origin) ?? []), member]);
  const duplicateGroups: DuplicateGroup[] = [...members].filter(([, m]) => m.length > 1).map(([origin, m]) => ({ origin, members: m }));
  return {
    event,
    storyline,
    articles: articles.rows.map(toStoredArticle),
    duplicateGroups,
    origins: row.origins,
    entities: entities.rows.map((e) => ({ ...e, roles: JSON.parse(e.roles) as string[] })),
    quotes: quotes.rows.map((q) => JSON.parse(q.data) as Quote),
    ...(JSON.parse(row.findings) as Omit<EventFindings, 'quotes'>),
    versions: row.versions ? (JSON.parse(row.versions) as Record<string, string>) : {},
  };
}

export async function readStoryline(db: pg.Pool, id: string): Promise<Storyline | null> {
  const { rows } = await db.query<{ id: string; title: string; events: string }>('SELECT id, title, events FROM storylines WHERE id = $1', [id]);
  const row = rows[0];
  return row ? { id: row.id, title: row.title, events: JSON.parse(row.events) as string[] } : null;
}

export { ORDER as newestFirst };
