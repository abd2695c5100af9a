import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, it } from 'node:test';
import { collectInputs } from '../ingest/readInputs.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { checkpointPosition } from '../store/sqlite/checkpoint.js';
import { tempStorePath } from '../store/testing/fixtureStore.js';
import { WorkerIngestor } from './WorkerIngestor.js';

const demo = join(import.meta.dirname, '..', '..', 'demo', 'articles');

describe('WorkerIngestor', () => {
  it('stores articles from a worker thread while the main thread keeps answering reads', { timeout: 120_000 }, async () => {
    const temp = tempStorePath();
    const store = SqliteStore.open(temp.db);
    const ingestor = new WorkerIngestor(temp.db);
    try {
      const { raws } = await collectInputs([join(demo, 'da-lavrov-bamako.txt'), join(demo, 'sahel-actu-lavrov.txt'), join(demo, 'voix-mande-lavrov.txt')]);
      const order: string[] = [];
      const ingesting = ingestor.ingest(raws).then((result) => {
        order.push('ingest');
        return result;
      });
      // Reads answer at once though the pipeline is busy loading and analysing.
      await store.stats();
      order.push('read');
      const result = await ingesting;
      assert.deepEqual(order, ['read', 'ingest']);
      assert.equal(result.added.length, 3);
      assert.equal(result.failed.length, 0);
      const events = await store.events();
      assert.ok(events.total >= 1);
      assert.equal(events.items.reduce((n, e) => n + e.articles, 0), 3, 'the main connection sees the worker commit');
      const again = await ingestor.ingest(raws);
      assert.equal(again.skipped.length, 3, 'the worker keeps its store between batches');
    } finally {
      await ingestor.close();
      await store.close();
      temp.dispose();
    }
  });

  it('on close, finishes the batch in progress, then closes its store with a checkpoint', { timeout: 120_000 }, async () => {
    const temp = tempStorePath();
    const ingestor = new WorkerIngestor(temp.db);
    try {
      const { raws } = await collectInputs([join(demo, 'da-lavrov-bamako.txt'), join(demo, 'sahel-actu-lavrov.txt')]);
      const ingesting = ingestor.ingest(raws);
      // A grace far above the worker's start-up and analysis time: this case is about finishing
      // the batch, not about the stop timer (under CI load, start-up alone took over the default).
      await ingestor.close(100_000);
      assert.equal((await ingesting).added.length, 2, 'the batch sent before close was stored');
      await assert.rejects(ingestor.ingest(raws), /stopping/);
      const db = new Database(temp.db, { readonly: true });
      try {
        const stored = db.prepare('SELECT max(seq) FROM articles').pluck().get();
        assert.equal(stored, 2);
        assert.equal(checkpointPosition(db), stored, 'a restart has nothing to replay');
      } finally {
        db.close();
      }
    } finally {
      await ingestor.close();
      temp.dispose();
    }
  });
});
