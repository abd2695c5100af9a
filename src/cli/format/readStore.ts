// Opens the store a reading command asks for, and says so plainly when there is none.
import type { Store } from '../../store/Store.js';
import { SqliteStore } from '../../store/sqlite/SqliteStore.js';
import type { CliIO } from '../command.js';

export async function readStore(path: string, io: CliIO, read: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = SqliteStore.openExisting(path);
  } catch (error) {
    io.err(`recoupe: ${(error as Error).message}`);
    return 1;
  }
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}
