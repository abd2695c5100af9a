// Versioned migrations: `migrations/NNN-name.sql`, applied in order, each in its own
// transaction with its row in schema_version, so a crash mid-migration leaves the previous
// version intact. A store written by a newer recoupe is refused rather than guessed at.
// What SQL cannot do is a step in code, run after its version's file in the same transaction.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { recountOrigins } from './recountOrigins.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

export type MigrationSteps = Readonly<Record<number, (db: Database.Database) => void>>;

/** Version -> the step in code that completes its file. */
export const MIGRATION_STEPS: MigrationSteps = {
  5: (db) => void recountOrigins(db),
};

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d+)-(.+)\.sql$/.exec(file))
    .filter((match) => match !== null)
    .map((match) => ({
      version: Number(match[1]),
      name: match[2]!,
      sql: readFileSync(join(dir, match[0]), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

export function schemaVersion(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
}

/** Brings the database to the latest version; returns the versions applied. */
export function migrate(db: Database.Database, migrations = readMigrations(), steps = MIGRATION_STEPS): number[] {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`store schema version ${current} is newer than this recoupe knows (${latest})`);
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      steps[migration.version]?.(db);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    applied.push(migration.version);
  }
  return applied;
}
