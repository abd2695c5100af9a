// The PostgreSQL server tests run against, as in PostgresStore.test.ts: the one
// RECOUPE_TEST_DATABASE_URL (or RECOUPE_DATABASE_URL) names. Without one reachable, tests are
// skipped with a message, except in CI, where a missing server is a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL =
  process.env.RECOUPE_TEST_DATABASE_URL ?? process.env.RECOUPE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why PostgreSQL tests are skipped, or null when they are to run. */
export async function skipPostgresReason(): Promise<string | null> {
  if (process.env.CI) return null;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return `no PostgreSQL at ${TEST_DATABASE_URL} (${(error as Error).message}); set RECOUPE_TEST_DATABASE_URL`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs `use` with a URL whose connections work in a new schema of their own (its search_path),
 * so a store opened from the URL alone, as the CLI does, shares the database with other tests.
 */
export async function withTestSchema(use: (url: string) => Promise<void>): Promise<void> {
  const schema = `recoupe_test_${randomBytes(6).toString('hex')}`;
  await query(`CREATE SCHEMA ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    await use(url.href);
  } finally {
    await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

async function query(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
