// A one-line counter for a streaming ingest, on stderr, redrawn at most ten times a second and
// only on a terminal. The total is unknown until the inputs are read to the end, so it counts
// rather than fills a bar.
import type { CliIO } from '../command.js';
import type { IngestTally } from './formatIngest.js';

const REDRAW_MS = 100;

export interface IngestProgress {
  update(tally: IngestTally, inBatch: number): void;
  done(): void;
}

export function ingestProgress(io: CliIO, write = (text: string) => process.stderr.write(text)): IngestProgress {
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(tally, inBatch) {
      if (!io.interactive) return;
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      const analysed = tally.added + tally.failed + inBatch;
      const rate = analysed / Math.max((now - started) / 1000, 0.001);
      write(
        `\r\x1b[Kingesting: ${tally.read} read · ${tally.added + inBatch} new · ${tally.skipped} already stored` +
          `${tally.failed ? ` · ${tally.failed} failed` : ''} · ${rate.toFixed(0)} articles/s`,
      );
    },
    done() {
      if (drawn) write('\r\x1b[K');
    },
  };
}
