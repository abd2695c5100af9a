// The store's read side spread over worker threads, each with its own connection to the SQLite
// file (WAL lets readers run side by side). A slow query (a common word over 100,000 articles)
// then holds one worker, not the server: the main thread keeps parsing requests and writing
// responses while up to `size` queries run at once.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ReadStore } from './ports.js';
import { startTsWorker, stopWorker } from './tsWorker.js';

type ReadMethod = Exclude<keyof ReadStore, 'close'>;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
}

export const DEFAULT_READERS = Math.min(4, Math.max(2, availableParallelism()));

export class ReaderPool implements ReadStore {
  private readonly readers: Reader[];
  private nextId = 0;
  private closed = false;

  constructor(db: string, size: number = DEFAULT_READERS) {
    this.readers = Array.from({ length: size }, () => this.startReader(db));
  }

  events = this.method('events');
  event = this.method('event');
  storylines = this.method('storylines');
  storyline = this.method('storyline');
  entities = this.method('entities');
  entity = this.method('entity');
  article = this.method('article');
  search = this.method('search');
  stats = this.method('stats');

  /** Reads under way are answered first; each reader then closes its connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.readers.map((reader) => stopWorker(reader.worker)));
  }

  private method<M extends ReadMethod>(name: M): ReadStore[M] {
    return ((...args: unknown[]) => this.call(name, args)) as ReadStore[M];
  }

  private call(method: ReadMethod, args: unknown[]): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the reader pool is closed'));
    // The least busy reader: a slow query does not hold up the quick ones queued behind it.
    const reader = this.readers.reduce((best, r) => (r.pending.size < best.pending.size ? r : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      reader.pending.set(id, { resolve, reject });
      reader.worker.postMessage({ id, method, args });
    });
  }

  private startReader(db: string): Reader {
    const reader: Reader = { worker: startTsWorker(new URL('./readerWorker.ts', import.meta.url), { db }), pending: new Map() };
    reader.worker.on('message', (reply: { id: number; result?: unknown; error?: string }) => {
      const waiting = reader.pending.get(reply.id);
      reader.pending.delete(reply.id);
      if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    const fail = (error: Error) => {
      for (const waiting of reader.pending.values()) waiting.reject(error);
      reader.pending.clear();
    };
    reader.worker.on('error', fail);
    reader.worker.on('exit', (code) => {
      fail(new Error(`store reader stopped (exit ${code})`));
      if (!this.closed) Object.assign(reader, this.startReader(db));
    });
    return reader;
  }
}
