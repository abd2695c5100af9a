import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { checkpointPosition } from '../store/sqlite/checkpoint.js';
import { tempStorePath } from '../store/testing/fixtureStore.js';
import { serveStore } from './serveStore.js';

const articles = [
  { title: 'Lyon : un sommet régional', text: 'Le sommet de Lyon réunit les maires de la région.', published: '2024-05-02', lang: 'fr' },
  { title: 'Lyon, suite', text: 'Les maires de Lyon signent un accord à la fin du sommet.', published: '2024-05-03', lang: 'fr' },
];

describe('serveStore (SQLite)', () => {
  it('stores what it was sent, and on close leaves a checkpoint so a restart replays nothing', { timeout: 120_000 }, async () => {
    const temp = tempStorePath();
    const server = await serveStore(temp.db, { port: 0, web: null, log: () => {} });
    try {
      const response = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(articles),
      });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { added: string[] }).added.length, 2);
      const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { articles: number };
      assert.equal(stats.articles, 2, 'readers see the writer commit');
    } finally {
      await server.close();
    }
    try {
      await assert.rejects(fetch(`${server.url}/api/stats`), 'no longer listening');
      const db = new Database(temp.db, { readonly: true });
      try {
        assert.equal(checkpointPosition(db), db.prepare('SELECT max(seq) FROM articles').pluck().get());
      } finally {
        db.close();
      }
      const reopened = SqliteStore.openExisting(temp.db);
      try {
        assert.equal((await reopened.stats()).articles, 2);
      } finally {
        await reopened.close();
      }
    } finally {
      temp.dispose();
    }
  });
});
