// recoupe serve: the HTTP API and the web UI over the same store as the other commands.
import { defaultDb } from '../../store/openStore.js';
import { DEFAULT_DB } from '../../store/sqlite/SqliteStore.js';
import { ensureWebAssets } from '../../server/ensureWebAssets.js';
import { serveStore } from '../../server/serveStore.js';
import { checkBind, DEFAULT_HOST, DEFAULT_PORT, UnsafeBindError } from '../../server/startServer.js';
import { type Command, UsageError } from '../command.js';
import { parseArgs } from '../parseArgs.js';

export const command: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI over a store',
  usage: `recoupe serve [--db FILE|postgres://URL (default $RECOUPE_DATABASE_URL, else ./${DEFAULT_DB})] [--port N (default ${DEFAULT_PORT})] [--host H (default ${DEFAULT_HOST})] [--token T (or RECOUPE_TOKEN; required off loopback)]`,
  async run(args, io) {
    const { values } = parseArgs(args, {
      db: { type: 'string', default: defaultDb() },
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

    const web = await ensureWebAssets(io.err);
    const server = await serveStore(values.db, { host: values.host, port, token, web, log: io.err });
    io.err(`recoupe serve: ${server.url}/ over ${server.db}${token ? ' (writes need the token)' : ''}; Ctrl-C stops it`);
    await stopSignal();
    // A second Ctrl-C while stopping is not caught (stopSignal has let go): it ends the process at once.
    io.err('recoupe serve: stopping (finishing requests and the ingest under way)');
    await server.close();
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
