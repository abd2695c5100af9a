// Binds the app to a host and port. Loopback by default; any other address only with a token,
// since everyone who can reach the port could otherwise write to the store.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './createApp.js';
import { isLoopback } from './security.js';
import type { Ingestor, ReadStore } from './ports.js';
import type { WebAssets } from './webAssets.js';

export interface ServerOptions {
  store: ReadStore;
  ingestor: Ingestor;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  web?: WebAssets | null;
  log?: (text: string) => void;
}

export interface RunningServer {
  url: string;
  /** Stops taking connections and lets the requests under way finish (within a grace period). */
  close(): Promise<void>;
}

/** How long requests under way (an upload being ingested) may run on once the server stops. */
export const REQUEST_GRACE_MS = 10_000;

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export class UnsafeBindError extends Error {}

/** Throws unless `host` is loopback or writes need a token. */
export function checkBind(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new UnsafeBindError(`binding to ${host} exposes the store beyond this machine: set RECOUPE_TOKEN or --token for writes`);
  }
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  checkBind(host, options.token);
  const loopback = isLoopback(host);
  const app = createApp({ store: options.store, ingestor: options.ingestor, token: options.token, loopbackOnly: loopback, web: options.web, log: options.log });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Slow or stalled clients must not hold sockets forever.
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    close: () => closeGracefully(server, REQUEST_GRACE_MS),
  };
}

async function closeGracefully(server: Server, graceMs: number): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  // Idle keep-alive sockets (a browser tab left open) would otherwise hold the close until they time out.
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearTimeout(timer);
  }
}
