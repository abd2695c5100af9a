// npm run bench store: ingest throughput with the real pipeline (10,000 articles in batches of
// 200: the store's per-batch cost at the start and at the end), then query latency at 100,000
// articles. RECOUPE_BENCH_INGEST and RECOUPE_BENCH_STORE change the sizes.
import { runIngest } from '../src/store/sqlite/benchIngest.js';
import { run as runQueries } from '../src/store/sqlite/benchStore.js';

export async function run(): Promise<void> {
  await runIngest(Number(process.env.RECOUPE_BENCH_INGEST ?? 10_000));
  await runQueries(Number(process.env.RECOUPE_BENCH_STORE ?? 100_000));
}
