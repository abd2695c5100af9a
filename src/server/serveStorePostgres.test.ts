// `recoupe serve` over PostgreSQL (see testing/testDatabase.ts for which server, and when skipped).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { PostgresStore } from '../store/postgres/PostgresStore.js';
import { serveStore } from './serveStore.js';
import { skipPostgresReason, withTestSchema } from './testing/testDatabase.js';

const articles = [
  { title: 'Lyon : un sommet régional', text: 'Le sommet de Lyon réunit les maires de la région.', published: '2024-05-02', lang: 'fr' },
  { title: 'Lyon, suite', text: 'Les maires de Lyon signent un accord à la fin du sommet.', published: '2024-05-03', lang: 'fr' },
];

const skip = await skipPostgresReason();

test('serveStore (PostgreSQL): serves, ingests through the worker, and closes with a checkpoint', { skip: skip ?? false, timeout: 120_000 }, () =>
  withTestSchema(async (url) => {
    const server = await serveStore(url, { port: 0, web: null, log: () => {} });
    try {
      const response = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(articles),
      });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { added: string[] }).added.length, 2);
      const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { articles: number };
      assert.equal(stats.articles, 2, 'the main thread reads what the worker committed');
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
  }),
);
