// recoupe show EVENT_ID: one event with its sources, findings and disagreements.
import { defaultDb, describeDb } from '../../store/openStore.js';
import { type Command, UsageError } from '../command.js';
import { formatEvent } from '../format/formatEvent.js';
import { readStore } from '../format/readStore.js';
import { parseArgs } from '../parseArgs.js';

export const command: Command = {
  name: 'show',
  summary: 'Show one stored event: summary, sources, entities, quotes, claims, conflicts',
  usage: 'recoupe show EVENT_ID [--db FILE|URL] [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, {
      db: { type: 'string', default: defaultDb() },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new UsageError('give one event id (recoupe events lists them)');
    const id = positionals[0]!;
    return readStore(values.db, io, async (store) => {
      const detail = await store.event(id);
      if (!detail) {
        io.err(`recoupe show: no event ${id} in ${describeDb(values.db)}`);
        return 1;
      }
      io.out(values.json ? JSON.stringify(detail, null, 2) : formatEvent(detail));
      return 0;
    });
  },
};
