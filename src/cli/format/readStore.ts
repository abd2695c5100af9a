// Opens the store a reading command asks for (a SQLite file or a postgres:// URL), and says so
// plainly when there is none.
import type { Store } from '../../store/Store.js';
import { openExistingStore } from '../../store/openStore.js';
import type { CliIO } from '../command.js';

export async function readStore(path: string, io: CliIO, read: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = await openExistingStore(path);
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
