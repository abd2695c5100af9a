// Full-text search: articles ranked by BM25 with the title weighing more than the body, each
// with a snippet around the matches; and the entities whose names match.
import type Database from 'better-sqlite3';
import { pageBounds, type ArticleHit, type PageQuery, type SearchResult } from '../Store.js';
import { ftsQuery, MARK_CLOSE, MARK_OPEN, parseSnippet } from './ftsQuery.js';
import { queryEntities } from './queryEntities.js';

const TITLE_WEIGHT = 4;
const SNIPPET_TOKENS = 20;
const MATCHING_ENTITIES = 10;

interface HitRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  event: string | null;
  snippet: string;
}

export function searchArticles(db: Database.Database, text: string, page: PageQuery = {}): SearchResult {
  const { limit, offset } = pageBounds(page);
  const match = ftsQuery(text);
  if (!match) return { articles: { items: [], total: 0, limit, offset }, entities: [] };
  const total = db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match) as number;
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.outlet, a.published, a.event,
         snippet(articles_fts, 1, @open, @close, '…', @tokens) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH @match
       ORDER BY bm25(articles_fts, @titleWeight, 1.0) LIMIT @limit OFFSET @offset`,
    )
    .all({ match, open: MARK_OPEN, close: MARK_CLOSE, tokens: SNIPPET_TOKENS, titleWeight: TITLE_WEIGHT, limit, offset }) as HitRow[];
  const items: ArticleHit[] = rows.map((row) => ({
    article: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    event: row.event,
    snippet: parseSnippet(row.snippet),
  }));
  return {
    articles: { items, total, limit, offset },
    entities: queryEntities(db, { name: text, limit: MATCHING_ENTITIES }).items,
  };
}
