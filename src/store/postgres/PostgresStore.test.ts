// The store contract against PostgreSQL, each test in a schema of its own. The server is the one
// RECOUPE_TEST_DATABASE_URL (or RECOUPE_DATABASE_URL) names; without one reachable the suite is
// skipped with a message, except in CI, where a missing server is a failure.
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { storeContract } from '../storeContract.js';
import { PostgresStore } from './PostgresStore.js';
import { tinyAnalyzer } from '../testing/tinyAnalyzer.js';
import { MIGRATION_CASES } from '../testing/migrationCases.js';

const URL = process.env.RECOUPE_TEST_DATABASE_URL ?? process.env.RECOUPE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const unreachable = await reachable();
if (unreachable && !process.env.CI) {
  test(`PostgresStore: skipped, no PostgreSQL at ${URL} (${unreachable}); set RECOUPE_TEST_DATABASE_URL`, { skip: true }, () => {});
} else {
  storeContract('PostgresStore', async () => {
    const schema = `recoupe_test_${randomBytes(6).toString('hex')}`;
    return {
      open: (analyzer) => PostgresStore.open(URL, { analyzer, schema }),
      dispose: async () => {
        const client = new pg.Client({ connectionString: URL });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await client.end();
        }
      },
    };
  });

  for (const { name, before, raws, asItWas, check } of MIGRATION_CASES) {
    test(`PostgresStore: opening a store of schema ${before.postgres} ${name}, and loses nothing`, async () => {
      const schema = `recoupe_test_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: URL, options: `-c search_path=${schema}` });
      await client.connect();
      try {
        const store = await PostgresStore.open(URL, { analyzer: tinyAnalyzer, schema });
        await store.ingest(raws);
        await store.close();
        for (const sql of asItWas) await client.query(sql);
        await client.query('DELETE FROM schema_version WHERE version > $1', [before.postgres]);

        const reopened = await PostgresStore.open(URL, { analyzer: tinyAnalyzer, schema });
        try {
          await check(reopened);
        } finally {
          await reopened.close();
        }
      } finally {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    });
  }
}
