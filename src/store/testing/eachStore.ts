// Each store implementation, opened empty on a temporary file or schema, for tests that run the
// real pipeline through a store: SQLite always, PostgreSQL when a test server is reachable (see
// server/testing/testDatabase.ts for when it is skipped).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { skipPostgresReason, withTestSchema } from '../../server/testing/testDatabase.js';
import type { Analyzer } from '../Analyzer.js';
import { PostgresStore } from '../postgres/PostgresStore.js';
import { SqliteStore } from '../sqlite/SqliteStore.js';
import type { Store } from '../Store.js';

export type OpenStore = (analyzer: Analyzer, use: (store: Store) => Promise<void>) => Promise<void>;

export interface StoreKind {
  name: string;
  open: OpenStore;
  /** Why its tests are skipped, or undefined. */
  skip: string | undefined;
}

const openSqlite: OpenStore = async (analyzer, use) => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-store-'));
  const store = SqliteStore.open(join(dir, 'store.db'), { analyzer });
  try {
    await use(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

const openPostgres: OpenStore = (analyzer, use) =>
  withTestSchema(async (url) => {
    const store = await PostgresStore.open(url, { analyzer });
    try {
      await use(store);
    } finally {
      await store.close();
    }
  });

export async function eachStore(): Promise<StoreKind[]> {
  return [
    { name: 'SqliteStore', open: openSqlite, skip: undefined },
    { name: 'PostgresStore', open: openPostgres, skip: (await skipPostgresReason()) ?? undefined },
  ];
}
