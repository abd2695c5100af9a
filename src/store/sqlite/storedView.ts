// What an ingest batch reads from SQLite while it plans (inside its write transaction).
import type Database from 'better-sqlite3';
import type { Article } from '../../article.js';
import type { StoredView } from '../planBatch.js';
import { toArticle, type ArticleRow } from './rows.js';

/** SQLite's default limit on bound parameters is 32766; stay well below. */
const IDS_PER_QUERY = 500;

export function sqliteStoredView(db: Database.Database): StoredView {
  const byHash = db.prepare('SELECT id FROM articles WHERE hash = ?').pluck();
  const byId = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const state = db.prepare('SELECT state FROM corpus_state WHERE id = 1').pluck();
  const fingerprints = (table: string) =>
    new Map(
      (db.prepare(`SELECT id, fingerprint FROM ${table}`).raw().all() as [string, string][]).map(([id, fp]) => [id, fp]),
    );
  return {
    articleWithHash: (hash) => (byHash.get(hash) as string | undefined) ?? null,
    idTaken: (id) => byId.get(id) !== undefined,
    articles: (ids) => readArticles(db, ids),
    corpusState: () => {
      const json = state.get() as string | undefined;
      return json === undefined ? null : (JSON.parse(json) as unknown);
    },
    fingerprints: () => ({
      events: fingerprints('events'),
      storylines: fingerprints('storylines'),
      entities: fingerprints('entities'),
    }),
  };
}

export function readArticles(db: Database.Database, ids: string[]): Article[] {
  const articles: Article[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const rows = db
      .prepare(`SELECT * FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as ArticleRow[];
    articles.push(...rows.map(toArticle));
  }
  return articles;
}
