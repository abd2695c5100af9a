// npm run bench api: HTTP latency of `recoupe serve` under load, on a store of 100,000 articles.
//
// The store is filled once by the store's own benchmark filler (src/store/sqlite/benchStore.ts:
// synthetic articles with a Zipf vocabulary, written through writePlan, the store's write path)
// and cached under /tmp, keyed by the filler's and the schema's source. The server runs in a
// child process, as `recoupe serve` would, so the load generator never shares its event loop;
// the load is a bounded number of requests over a few keep-alive connections to 127.0.0.1.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ARTICLES = Number(process.env.RECOUPE_BENCH_API_ARTICLES ?? 100_000);
const CONCURRENCY = 4;
const WARMUP = 50;
const REQUESTS = 400;
/** Each case stops at REQUESTS or at this many seconds, whichever comes first. */
const CASE_SECONDS = 20;
const TARGET_P95_MS = 50;
/** Words the filler places among the topical ranks of its vocabulary. */
const SEARCH_WORDS = ['gouvernement', 'élection', 'ministre', 'attaque', 'accord', 'sommet', 'budget', 'tribunal', 'police', 'frontière', 'inflation', 'séisme'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHILD_ENV = 'RECOUPE_BENCH_API_SERVE';

interface Case {
  name: string;
  path: (i: number) => string;
}

export async function run(): Promise<void> {
  const db = await cachedStore(ARTICLES);
  const { child, url } = await serveInChild(db);
  try {
    const events = (await getJson(url, '/api/events?limit=1')) as { total: number };
    const random = rng(11);
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
    const year = () => 2015 + Math.floor(random() * 10);
    const cases: Case[] = [
      { name: 'event list, page 1', path: () => '/api/events?limit=50' },
      { name: 'event page', path: () => `/api/events/e${1 + Math.floor(random() * events.total)}` },
      { name: 'search', path: () => `/api/search?limit=20&q=${encodeURIComponent(pick(SEARCH_WORDS))}` },
      { name: 'entity page', path: () => `/api/entities/p${Math.floor(random() * 1000)}?limit=50` },
      { name: 'event list, deep page', path: () => `/api/events?limit=50&offset=${50 * Math.floor(random() * 200)}` },
      { name: 'event list, 3 months', path: () => `/api/events?limit=50&from=${year()}-03&to=${year()}-05` },
      { name: 'event list, language', path: () => '/api/events?limit=50&lang=en' },
      { name: 'event list, words', path: () => `/api/events?limit=50&text=${encodeURIComponent(pick(SEARCH_WORDS))}` },
    ];
    console.log(
      `load: up to ${REQUESTS} requests a case after ${WARMUP} warm-up, ${CASE_SECONDS} s cap, to ${url}; ` +
        `first from 1 client (service time), then from ${CONCURRENCY} clients on keep-alive connections (queueing included)`,
    );
    console.log(
      `${'request'.padEnd(24)} ${'1 client p50'.padStart(12)} ${'p95'.padStart(7)}  ${`${CONCURRENCY} clients p50`.padStart(13)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'req/s'.padStart(6)}  (ms; target p95 < ${TARGET_P95_MS} ms)`,
    );
    for (const benchCase of cases) {
      const single = await measure(url, benchCase, 1);
      const loaded = await measure(url, benchCase, CONCURRENCY);
      const verdict = loaded.p95 < TARGET_P95_MS ? 'ok' : 'over target';
      console.log(
        `${benchCase.name.padEnd(24)} ${single.p50.toFixed(1).padStart(12)} ${single.p95.toFixed(1).padStart(7)}  ` +
          `${loaded.p50.toFixed(1).padStart(13)} ${loaded.p95.toFixed(1).padStart(7)} ${loaded.p99.toFixed(1).padStart(7)} ${loaded.rate.toFixed(0).padStart(6)}  ${verdict}`,
      );
    }
    console.log(`machine load average while measuring: ${loadavg().map((n) => n.toFixed(1)).join(' ')} (${cpus().length} cores)`);
  } finally {
    child.kill('SIGTERM');
  }
}

async function measure(base: string, benchCase: Case, clients: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  try {
    await load(agent, base, benchCase, WARMUP, 5, clients);
    const started = performance.now();
    const times = await load(agent, base, benchCase, REQUESTS, CASE_SECONDS, clients);
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rate: times.length / seconds };
  } finally {
    agent.destroy();
  }
}

/** Sends up to `count` requests from `clients` concurrent clients; returns each latency in ms. */
async function load(agent: Agent, base: string, benchCase: Case, count: number, maxSeconds: number, clients: number): Promise<number[]> {
  const times: number[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const path = benchCase.path(next++);
      const started = performance.now();
      const status = await fetchStatus(agent, base, path);
      if (status !== 200) throw new Error(`${path}: HTTP ${status}`);
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  return times;
}

function fetchStatus(agent: Agent, base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function getJson(base: string, path: string): Promise<unknown> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** The filled store, built once per version of the filler and schema, kept under /tmp. */
async function cachedStore(articles: number): Promise<string> {
  const sources = [join(root, 'src/store/sqlite/benchStore.ts'), join(root, 'src/store/sqlite/writePlan.ts')];
  const migrations = join(root, 'src/store/sqlite/migrations');
  for (const name of readdirSync(migrations).sort()) sources.push(join(migrations, name));
  const hash = createHash('sha1');
  for (const file of sources) hash.update(readFileSync(file));
  const dir = join(tmpdir(), 'recoupe-bench-api');
  const db = join(dir, `store-${articles}-${hash.digest('hex').slice(0, 12)}.db`);
  if (existsSync(db)) {
    console.log(`store: ${articles} articles, reused from ${db} (built by benchStore.fill through writePlan)`);
    return db;
  }
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) rmSync(join(dir, old), { force: true });
  const { fill } = await import('../src/store/sqlite/benchStore.js');
  const building = `${db}.building`;
  const started = performance.now();
  const { events, entities } = fill(building, articles);
  renameSync(building, db);
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  console.log(
    `store: ${articles} synthetic articles (${events} events, ${entities} entities) written by benchStore.fill through ` +
      `the store's writePlan in ${((performance.now() - started) / 1000).toFixed(0)} s; cached as ${db}`,
  );
  return db;
}

function serveInChild(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, [CHILD_ENV]: db },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve({ child, url: String(message) }));
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** The child: `recoupe serve`'s server over the cached store, on a free loopback port. */
async function serveChild(db: string): Promise<void> {
  const [{ ReaderPool }, { WorkerIngestor }, { startServer }] = await Promise.all([
    import('../src/server/ReaderPool.js'),
    import('../src/server/WorkerIngestor.js'),
    import('../src/server/startServer.js'),
  ]);
  // As `recoupe serve` runs: reads in a pool of worker threads, writes in another.
  const store = new ReaderPool(db);
  const server = await startServer({ store, ingestor: new WorkerIngestor(db), port: 0, web: null });
  process.send!(server.url);
  process.once('SIGTERM', () => void server.close().then(() => store.close()).then(() => process.exit(0)));
}

if (process.env[CHILD_ENV]) await serveChild(process.env[CHILD_ENV]);
