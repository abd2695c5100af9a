// recoupe search QUERY: full text over the stored articles (accents and case ignored, plurals
// and feminines matched) and over entity names.
import { defaultDb } from '../../store/openStore.js';
import { type Command, UsageError } from '../command.js';
import { formatSearch } from '../format/formatSearch.js';
import { readStore } from '../format/readStore.js';
import { parseArgs } from '../parseArgs.js';

export const command: Command = {
  name: 'search',
  summary: 'Search the stored articles and entity names (accents and case ignored)',
  usage: 'recoupe search QUERY... [--db FILE|URL] [--limit N] [--offset N] [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, {
      db: { type: 'string', default: defaultDb() },
      limit: { type: 'string', default: '20' },
      offset: { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('give words to search for');
    const limit = Number(values.limit);
    const offset = Number(values.offset);
    if (!Number.isInteger(limit) || !Number.isInteger(offset) || limit < 1 || offset < 0) {
      throw new UsageError('--limit and --offset take whole numbers');
    }
    return readStore(values.db, io, async (store) => {
      const result = await store.search(query, { limit, offset });
      io.out(values.json ? JSON.stringify(result, null, 2) : formatSearch(result, io.interactive ? 'ansi' : 'brackets'));
      return 0;
    });
  },
};
