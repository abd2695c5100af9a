import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawArticle } from '../article.js';
import type { IngestResult } from '../store/Store.js';
import type { Ingestor } from './ports.js';
import { startServer } from './startServer.js';
import { testApp } from './testing/testApp.js';

/** An ingestor that holds each call until released, telling when one has arrived. */
function heldIngestor() {
  let arrived!: () => void;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const ingestor: Ingestor = {
    async ingest(raws: RawArticle[]): Promise<IngestResult> {
      arrived();
      await held;
      return { added: raws.map((raw) => raw.id), skipped: [], failed: [], degraded: [], renamed: [], events: [] };
    },
  };
  return { ingestor, arrived: new Promise<void>((resolve) => (arrived = resolve)), release };
}

describe('startServer', () => {
  it('on close, takes no new connection but lets the ingest under way answer', async () => {
    const t = await testApp();
    const held = heldIngestor();
    const server = await startServer({ store: t.store, ingestor: held.ingestor, port: 0, log: () => {} });
    try {
      const posting = fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Connection: 'close' },
        body: JSON.stringify({ id: 'kyiv', title: 'Kyiv: talks', text: 'Ministers met in Kyiv for talks.' }),
      });
      await held.arrived;
      const closing = server.close();
      await assert.rejects(fetch(`${server.url}/api/stats`), 'no new connection once closing');
      held.release();
      const response = await posting;
      assert.equal(response.status, 200);
      assert.deepEqual(((await response.json()) as IngestResult).added, ['kyiv']);
      await closing;
    } finally {
      held.release();
      await server.close();
      await t.dispose();
    }
  });
});
