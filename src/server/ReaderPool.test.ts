import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { FIXTURE_RAWS, fillStore, tempStorePath } from '../store/testing/fixtureStore.js';
import { ReaderPool } from './ReaderPool.js';

describe('ReaderPool', () => {
  it('answers every read exactly as the store does, from worker threads, side by side', { timeout: 60_000 }, async () => {
    const temp = tempStorePath();
    await fillStore(temp.db, FIXTURE_RAWS);
    const store = SqliteStore.openExisting(temp.db);
    const pool = new ReaderPool(temp.db, 2);
    try {
      const reads: [string, (s: SqliteStore | ReaderPool) => Promise<unknown>][] = [
        ['events', (s) => s.events({ lang: 'fr' })],
        ['event', (s) => s.event('e1')],
        ['missing event', (s) => s.event('e404')],
        ['storylines', (s) => s.storylines()],
        ['storyline', (s) => s.storyline('s1')],
        ['entities', (s) => s.entities({ name: 'bama' })],
        ['entity', (s) => s.entity('p2')],
        ['article', (s) => s.article('b2')],
        ['search', (s) => s.search('Bamako', { limit: 2 })],
        ['stats', (s) => s.stats()],
      ];
      const fromPool = await Promise.all(reads.map(([, read]) => read(pool)));
      for (const [index, [name, read]] of reads.entries()) assert.deepEqual(fromPool[index], await read(store), name);
      await pool.close();
      await assert.rejects(pool.stats(), /closed/);
    } finally {
      await pool.close();
      await store.close();
      temp.dispose();
    }
  });
});
