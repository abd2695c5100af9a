// The store behind `recoupe serve`, named as for every other command: a SQLite file or a
// postgres:// URL (openStore.ts). Writes go to an ingest worker thread either way (analysis is
// CPU-bound and would stall every request on the main thread). Reads differ:
// - SQLite answers a query on the calling thread, so reads go to a ReaderPool of worker
//   threads, each with its own connection to the file;
// - PostgreSQL answers in its own server processes, so one PostgresStore on the main thread
//   already runs reads side by side through its connection pool: no reader threads.
import { describeDb, isDatabaseUrl, openStore } from '../store/openStore.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import type { ReadStore } from './ports.js';
import { ReaderPool } from './ReaderPool.js';
import { type RunningServer, type ServerOptions, startServer } from './startServer.js';
import { WorkerIngestor } from './WorkerIngestor.js';

export interface StoreServer extends RunningServer {
  /** The store, as shown to people (a URL without its password). */
  db: string;
}

/**
 * Serves the store at `db` until `close()`, which stops taking requests, lets those under way
 * and the ingest batch in progress finish, then closes the writer's store (its corpus checkpoint
 * is written then when due, so a restart replays little) and the readers'.
 */
export async function serveStore(db: string, options: Omit<ServerOptions, 'store' | 'ingestor'>): Promise<StoreServer> {
  const store = await openReadSide(db);
  const ingestor = new WorkerIngestor(db);
  const closeStores = async () => {
    await ingestor.close();
    await store.close();
  };
  let server: RunningServer;
  try {
    server = await startServer({ ...options, store, ingestor });
  } catch (error) {
    await closeStores();
    throw error;
  }
  return {
    url: server.url,
    db: describeDb(db),
    async close() {
      try {
        await server.close();
      } finally {
        await closeStores();
      }
    },
  };
}

/** Opening here also creates the store and brings its schema up to date before the workers use it. */
async function openReadSide(db: string): Promise<ReadStore> {
  if (isDatabaseUrl(db)) return openStore(db);
  await SqliteStore.open(db).close();
  return new ReaderPool(db);
}
