// The ingest worker thread (see WorkerIngestor): one store connection, batches one at a time,
// its corpus indexes kept warm between batches.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../article.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';

const store = SqliteStore.open((workerData as { db: string }).db);
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', ({ id, raws }: { id: number; raws: RawArticle[] }) => {
  queue = queue.then(async () => {
    try {
      parentPort!.postMessage({ id, result: await store.ingest(raws) });
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error)?.message ?? String(error) });
    }
  });
});
