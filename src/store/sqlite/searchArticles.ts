// Full-text search: articles ranked by BM25 with the title weighing more than the body, each
// with a snippet around the matches; and the entities whose names match. Snippets are built
// from the page's texts only (snippet.ts), never for every match.
import type Database from 'better-sqlite3';
import { pageBounds, type ArticleHit, type PageQuery, type SearchResult } from '../Store.js';
import { queryTerms } from '../queryTerms.js';
import { makeSnippet } from '../snippet.js';
import { ftsQuery } from './ftsQuery.js';
import { queryEntities } from './queryEntities.js';

const TITLE_WEIGHT = 4;
/**
 * BM25 is computed over the newest RANK_WINDOW matches only: a word found in 50,000 articles
 * would otherwise cost a score for each on every request (seconds at 100,000 articles), and
 * for a query that broad the reader wants recent articles first anyway. The total stays exact,
 * and the window grows with the page asked for.
 */
const RANK_WINDOW = 2000;
const MATCHING_ENTITIES = 10;

interface HitRow {
  seq: number;
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  event: string | null;
  text: string;
}

export function searchArticles(db: Database.Database, text: string, page: PageQuery = {}): SearchResult {
  const { limit, offset } = pageBounds(page);
  const match = ftsQuery(text);
  if (!match) return { articles: { items: [], total: 0, limit, offset }, entities: [] };
  const total = db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match) as number;
  // Rank first, then read rows for the page only: SQLite computes every selected column
  // before sorting.
  const ranked = db
    .prepare(
      `SELECT seq FROM (
         SELECT rowid AS seq, bm25(articles_fts, ${TITLE_WEIGHT}, 1.0) AS score FROM articles_fts
         WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
       ORDER BY score, seq DESC LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(match, Math.max(RANK_WINDOW, offset + limit), limit, offset) as number[];
  const rows = db
    .prepare(
      `SELECT seq, id, title, outlet, published, event, text FROM articles
       WHERE seq IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ranked)) as HitRow[];
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  const terms = queryTerms(text);
  const items: ArticleHit[] = ranked.flatMap((seq) => {
    const row = bySeq.get(seq);
    if (!row) return [];
    const { id, title, outlet, published, event } = row;
    return [{ article: id, title, outlet, published, event, snippet: makeSnippet(row.text, terms) }];
  });
  return {
    articles: { items, total, limit, offset },
    entities: queryEntities(db, { name: text, limit: MATCHING_ENTITIES }).items,
  };
}
