import type { CliIO } from './command.js';

/** A one-line progress counter on stderr, drawn only on a terminal and at most ten times a second. */
export function progressBar(io: CliIO, label: string): { update(done: number, total: number): void; done(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (!io.interactive) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
