// The whole HTTP surface of `recoupe serve`: the JSON API under /api (with its OpenAPI
// document) and the UI for every other path. Reads go to a ReadStore, writes to an Ingestor:
// in tests both are one SqliteStore; `recoupe serve` arranges them in serveStore.ts.
import { OpenAPIHono } from '@hono/zod-openapi';
import { packageVersion } from '../version.js';
import { ApiError, errorResponse, invalidInput } from './errors.js';
import { IngestService } from './IngestService.js';
import type { Ingestor, ReadStore } from './ports.js';
import { ingestRoutes } from './routes/ingestRoutes.js';
import { readRoutes } from './routes/readRoutes.js';
import { loopbackHostGuard, securityHeaders, writeGuard } from './security.js';
import type { WebAssets } from './webAssets.js';

export interface AppOptions {
  store: ReadStore;
  /** Who writes ingested articles: the store itself, or a WorkerIngestor (serve). */
  ingestor: Ingestor;
  /** Required on every write when set. */
  token?: string;
  /** Refuse requests addressed to other host names (set when bound to loopback). */
  loopbackOnly?: boolean;
  /** The built UI; without it, pages answer with how to build it. */
  web?: WebAssets | null;
  log?: (text: string) => void;
}

const VALIDATION_TARGETS: Record<string, string> = { query: 'query', param: 'path', json: 'body', form: 'body' };

export function createApp(options: AppOptions) {
  const { store, web = null, log = console.error } = options;
  const app = new OpenAPIHono();
  app.onError((error, c) => {
    const { status, body } = errorResponse(error, log);
    return c.json(body, status);
  });
  app.notFound((c) => {
    const { status, body } = errorResponse(new ApiError('not_found', `no route for ${c.req.method} ${c.req.path}`), log);
    return c.json(body, status);
  });
  app.use('*', securityHeaders);
  if (options.loopbackOnly) app.use('*', loopbackHostGuard());

  const api = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidInput(VALIDATION_TARGETS[result.target] ?? result.target, result.error);
    },
  });
  api.use('*', writeGuard(options.token));
  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  readRoutes(api, store);
  ingestRoutes(api, new IngestService(options.ingestor));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'recoupe',
      version: packageVersion(),
      description: 'Events, storylines, entities, quotes, corroborated claims and conflicts over a store of news articles.',
    },
    servers: [{ url: '/api' }],
  });
  app.route('/api', api);
  app.all('/api/*', (c) => {
    throw new ApiError('not_found', `no API route for ${c.req.method} ${c.req.path}`);
  });

  app.get('*', (c) => {
    const asset = web?.get(c.req.path);
    if (!asset) {
      if (web) throw new ApiError('not_found', `no file ${c.req.path}`);
      return c.text('The web UI is not built: run `npm run build:web` (npm ci does it), then reload.', 503);
    }
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': asset.cacheControl });
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
