// npm run eval:events — events (BCubed, pairwise) on the ECB+ development topics, duplicates on
// reprints made from them, and the demo corpus gold when there is one.
//
// ECB+ texts carry no publication date, so "publication order" is a seeded shuffle: the file
// is sorted by topic, and feeding it in that order would hand the online clusterer the gold
// grouping. Scores are averaged over SEEDS orders (min reported too). `topic` is never read.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, RawArticle } from '../src/article.js';
import { DuplicateIndex } from '../src/dedup/DuplicateIndex.js';
import { EventIndex } from '../src/cluster/EventIndex.js';
import { readJsonl, repoRoot, sharedDataset } from './sharedData.js';
import type { EvalResult } from './types.js';
import { bcubed, pairwise } from '../src/cluster/clusterScores.js';
import { COPY_KINDS, makeCopy } from '../src/dedup/testing/perturb.js';
import { batchCeiling } from './batchCeiling.js';

/**
 * Nine orders. Until the fifth session the headline took the mean of orders 1-3, and the rules
 * were tuned against it: orders 4-9 then scored 0.845 where 1-3 scored 0.866, so three orders
 * were one lucky sample. The headline is now the mean of nine, and OTHER_SEEDS stay a held-out
 * check that no rule is ever set on.
 */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
/** Orders for ecbplus.diagnostic.otherOrders: never used to set a rule. */
const OTHER_SEEDS = [10, 11, 12, 13, 14, 15];

interface EcbRecord {
  id: string;
  lang: string;
  title: string;
  text: string;
  source: string | null;
  url: string | null;
  cluster: string;
}

export async function run(): Promise<EvalResult> {
  const slice = await ecbplusSlice();
  if (!slice) return { skipped: 'news-clustering/ecbplus-dev.jsonl not found', metrics: {} };
  const { articles, gold } = slice;

  const metrics: Record<string, number> = {};
  const runs = SEEDS.map((seed) => clusterInOrder(shuffled(articles, seed), gold));
  const mean = (pick: (r: (typeof runs)[number]) => number) => runs.reduce((s, r) => s + pick(r), 0) / runs.length;
  metrics['ecbplus.bcubed.precision'] = mean((r) => r.bcubed.precision);
  metrics['ecbplus.bcubed.recall'] = mean((r) => r.bcubed.recall);
  metrics['ecbplus.bcubed.f1'] = mean((r) => r.bcubed.f1);
  metrics['ecbplus.bcubed.f1.worstOrder'] = Math.min(...runs.map((r) => r.bcubed.f1));
  metrics['ecbplus.pairwise.f1'] = mean((r) => r.pairwise.f1);
  metrics['ecbplus.clusters.found'] = Math.round(mean((r) => r.found));
  metrics['ecbplus.clusters.gold'] = new Set(gold.values()).size;

  // The same orders with every date removed. ECB+ texts carry datelines, and a gold event there
  // gathers follow-ups weeks to two years later (the sentence after the arrest), which the time
  // decay keeps apart as the house tests want (a coup and the transition two weeks later are
  // two events). The gap to ecbplus.bcubed.f1 is what time costs on this slice: a diagnostic,
  // not a target.
  // Other arrival orders than the nine scored above: the headline mean is one sample of orders,
  // and a rule tuned against it can fit them. A diagnostic, not a target.
  const otherRuns = OTHER_SEEDS.map((seed) => clusterInOrder(shuffled(articles, seed), gold));
  metrics['ecbplus.diagnostic.otherOrders.f1'] = otherRuns.reduce((s, r) => s + r.bcubed.f1, 0) / otherRuns.length;
  metrics['ecbplus.diagnostic.otherOrders.f1.worst'] = Math.min(...otherRuns.map((r) => r.bcubed.f1));

  const undated = articles.map((a) => ({ ...a, published: null, dates: [] }));
  const undatedRuns = SEEDS.map((seed) => clusterInOrder(shuffled(undated, seed), gold));
  metrics['ecbplus.bcubed.f1.undated'] = undatedRuns.reduce((s, r) => s + r.bcubed.f1, 0) / undatedRuns.length;
  metrics['ecbplus.bcubed.recall.undated'] = undatedRuns.reduce((s, r) => s + r.bcubed.recall, 0) / undatedRuns.length;

  // The features' own reach, with order and time taken out (batchCeiling.ts): the best BCubed F1
  // of a batch average-linkage sweep, its threshold chosen in hindsight. A diagnostic bound.
  const ceiling = batchCeiling(articles, gold).reduce((best, c) => (c.scores.f1 > best.scores.f1 ? c : best));
  metrics['ecbplus.diagnostic.batchAverageLink.bestF1'] = ceiling.scores.f1;
  metrics['ecbplus.diagnostic.batchAverageLink.threshold'] = ceiling.threshold;

  const dup = duplicateScores(articles);
  Object.assign(metrics, dup.metrics);

  const demo = await demoScores();
  Object.assign(metrics, demo);

  return { metrics, table: dup.table };
}

