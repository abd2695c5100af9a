// Entities (by name or alias, most mentioned first) and storylines with their timelines.
import type Database from 'better-sqlite3';
import type { Quote, Storyline } from '../../article.js';
import {
  pageBounds,
  type EntityDetail,
  type EntityQuery,
  type EntitySummary,
  type Page,
  type PageQuery,
  type StorylineDetail,
} from '../Store.js';
import { ftsQuery } from './ftsQuery.js';
import { readStoryline } from './readEvent.js';
import { ENTITY_COLUMNS, EVENT_SUMMARY_COLUMNS, NEWEST_FIRST, toEntitySummary, toEventSummary, type EntityRow, type EventRow } from '../rows.js';

export function queryEntities(db: Database.Database, query: EntityQuery = {}): Page<EntitySummary> {
  const { limit, offset } = pageBounds(query);
  const where: string[] = [];
  const params: Record<string, string> = {};
  const name = query.name ? ftsQuery(query.name) : null;
  if (name) {
    where.push('seq IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH @name)');
    params.name = name;
  }
  if (query.type) {
    where.push('type = @type');
    params.type = query.type;
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM entities ${clause}`).pluck().get(params) as number;
  const rows = db
    .prepare(`SELECT ${ENTITY_COLUMNS} FROM entities ${clause} ORDER BY article_count DESC, seq LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as EntityRow[];
  return { items: rows.map(toEntitySummary), total, limit, offset };
}

export function readEntity(db: Database.Database, id: string): EntityDetail | null {
  const row = db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ?`).get(id) as EntityRow | undefined;
  if (!row) return null;
  const events = db
    .prepare(
      `SELECT ${EVENT_SUMMARY_COLUMNS} FROM events
       WHERE id IN (SELECT event FROM event_entities WHERE entity = ?) ORDER BY ${NEWEST_FIRST}`,
    )
    .all(id) as EventRow[];
  const quotes = db.prepare('SELECT data FROM quotes WHERE speaker = ? ORDER BY event, seq').pluck().all(id) as string[];
  return {
    entity: toEntitySummary(row),
    events: events.map(toEventSummary),
    quotes: quotes.map((json) => JSON.parse(json) as Quote),
  };
}

export function queryStorylines(db: Database.Database, query: PageQuery = {}): Page<Storyline> {
  const { limit, offset } = pageBounds(query);
  const total = db.prepare('SELECT count(*) FROM storylines').pluck().get() as number;
  const rows = db
    .prepare('SELECT id, title, events FROM storylines ORDER BY sort_key DESC, seq DESC LIMIT ? OFFSET ?')
    .all(limit, offset) as { id: string; title: string; events: string }[];
  return {
    items: rows.map((row) => ({ id: row.id, title: row.title, events: JSON.parse(row.events) as string[] })),
    total,
    limit,
    offset,
  };
}

export function readStorylineDetail(db: Database.Database, id: string): StorylineDetail | null {
  const storyline = readStoryline(db, id);
  if (!storyline) return null;
  const rows = db.prepare(`SELECT ${EVENT_SUMMARY_COLUMNS} FROM events WHERE storyline = ?`).all(id) as EventRow[];
  const byId = new Map(rows.map((row) => [row.id, toEventSummary(row)]));
  return { storyline, events: storyline.events.flatMap((e) => byId.get(e) ?? []) };
}
