// Ingestion off the request thread. Analysing a batch takes seconds of CPU (cleaning, dates,
// entities, quotes, cross-checking); on the server's own thread it would stall every reader
// meanwhile. A worker thread owns a second connection to the same store (a SQLite file or a
// postgres:// URL, as for `recoupe ingest`) and does the writing; readers on other connections
// see each batch the moment it commits.
import type { Worker } from 'node:worker_threads';
import type { RawArticle } from '../article.js';
import type { IngestResult } from '../store/Store.js';
import type { Ingestor } from './ports.js';
import { startTsWorker, STOP_GRACE_MS, stopWorker } from './tsWorker.js';

type Reply = { id: number; result: IngestResult } | { id: number; error: string };

export class WorkerIngestor implements Ingestor {
  private worker: Worker | null = null;
  private nextId = 0;
  private closed = false;
  private readonly pending = new Map<number, { resolve(result: IngestResult): void; reject(error: Error): void }>();

  constructor(private readonly db: string) {}

  ingest(raws: RawArticle[]): Promise<IngestResult> {
    if (this.closed) return Promise.reject(new Error('the server is stopping: no more ingests'));
    const worker = this.start();
    const id = this.nextId++;
    // Keeps the process alive while a batch is in the worker, and only then.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, raws });
    });
  }

  /** Lets the batches already sent finish (within `graceMs`), then closes the worker's store. */
  async close(graceMs: number = STOP_GRACE_MS): Promise<void> {
    this.closed = true;
    if (this.worker) await stopWorker(this.worker, graceMs);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(new URL('./ingestWorker.ts', import.meta.url), { db: this.db });
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`ingest worker stopped (exit ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
