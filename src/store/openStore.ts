// Which store a `--db` value names: a postgres:// URL is the team store (PostgreSQL), anything
// else a SQLite file. RECOUPE_DATABASE_URL, when set, replaces the default ./recoupe.db.
// PostgreSQL's client is loaded only when a URL asks for it.
import type { Store } from './Store.js';
import type { Analyzer } from './Analyzer.js';
import { DEFAULT_DB, SqliteStore } from './sqlite/SqliteStore.js';

export function defaultDb(): string {
  return process.env.RECOUPE_DATABASE_URL || DEFAULT_DB;
}

export function isDatabaseUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//.test(db);
}

export async function openStore(db: string, options: { analyzer?: Analyzer } = {}): Promise<Store> {
  if (!isDatabaseUrl(db)) return SqliteStore.open(db, options);
  const { PostgresStore } = await import('./postgres/PostgresStore.js');
  return PostgresStore.open(db, options);
}

/** For readers: a missing SQLite file is an error, not a new empty store. */
export async function openExistingStore(db: string): Promise<Store> {
  return isDatabaseUrl(db) ? openStore(db) : SqliteStore.openExisting(db);
}

/** How to name the store in messages: a URL without its password. */
export function describeDb(db: string): string {
  return isDatabaseUrl(db) ? db.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : db;
}