/** The ECB+ texts through the article stages, with their gold events; null when the slice is missing. */
export async function ecbplusSlice(): Promise<{ articles: Article[]; gold: Map<string, string> } | null> {
  const dir = sharedDataset('news-clustering');
  const file = dir === null ? null : join(dir, 'ecbplus-dev.jsonl');
  if (file === null || !existsSync(file)) return null;
  const records = readJsonl<EcbRecord>(file);
  const articles = await Promise.all(records.map((r) => buildArticle(toRaw(r), 'en')));
  return { articles, gold: new Map(records.map((r) => [r.id, r.cluster])) };
}

/** Article id -> event id, the articles placed online in the order given. */
export function placeInOrder(articles: readonly Article[]): Map<string, string> {
  const dedup = new DuplicateIndex();
  const events = new EventIndex();
  const predicted = new Map<string, string>();
  for (const article of articles) predicted.set(article.id, events.add(article, dedup.add(article)));
  return predicted;
}

function clusterInOrder(articles: Article[], gold: Map<string, string>) {
  const predicted = placeInOrder(articles);
  return {
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    found: new Set(predicted.values()).size,
  };
}

/**
 * Duplicates: every ECB+ text of 4 lines or more gets one copy of each kind (new lead, dropped
 * paragraphs, truncated, other boilerplate), added after all originals in a shuffled order.
 * Recall per kind: the copy lands in its source's group. Originals flagged as copies of another
 * original are listed: ECB+ holds genuine wire reprints, so these are read, not assumed wrong.
 */
function duplicateScores(articles: Article[]): { metrics: Record<string, number>; table: string } {
  const index = new DuplicateIndex();
  const flagged: string[] = [];
  for (const article of shuffled(articles, 7)) {
    const verdict = index.add(article);
    if (verdict.duplicateOf) flagged.push(`${article.id} ~ ${verdict.duplicateOf} (${verdict.kind}, ${verdict.similarity.toFixed(2)})`);
  }
  const sources = articles.filter((a) => a.text.split('\n').filter((l) => l.trim()).length >= 4);
  const metrics: Record<string, number> = {};
  COPY_KINDS.forEach((kind, k) => {
    let found = 0;
    sources.forEach((source, i) => {
      const copy = { ...source, id: `${source.id}#${kind}`, text: makeCopy(source.text, kind, i + k) };
      index.add(copy);
      if (index.originOf(copy.id) === index.originOf(source.id)) found++;
    });
    metrics[`dedup.copies.recall.${kind}`] = found / sources.length;
  });
  metrics['dedup.originals.flagged.share'] = flagged.length / articles.length;
  return { metrics, table: `originals flagged as copies (${flagged.length}):\n  ${flagged.slice(0, 15).join('\n  ')}` };
}

/** The article stages the pipeline runs before the corpus stages, each optional here. */
async function buildArticle(raw: RawArticle, lang: string): Promise<Article> {
  const stages = await articleStages();
  let article: Article = stages.clean ? safely(() => stages.clean!(raw), fallbackArticle(raw)) : fallbackArticle(raw);
  article = { ...article, lang };
  if (stages.dates) article = { ...article, dates: safely(() => stages.dates!(article), []) };
  if (stages.entities) article = { ...article, mentions: safely(() => stages.entities!(article), []) };
  return article;
}

interface ArticleStages {
  clean?: (raw: RawArticle) => Article;
  dates?: (article: Article) => Article['dates'];
  entities?: (article: Article) => Article['mentions'];
}

let loadedStages: Promise<ArticleStages> | null = null;

