// npm run bench pipeline: articles per second for each stage of the pipeline, and peak memory,
// on a corpus of at least 10,000 articles (bench/benchCorpus.ts).
import type { Article } from '../src/article.js';
import { buildCleanContext, cleanArticle } from '../src/clean/cleanArticle.js';
import { ARTICLE_STAGES, Corpus, byPublication } from '../src/pipeline.js';
import { benchCorpus } from './benchCorpus.js';

const SIZE = Number(process.env.RECOUPE_BENCH_SIZE ?? 10_000);

// Wall time and this process's CPU time (user + system): the machine is shared, and CPU time is
// the steadier figure under load.
let cpuAtStart = process.cpuUsage();

function line(name: string, count: number, ms: number): string {
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  cpuAtStart = process.cpuUsage();
  const perSecond = count / (ms / 1000);
  return `  ${name.padEnd(22)} ${String(count).padStart(7)} articles  ${(ms / 1000).toFixed(2).padStart(7)} s  ${perSecond.toFixed(0).padStart(8)} articles/s  (CPU ${(cpuMs / 1000).toFixed(2)} s, ${(count / (cpuMs / 1000)).toFixed(0)} articles/CPU-s)`;
}

export async function run(): Promise<void> {
  const raws = await benchCorpus(SIZE);
  const chars = raws.reduce((sum, r) => sum + (r.text ?? r.html ?? '').length, 0);
  console.log(`corpus: ${raws.length} articles, ${(chars / 1e6).toFixed(1)} M characters (one core)`);

  let started = performance.now();
  cpuAtStart = process.cpuUsage();
  const context = buildCleanContext(raws);
  let articles = raws.map((raw) => cleanArticle(raw, context));
  console.log(line('clean', raws.length, performance.now() - started));
  for (const [name, stage] of ARTICLE_STAGES) {
    started = performance.now();
    cpuAtStart = process.cpuUsage();
    articles = articles.map(stage);
    console.log(line(name, articles.length, performance.now() - started));
  }

  started = performance.now();
  cpuAtStart = process.cpuUsage();
  const corpus = Corpus.empty();
  const placed = byPublication(articles).map((a) => corpus.add(a));
  console.log(line('dedup+events+entities', placed.length, performance.now() - started));

  started = performance.now();
  cpuAtStart = process.cpuUsage();
  const members = new Map<string, Article[]>();
  for (const { article, placement } of placed) {
    const list = members.get(placement.event) ?? [];
    list.push(article);
    members.set(placement.event, list);
  }
  for (const [event, list] of members) corpus.findings(event, list);
  console.log(line('quotes+crosscheck', placed.length, performance.now() - started));
  console.log(`  events: ${corpus.events().length}, entities: ${corpus.entities().length}`);
  console.log(`  peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
