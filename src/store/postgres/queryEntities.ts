// Entities, storylines and search from PostgreSQL, as sqlite/queryEntities.ts and
// sqlite/searchArticles.ts give them.
import type pg from 'pg';
import type { Quote, Storyline } from '../../article.js';
import { makeSnippet } from '../snippet.js';
import { queryTerms } from '../queryTerms.js';
import {
  pageBounds,
  type ArticleHit,
  type EntityDetail,
  type EntityQuery,
  type EntitySummary,
  type Page,
  type PageQuery,
  type SearchResult,
  type StorylineDetail,
} from '../Store.js';
import { ENTITY_COLUMNS, EVENT_SUMMARY_COLUMNS, toEntitySummary, toEventSummary, type EntityRow, type EventRow } from '../rows.js';
import { newestFirst, readStoryline } from './queryEvents.js';
import { tsQuery } from './textSearch.js';

/** As in SQLite (searchArticles.ts): ranks are computed over the newest matches only. */
const RANK_WINDOW = 2000;
const MATCHING_ENTITIES = 10;

export async function queryEntities(db: pg.Pool, query: EntityQuery = {}): Promise<Page<EntitySummary>> {
  const { limit, offset } = pageBounds(query);
  const where: string[] = [];
  const params: unknown[] = [];
  const name = query.name ? tsQuery(query.name) : null;
  if (name) where.push(`search @@ to_tsquery('simple', $${params.push(name)})`);
  if (query.type) where.push(`type = $${params.push(query.type)}`);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.query<{ count: string }>(`SELECT count(*) FROM entities ${clause}`, params);
  const rows = await db.query<EntityRow>(
    `SELECT ${ENTITY_COLUMNS} FROM entities ${clause} ORDER BY article_count DESC, seq LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { items: rows.rows.map(toEntitySummary), total: Number(total.rows[0]!.count), limit, offset };
}

export async function readEntity(db: pg.Pool, id: string): Promise<EntityDetail | null> {
  const { rows } = await db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = $1`, [id]);
  if (!rows[0]) return null;
  const [events, quotes] = await Promise.all([
    db.query<EventRow>(
      `SELECT ${EVENT_SUMMARY_COLUMNS} FROM events e WHERE id IN (SELECT event FROM event_entities WHERE entity = $1) ORDER BY ${newestFirst('e')}`,
      [id],
    ),
    db.query<{ data: string }>('SELECT data FROM quotes WHERE speaker = $1 ORDER BY event, seq', [id]),
  ]);
  return {
    entity: toEntitySummary(rows[0]),
    events: events.rows.map(toEventSummary),
    quotes: quotes.rows.map((q) => JSON.parse(q.data) as Quote),
  };
}

export async function queryStorylines(db: pg.Pool, query: PageQuery = {}): Promise<Page<Storyline>> {
  const { limit, offset } = pageBounds(query);
  const total = await db.query<{ count: string }>('SELECT count(*) FROM storylines');
  const { rows } = await db.query<{ id: string; title: string; events: string }>(
    'SELECT id, title, events FROM storylines ORDER BY sort_key DESC, seq DESC LIMIT $1 OFFSET $2',
    [limit, offset],
  );
  return {
    items: rows.map((row) => ({ id: row.id, title: row.title, events: JSON.parse(row.events) as string[] })),
    total: Number(total.rows[0]!.count),
    limit,
    offset,
  };
}

export async function readStorylineDetail(db: pg.Pool, id: string): Promise<StorylineDetail | null> {
  const storyline = await readStoryline(db, id);
  if (!storyline) return null;
  const { rows } = await db.query<EventRow>(`SELECT ${EVENT_SUMMARY_COLUMNS} FROM events WHERE storyline = $1`, [id]);
  const byId = new Map(rows.map((row) => [row.id, toEventSummary(row)]));
  return { storyline, events: storyline.events.flatMap((e) => byId.get(e) ?? []) };
}

export async function searchArticles(db: pg.Pool, text: string, page: PageQuery = {}): Promise<SearchResult> {
  const { limit, offset } = pageBounds(page);
  const query = tsQuery(text);
  if (!query) return { articles: { items: [], total: 0, limit, offset }, entities: [] };
  const total = await db.query<{ count: string }>(`SELECT count(*) FROM articles WHERE search @@ to_tsquery('simple', $1)`, [query]);
  const { rows } = await db.query<{ id: string; title: string; outlet: string | null; published: string | null; event: string | null; text: string }>(
    `WITH newest AS (
       SELECT seq, ts_rank(search, to_tsquery('simple', $1)) AS score FROM articles
       WHERE search @@ to_tsquery('simple', $1) ORDER BY seq DESC LIMIT $2),
     ranked AS (SELECT seq, score FROM newest ORDER BY score DESC, seq DESC LIMIT $3 OFFSET $4)
     SELECT a.id, a.title, a.outlet, a.published, a.event, a.text FROM ranked JOIN articles a ON a.seq = ranked.seq
     ORDER BY ranked.score DESC, ranked.seq DESC`,
    [query, Math.max(RANK_WINDOW, offset + limit), limit, offset],
  );
  const terms = queryTerms(text);
  const items: ArticleHit[] = rows.map(({ id, title, outlet, published, event, text: body }) => ({
    article: id,
    title,
    outlet,
    published,
    event,
    snippet: makeSnippet(body, terms),
  }));
  return {
    articles: { items, total: Number(total.rows[0]!.count), limit, offset },
    entities: (await queryEntities(db, { name: text, limit: MATCHING_ENTITIES })).items,
  };
}
