// Ingest throughput of the SQLite store with the real pipeline: N articles (bench/benchCorpus.ts)
// in batches of INGEST_BATCH_SIZE, as `recoupe ingest` sends them. The store's share of a batch
// (corpus adds, planning, findings of the joined events, writing) must stay flat as the store
// grows. The pipeline's parts are timed apart: the analysis of the batch's articles, the corpus
// adds (dedup, events, entities) and the findings of the joined events (quotes, cross-check),
// whose cost follows the size of the events, not of the store. What remains is the store's own.
// CPU time, not wall time: the machine is shared, and waiting for a core is not our cost.
//
//   npx tsx src/store/sqlite/benchIngest.ts [articles]      (default 10000)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCorpus } from '../../../bench/benchCorpus.js';
import { INGEST_BATCH_SIZE } from '../../cli/commands/ingest.js';
import { loadPipelineAnalyzer, type Analyzer, type CorpusIndex } from '../Analyzer.js';
import { SqliteStore } from './SqliteStore.js';

/** Batches shown at the start and at the end of the run. */
const SHOWN = 5;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export async function runIngest(articles = 10_000): Promise<void> {
  if (articles <= 0) return console.log('ingest: skipped (RECOUPE_BENCH_INGEST=0)');
  const raws = await benchCorpus(articles);
  const pipeline = await loadPipelineAnalyzer();
  const spent = { analysis: 0, adds: 0, findings: 0 };
  const timed = <T>(part: keyof typeof spent, work: () => T): T => {
    const started = process.cpuUsage();
    try {
      return work();
    } finally {
      spent[part] += cpuMs(started);
    }
  };
  const timedCorpus = (corpus: CorpusIndex): CorpusIndex =>
    Object.assign(Object.create(corpus) as CorpusIndex, {
      add: (article: Parameters<CorpusIndex['add']>[0]) => timed('adds', () => corpus.add(article)),
      findings: (event: string, members: Parameters<CorpusIndex['findings']>[1]) => timed('findings', () => corpus.findings(event, members)),
    });
  const analyzer: Analyzer = {
    ...pipeline,
    analyzeArticle: (raw, context) => timed('analysis', () => pipeline.analyzeArticle(raw, context)),
    emptyCorpus: () => timedCorpus(pipeline.emptyCorpus()),
    loadCorpus: (state) => timedCorpus(pipeline.loadCorpus(state)),
  };
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-bench-ingest-'));
  const path = join(dir, 'ingest.db');
  const store = SqliteStore.open(path, { analyzer });
  try {
    const rows: { batch: number; stored: number; total: number; analysis: number; adds: number; findings: number; store: number }[] = [];
    const started = Date.now();
    for (let i = 0; i < raws.length; i += INGEST_BATCH_SIZE) {
      Object.assign(spent, { analysis: 0, adds: 0, findings: 0 });
      const cpu = process.cpuUsage();
      await store.ingest(raws.slice(i, i + INGEST_BATCH_SIZE));
      const total = cpuMs(cpu);
      const store_ = total - spent.analysis - spent.adds - spent.findings;
      rows.push({ batch: rows.length + 1, stored: Math.min(raws.length, i + INGEST_BATCH_SIZE), total, ...spent, store: store_ });
      process.stderr.write(`\ringest: batch ${rows.length} of ${Math.ceil(raws.length / INGEST_BATCH_SIZE)}, ${(Date.now() - started) / 1000 | 0} s`);
    }
    process.stderr.write('\n');
    const closing = process.cpuUsage();
    await store.close();
    const closeMs = cpuMs(closing);
    const seconds = (Date.now() - started) / 1000;

    console.log(`ingest: ${raws.length} articles in batches of ${INGEST_BATCH_SIZE}, CPU ms per batch (store = batch - pipeline parts)`);
    const columns = ['batch', 'stored', 'batch ms', 'analysis', 'adds', 'findings', 'store ms'];
    console.log(columns.map((c) => c.padStart(9)).join(' '));
    const line = (r: (typeof rows)[number]) =>
      console.log([r.batch, r.stored, r.total, r.analysis, r.adds, r.findings, r.store].map((v) => v.toFixed(0).padStart(9)).join(' '));
    rows.slice(0, SHOWN).forEach(line);
    if (rows.length > 2 * SHOWN) console.log('…'.padStart(9));
    rows.slice(Math.max(SHOWN, rows.length - SHOWN)).forEach(line);
    const mean = (part: typeof rows, key: 'store' | 'adds' | 'findings') => part.reduce((sum, r) => sum + r[key], 0) / Math.max(1, part.length);
    const early = rows.slice(1, 1 + SHOWN * 2);
    const late = rows.slice(-SHOWN * 2);
    for (const key of ['store', 'adds', 'findings'] as const) {
      console.log(
        `${key.padEnd(8)} ms per batch, batches 2-${1 + early.length}: ${mean(early, key).toFixed(0)}, last ${late.length}: ${mean(late, key).toFixed(0)} ` +
          `(x${(mean(late, key) / mean(early, key)).toFixed(2)})`,
      );
    }
    const totalCpu = rows.reduce((sum, r) => sum + r.total, 0);
    console.log(`close (checkpoint if due): ${closeMs.toFixed(0)} ms CPU`);
    const size = statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    console.log(
      `total: ${seconds.toFixed(0)} s wall, ${(totalCpu / 1000).toFixed(0)} s CPU, ` +
        `${(raws.length / (totalCpu / 1000)).toFixed(0)} articles per CPU second; store file ${(size / 1048576).toFixed(0)} MB`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runIngest(Number(process.argv[2] ?? 10_000));
