// Results of an ingest batch that failed whole, and of a batch retried one article at a time:
// shared by every store's fallback when a batch cannot commit.
import type { RawArticle } from '../article.js';
import type { IngestResult } from './Store.js';

export function failedBatch(raws: RawArticle[], error: unknown): IngestResult {
  const message = (error as Error)?.message ?? String(error);
  return {
    added: [],
    skipped: [],
    failed: raws.map((raw) => ({ file: raw.file, message: `${raw.id}: ${message}` })),
    degraded: [],
    renamed: [],
    events: [],
  };
}

export function mergeResults(results: IngestResult[]): IngestResult {
  return {
    added: results.flatMap((r) => r.added),
    skipped: results.flatMap((r) => r.skipped),
    failed: results.flatMap((r) => r.failed),
    degraded: results.flatMap((r) => r.degraded),
    renamed: results.flatMap((r) => r.renamed),
    events: [...new Set(results.flatMap((r) => r.events))],
  };
}
