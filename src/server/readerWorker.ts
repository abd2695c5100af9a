// A ReaderPool worker: one read connection, answering store calls in order, closed on `close`.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import type { ReadStore } from './ports.js';

const store = SqliteStore.openExisting((workerData as { db: string }).db);

type Message = { id: number; method: Exclude<keyof ReadStore, 'close'>; args: unknown[] } | { close: true };

parentPort!.on('message', async (message: Message) => {
  if ('close' in message) {
    await store.close();
    process.exit(0);
  }
  const { id, method, args } = message;
  try {
    const result = await (store[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error)?.message ?? String(error) });
  }
});
