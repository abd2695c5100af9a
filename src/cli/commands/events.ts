// recoupe events: the stored events, newest first, filtered and paginated.
import type { EventQuery, Store } from '../../store/Store.js';
import { defaultDb } from '../../store/openStore.js';
import { type CliIO, type Command, UsageError } from '../command.js';
import { formatEvents } from '../format/formatEvents.js';
import { readStore } from '../format/readStore.js';
import { parseArgs } from '../parseArgs.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2})?)?)?)?$/;

export const command: Command = {
  name: 'events',
  summary: 'List the stored events, newest first (filters: dates, entity, place, language, text)',
  usage:
    'recoupe events [--db FILE|URL] [--from DATE] [--to DATE] [--entity NAME] [--place NAME] [--lang xx] [--text WORDS] [--limit N] [--offset N] [--json]',
  async run(args, io) {
    const { values } = parseArgs(args, {
      db: { type: 'string', default: defaultDb() },
      from: { type: 'string' },
      to: { type: 'string' },
      entity: { type: 'string' },
      place: { type: 'string' },
      lang: { type: 'string' },
      text: { type: 'string' },
      limit: { type: 'string', default: '50' },
      offset: { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
    });
    for (const date of [values.from, values.to]) {
      if (date !== undefined && !ISO_DATE.test(date)) throw new UsageError(`dates are ISO: 2024, 2024-03 or 2024-03-05, not "${date}"`);
    }
    const query: EventQuery = {
      from: values.from,
      to: values.to,
      place: values.place,
      lang: values.lang,
      text: values.text,
      limit: count(values.limit, 'limit'),
      offset: count(values.offset, 'offset'),
    };
    return readStore(values.db, io, async (store) => {
      if (values.entity !== undefined) {
        const entity = await resolveEntity(store, values.entity, io);
        if (!entity) return 1;
        query.entity = entity;
      }
      return printEvents(store, io, query, values.json);
    });
  },
};

/** The events overview, as `recoupe events` prints it (also used by `npm start`). */
export async function printEvents(store: Store, io: CliIO, query: EventQuery = {}, json = false): Promise<number> {
  const page = await store.events(query);
  io.out(json ? JSON.stringify(page, null, 2) : formatEvents(page));
  return 0;
}

/** An entity id as given, else the most mentioned entity whose name or alias matches. */
async function resolveEntity(store: Store, name: string, io: CliIO): Promise<string | null> {
  if (await store.entity(name)) return name;
  const [best, ...others] = (await store.entities({ name, limit: 4 })).items;
  if (!best) {
    io.err(`recoupe events: no entity matches "${name}"`);
    return null;
  }
  if (others.length > 0) {
    io.err(`entity: ${best.id} ${best.name} (also matching: ${others.map((e) => `${e.id} ${e.name}`).join(', ')})`);
  }
  return best.id;
}

function count(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return n;
}
