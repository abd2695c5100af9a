// What an ingest did, in one line.
import { plural } from './text.js';
export interface IngestTally {
  read: number;
  added: number;
  skipped: number;
  failed: number;
  /** Files that could not be read at all. */
  unreadable: number;
  /** Events created or changed. */
  events: number;
  seconds: number;
}

export function formatIngestSummary(tally: IngestTally, db: string, totals: { articles: number; events: number }): string {
  const parts = [`${tally.added} new`, `${tally.skipped} already stored`];
  if (tally.failed) parts.push(`${tally.failed} failed`);
  if (tally.unreadable) parts.push(`${tally.unreadable} unreadable ${tally.unreadable === 1 ? 'file' : 'files'}`);
  return (
    `${db}: ${plural(tally.read, 'article')} read (${parts.join(', ')}); ` +
    `${plural(tally.events, 'event')} created or updated; ` +
    `store holds ${plural(totals.articles, 'article')} in ${plural(totals.events, 'event')} (${tally.seconds.toFixed(1)}s)`
  );
}
