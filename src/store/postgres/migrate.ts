// Versioned migrations for PostgreSQL, as for SQLite (sqlite/migrate.ts): `migrations/NNN-name.sql`
// in order, each in its own transaction with its row in schema_version. Concurrent openers wait
// on an advisory lock, so two processes never apply the same migration. What SQL cannot do is a
// step in code, run after its version's file in the same transaction.
import type pg from 'pg';
import { readMigrations } from '../sqlite/migrate.js';
import { join } from 'node:path';
import { originsByEvent, type ArticleOriginRow } from '../eventOrigins.js';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
/** Any constant shared by every recoupe process: the key of the migration lock. */
const MIGRATION_LOCK = 0x7265636f;

export type MigrationSteps = Readonly<Record<number, (client: pg.ClientBase) => Promise<void>>>;

/** Version -> the step in code that completes its file. */
export const MIGRATION_STEPS: MigrationSteps = {
  2: async (client) => void (await recountOrigins(client)),
};

/** Every event's origins by the rule new ingests use (eventOrigins.ts); only counts that differ are written. */
export async function recountOrigins(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<ArticleOriginRow>('SELECT event, id, outlet, duplicate_group FROM articles');
  const counts = originsByEvent(rows);
  const result = await client.query(
    `UPDATE events e SET origins = c.origins FROM unnest($1::text[], $2::integer[]) AS c(id, origins)
     WHERE e.id = c.id AND e.origins <> c.origins`,
    [[...counts.keys()], [...counts.values()]],
  );
  return result.rowCount ?? 0;
}

export async function schemaVersion(client: pg.ClientBase): Promise<number> {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
    version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return rows[0]?.version ?? 0;
}

export async function migrate(
  client: pg.ClientBase,
  migrations = readMigrations(MIGRATIONS_DIR),
  steps = MIGRATION_STEPS,
): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const current = await schemaVersion(client);
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) throw new Error(`store schema version ${current} is newer than this recoupe knows (${latest})`);
    const applied: number[] = [];
    for (const migration of migrations.filter((m) => m.version > current)) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await steps[migration.version]?.(client);
        await client.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
