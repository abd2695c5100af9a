// What the server needs from the store, split by side: reads (the Store itself, or a
// ReaderPool of worker threads) and writes (the Store itself, or a WorkerIngestor).
import type { RawArticle } from '../article.js';
import type { IngestResult, Store } from '../store/Store.js';

export type ReadStore = Omit<Store, 'ingest'>;

export interface Ingestor {
  ingest(raws: RawArticle[]): Promise<IngestResult>;
}
