// What an ingest batch reads from SQLite while it plans (inside its write transaction).
import type Database from 'better-sqlite3';
import type { Article } from '../../article.js';
import type { LogEntry } from '../corpusLog.js';
import type { StoredView } from '../planBatch.js';
import { readCheckpoint } from './checkpoint.js';
import { toArticle, toReplayInput, type ArticleRow } from '../rows.js';

/** SQLite's default limit on bound parameters is 32766; stay well below. */
const IDS_PER_QUERY = 500;

export function sqliteStoredView(db: Database.Database): StoredView {
  const byHash = db.prepare('SELECT id FROM articles WHERE hash = ?').pluck();
  const byId = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  return {
    articleWithHash: (hash) => (byHash.get(hash) as string | undefined) ?? null,
    idTaken: (id) => byId.get(id) !== undefined,
    articles: (ids) => readArticles(db, ids),
    checkpoint: () => readCheckpoint(db),
    log: (after) => readLog(db, after),
  };
}

export function logEnd(db: Database.Database): number {
  return (db.prepare('SELECT max(seq) FROM articles').pluck().get() as number | null) ?? 0;
}

function* readLog(db: Database.Database, after: number): Generator<LogEntry> {
  const rows = db.prepare('SELECT * FROM articles WHERE seq > ? ORDER BY seq').iterate(after) as IterableIterator<ArticleRow & { seq: number }>;
  for (const row of rows) yield { position: row.seq, article: toReplayInput(row) };
}

export function readArticles(db: Database.Database, ids: string[]): Article[] {
  const articles: Article[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const rows = db
      .prepare(`SELECT * FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as ArticleRow[];
    articles.push(...rows.map((row) => toArticle(row)));
  }
  return articles;
}
