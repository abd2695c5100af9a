// What an ingest did, in one line.
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
  if (tally.unreadable) parts.push(`${tally.unreadable} unreadable file${tally.unreadable === 1 ? '' : 's'}`);
  return (
    `${db}: ${tally.read} article${tally.read === 1 ? '' : 's'} read (${parts.join(', ')}); ` +
    `${tally.events} event${tally.events === 1 ? '' : 's'} created or updated; ` +
    `store holds ${totals.articles} articles in ${totals.events} events (${tally.seconds.toFixed(1)}s)`
  );
}
