// The ingest worker thread (see WorkerIngestor): one store connection, batches one at a time,
// its corpus indexes kept warm between batches. `close` is queued behind the batches already
// sent, so the one in progress finishes and the store closes (writing its checkpoint when due).
import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../article.js';
import { openStore } from '../store/openStore.js';

const store = await openStore((workerData as { db: string }).db);
let queue: Promise<unknown> = Promise.resolve();

type Message = { id: number; raws: RawArticle[] } | { close: true };

parentPort!.on('message', (message: Message) => {
  queue = queue.then(async () => {
    if ('close' in message) {
      await store.close();
      process.exit(0);
    }
    const { id, raws } = message;
    try {
      parentPort!.postMessage({ id, result: await store.ingest(raws) });
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error)?.message ?? String(error) });
    }
  });
});