/** Imported at run time: a stage another engineer is still writing may be missing or broken. */
function articleStages(): Promise<ArticleStages> {
  loadedStages ??= (async () => {
    const load = async <T>(path: string, name: string): Promise<T | undefined> => {
      try {
        const module = (await import(path)) as Record<string, unknown>;
        return typeof module[name] === 'function' ? (module[name] as T) : undefined;
      } catch {
        return undefined;
      }
    };
    const stages: ArticleStages = {
      clean: await load('../src/clean/cleanArticle.js', 'cleanArticle'),
      dates: await load('../src/extract/dates/extractDates.js', 'extractDates'),
      entities: process.env.RECOUPE_EVENTS_NO_ENTITIES ? undefined : await load('../src/extract/entities/extractEntities.js', 'extractEntities'),
    };
    const missing = Object.entries(stages).filter(([, f]) => !f).map(([name]) => name);
    if (missing.length > 0) console.log(`article stages not available, using fallbacks: ${missing.join(', ')}`);
    return stages;
  })();
  return loadedStages;
}

function safely<T>(compute: () => T, fallback: T): T {
  try {
    return compute() ?? fallback;
  } catch {
    return fallback;
  }
}

function fallbackArticle(raw: RawArticle): Article {
  return {
    id: raw.id,
    file: raw.file,
    url: raw.url ?? null,
    outlet: raw.outlet ?? null,
    author: null,
    title: raw.title ?? '',
    published: null,
    publishedSource: null,
    lang: raw.lang ?? 'en',
    text: raw.text ?? '',
    removed: [],
    dates: [],
    mentions: [],
    quotes: [],
    notes: [],
  };
}

interface DemoGold {
  events?: Array<{ id: string; articles: string[]; storyline?: string }>;
  duplicates?: Array<{ origin: string; members: string[] }>;
}

/** The demo corpus (demo/articles + demo/gold.json), run through the whole pipeline. */
async function demoScores(): Promise<Record<string, number>> {
  const goldFile = join(repoRoot, 'demo', 'gold.json');
  if (!existsSync(goldFile)) return {};
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as DemoGold;
  let analysis: { articles: Array<{ id: string; event: string; duplicateOf: string | null }>; storylines: Array<{ id: string; events: string[] }> };
  try {
    const { analyzeCorpus } = await import('../src/pipeline.js');
    const { readInputs, isProblem } = await import('../src/ingest/readInputs.js');
    const raws: RawArticle[] = [];
    for await (const item of readInputs([join(repoRoot, 'demo', 'articles')])) if (!isProblem(item)) raws.push(item);
    analysis = analyzeCorpus(raws);
  } catch (error) {
    console.log(`demo corpus not scored: ${(error as Error).message}`);
    return {};
  }
  // Gold names articles by their ids (a file's stem, a record's own id), as the report does.
  const predicted = new Map(analysis.articles.map((a) => [a.id, a.event]));
  const goldEvents = new Map((gold.events ?? []).flatMap((e) => e.articles.map((a) => [a, e.id] as const)));
  const known = new Map([...predicted].filter(([id]) => goldEvents.has(id)));
  const metrics: Record<string, number> = {};
  metrics['demo.gold.scored.share'] = known.size / Math.max(1, goldEvents.size);
  if (known.size > 0) metrics['demo.events.bcubed.f1'] = bcubed(known, goldEvents).f1;

  const goldDup = new Map((gold.duplicates ?? []).flatMap((g) => g.members.map((m) => [m, g.origin] as const)));
  const predictedDup = new Map(analysis.articles.map((a) => [a.id, a.duplicateOf ?? a.id]));
  for (const id of goldEvents.keys()) if (!goldDup.has(id)) goldDup.set(id, id);
  const dupKnown = new Map([...predictedDup].filter(([id]) => goldDup.has(id)));
  if ((gold.duplicates ?? []).length > 0) metrics['demo.duplicates.pairwise.f1'] = pairwise(dupKnown, goldDup).f1;

  const storylineOfEvent = new Map(analysis.storylines.flatMap((s) => s.events.map((e) => [e, s.id] as const)));
  const goldStory = new Map((gold.events ?? []).flatMap((e) => e.articles.map((a) => [a, e.storyline ?? e.id] as const)));
  const predictedStory = new Map([...known].map(([id, event]) => [id, storylineOfEvent.get(event) ?? event]));
  if (predictedStory.size > 0) metrics['demo.storylines.bcubed.f1'] = bcubed(predictedStory, goldStory).f1;
  return metrics;
}

function toRaw(record: EcbRecord): RawArticle {
  return {
    id: record.id,
    file: `ecbplus/${record.id}`,
    text: record.text,
    title: record.title,
    url: record.url ?? undefined,
    outlet: record.source ?? undefined,
    lang: record.lang,
    notes: [],
  };
}

/** Fisher-Yates with a small seeded generator (mulberry32), so every run sees the same orders. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
