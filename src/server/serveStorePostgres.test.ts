// `recoupe serve` over PostgreSQL, in a schema of its own (named in the URL's search_path). As in
// PostgresStore.test.ts: the server is the one RECOUPE_TEST_DATABASE_URL (or RECOUPE_DATABASE_URL)
// names; without one reachable the test is skipped with a message, except in CI, where a missing
// server is a failure.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';
import { PostgresStore } from '../store/postgres/PostgresStore.js';
import { serveStore } from './serveStore.js';

const DATABASE_URL = process.env.RECOUPE_TEST_DATABASE_URL ?? process.env.RECOUPE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function inSchema(url: string, schema: string): string {
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return withSchema.href;
}

const articles = [
  { title: 'Lyon : un sommet régional', text: 'Le sommet de Lyon réunit les maires de la région.', published: '2024-05-02', lang: 'fr' },
  { title: 'Lyon, suite', text: 'Les maires de Lyon signent un accord à la fin du sommet.', published: '2024-05-03', lang: 'fr' },
];

const unreachable = await reachable();
if (unreachable && !process.env.CI) {
  test(`serveStore (PostgreSQL): skipped, no PostgreSQL at ${DATABASE_URL} (${unreachable}); set RECOUPE_TEST_DATABASE_URL`, { skip: true }, () => {});
} else {
  test('serveStore (PostgreSQL): serves, ingests through the worker, and closes with a checkpoint', { timeout: 120_000 }, async () => {
    const schema = `recoupe_test_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE SCHEMA ${schema}`);
    const url = inSchema(DATABASE_URL, schema);
    try {
      const server = await serveStore(url, { port: 0, web: null, log: () => {} });
      try {
        assert.doesNotMatch(server.db, /:[^/@:]+@/, 'no password in what is shown');
        const response = await fetch(`${server.url}/api/articles`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(articles),
        });
        assert.equal(response.status, 200);
        assert.equal(((await response.json()) as { added: string[] }).added.length, 2);
        const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { articles: number };
        assert.equal(stats.articles, 2);
      } finally {
        await server.close();
      }
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ through: number; stored: number }>(
          'SELECT (SELECT max(seq) FROM articles) AS stored, (SELECT through FROM corpus_checkpoint_info) AS through',
        );
        assert.equal(Number(rows[0]!.through), Number(rows[0]!.stored), 'a restart has nothing to replay');
      } finally {
        await client.end();
      }
      const reopened = await PostgresStore.open(url);
      try {
        assert.equal((await reopened.stats()).articles, 2);
      } finally {
        await reopened.close();
      }
    } finally {
      await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  });
}
