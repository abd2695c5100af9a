// recoupe demo (npm start): the main job on the bundled demo corpus. Ingests demo/articles into
// the store (./recoupe.db unless --db or RECOUPE_DATABASE_URL; a postgres:// URL as for ingest),
// then prints its events for a person.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDb, describeDb, openStore } from '../../store/openStore.js';
import { DEFAULT_DB } from '../../store/sqlite/SqliteStore.js';
import type { Command } from '../command.js';
import { formatEvent } from '../format/formatEvent.js';
import { formatEvents } from '../format/formatEvents.js';
import { formatIngestSummary } from '../format/formatIngest.js';
import { parseArgs } from '../parseArgs.js';
import { ingestPaths } from './ingest.js';

export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'articles');

export const command: Command = {
  name: 'demo',
  summary: 'Analyse the bundled demo corpus into the store and print its events (npm start)',
  usage: `recoupe demo [--db FILE|postgres://URL (default $RECOUPE_DATABASE_URL, else ./${DEFAULT_DB})] [--brief]`,
  async run(args, io) {
    const { values } = parseArgs(args, {
      db: { type: 'string', default: defaultDb() },
      brief: { type: 'boolean', default: false },
    });
    const store = await openStore(values.db);
    const shown = describeDb(values.db);
    try {
      io.err(`Analysing the demo corpus (${relative(process.cwd(), DEMO_DIR) || DEMO_DIR}) into ${shown} …`);
      const tally = await ingestPaths(store, [DEMO_DIR], io);
      io.err(formatIngestSummary(tally, shown, await store.stats()));
      const page = await store.events({ limit: 100 });
      io.out(formatEvents(page));
      if (!values.brief) {
        for (const summary of page.items) {
          const detail = await store.event(summary.id);
          if (detail) io.out(`\n${'─'.repeat(78)}\n${formatEvent(detail)}`);
        }
      }
      io.out(
        [
          '',
          'Next:',
          `  npx recoupe show ${page.items[0]?.id ?? 'e1'}            one event in full`,
          '  npx recoupe search "Lavrov"     full-text search',
          '  npx recoupe analyze demo/articles --json > report.json',
          '  npx recoupe report demo/articles -o report.html',
          '  npx recoupe serve               the web UI on http://127.0.0.1:8080',
        ].join('\n'),
      );
      return tally.added + tally.skipped > 0 ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
