// recoupe ingest PATH... [--db FILE]: reads files and folders into the store in batches; each
// batch is one transaction, so an interrupted ingest keeps every batch before it.
import { resolve } from 'node:path';
import type { RawArticle } from '../../article.js';
import { isProblem, readInputs } from '../../ingest/readInputs.js';
import type { Store } from '../../store/Store.js';
import { defaultDb, describeDb, isDatabaseUrl, openStore } from '../../store/openStore.js';
import { DEFAULT_DB } from '../../store/sqlite/SqliteStore.js';
import { type CliIO, type Command, UsageError } from '../command.js';
import { formatIngestSummary, type IngestTally } from '../format/formatIngest.js';
import { ingestProgress } from '../format/ingestProgress.js';
import { parseArgs } from '../parseArgs.js';

/**
 * Articles per transaction: large enough that reloading and saving the corpus indexes is a
 * small share of the work, and that boilerplate lines recur within one batch; small enough
 * that an interruption loses little.
 */
export const INGEST_BATCH_SIZE = 200;

export const command: Command = {
  name: 'ingest',
  summary: 'Store files or folders (text, HTML, JSON, RSS): new articles join their events',
  usage: `recoupe ingest PATH... [--db FILE|postgres://URL (default $RECOUPE_DATABASE_URL, else ./${DEFAULT_DB})]`,
  async run(args, io) {
    const { values, positionals } = parseArgs(args, { db: { type: 'string', default: defaultDb() } });
    if (positionals.length === 0) throw new UsageError('give at least one file or folder');
    const store = await openStore(values.db);
    try {
      const tally = await ingestPaths(store, positionals, io, { skipFiles: storeFiles(values.db) });
      const stats = await store.stats();
      io.err(formatIngestSummary(tally, describeDb(values.db), stats));
      return tally.added + tally.skipped === 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

export interface IngestPathsOptions {
  batchSize?: number;
  /** Files never to read as input (the store's own files, when it sits in an input folder). */
  skipFiles?: string[];
}

/** Reads `paths` into `store`, warning about each bad file and failed article on stderr. */
export async function ingestPaths(store: Store, paths: string[], io: CliIO, options: IngestPathsOptions = {}): Promise<IngestTally> {
  const batchSize = options.batchSize ?? INGEST_BATCH_SIZE;
  const skip = new Set((options.skipFiles ?? []).map((file) => resolve(file)));
  const started = Date.now();
  const tally: IngestTally = { read: 0, added: 0, skipped: 0, failed: 0, unreadable: 0, events: 0, seconds: 0 };
  const events = new Set<string>();
  const progress = ingestProgress(io);
  const warn = (text: string) => {
    progress.done();
    io.err(text);
  };

  const flush = async (batch: RawArticle[]) => {
    const result = await store.ingest(batch, { onProgress: (done) => progress.update(tally, done) });
    tally.added += result.added.length;
    tally.skipped += result.skipped.length;
    tally.failed += result.failed.length;
    for (const id of result.events) events.add(id);
    for (const problem of result.failed) warn(`warning: ${problem.file}: not stored: ${problem.message}`);
    for (const problem of result.degraded) warn(`warning: ${problem.file}: ${problem.message}`);
    for (const { from, to } of result.renamed) warn(`note: id ${from} is taken by other content; stored as ${to}`);
  };

  let batch: RawArticle[] = [];
  for await (const item of readInputs(paths)) {
    if (skip.has(resolve(item.file))) continue;
    if (isProblem(item)) {
      tally.unreadable++;
      warn(`warning: ${item.file}: ${item.message}`);
      continue;
    }
    tally.read++;
    batch.push(item);
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await flush(batch);
  progress.done();
  tally.events = events.size;
  tally.seconds = (Date.now() - started) / 1000;
  return tally;
}

function storeFiles(db: string): string[] {
  if (isDatabaseUrl(db)) return [];
  return [db, `${db}-wal`, `${db}-shm`, `${db}-journal`];
}
