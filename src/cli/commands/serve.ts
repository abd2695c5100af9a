// recoupe serve: the HTTP API and the web UI over the same store as the other commands.
import { DEFAULT_DB, SqliteStore } from '../../store/sqlite/SqliteStore.js';
import { ensureWebAssets } from '../../server/ensureWebAssets.js';
import { checkBind, DEFAULT_HOST, DEFAULT_PORT, startServer, UnsafeBindError } from '../../server/startServer.js';
import { ReaderPool } from '../../server/ReaderPool.js';
import { WorkerIngestor } from '../../server/WorkerIngestor.js';
import { type Command, UsageError } from '../command.js';
import { parseArgs } from '../parseArgs.js';

export const command: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI over a store',
  usage: `recoupe serve [--db FILE (default ./${DEFAULT_DB})] [--port N (default ${DEFAULT_PORT})] [--host H (default ${DEFAULT_HOST})] [--token T (or RECOUPE_TOKEN; required off loopback)]`,
  async run(args, io) {
    const { values } = parseArgs(args, {
      db: { type: 'string', default: DEFAULT_DB },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      host: { type: 'string', default: DEFAULT_HOST },
      token: { type: 'string' },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes 0 to 65535, not "${values.port}"`);
    const token = values.token ?? (process.env.RECOUPE_TOKEN || undefined);
    try {
      checkBind(values.host, token);
    } catch (error) {
      if (error instanceof UnsafeBindError) throw new UsageError(error.message);
      throw error;
    }

    // Opening here creates the file and brings its schema up to date before the workers read it.
    await SqliteStore.open(values.db).close();
    const store = new ReaderPool(values.db);
    const ingestor = new WorkerIngestor(values.db);
    let server;
    try {
      const web = await ensureWebAssets(io.err);
      server = await startServer({ store, ingestor, host: values.host, port, token, web, log: io.err });
    } catch (error) {
      await store.close();
      await ingestor.close();
      throw error;
    }
    io.err(`recoupe serve: ${server.url}/ over ${values.db}${token ? ' (writes need the token)' : ''}; Ctrl-C stops it`);
    await stopSignal();
    io.err('recoupe serve: stopping');
    await server.close();
    await ingestor.close();
    await store.close();
    return 0;
  },
};

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
