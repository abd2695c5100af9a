// An experiment, not an evaluation: how much would a repair pass over the online events buy on
// ECB+? Run it with `npx tsx eval/repairHeadroom.ts` (about a minute); its figures are in
// docs/quality.md.
//
// The index places each article once, against events' summed vectors, and never moves it
// (EventIndex.ts). Whole-topic merges come from an early bridge: the first article of a topic's
// second event joins the first event while it is small (docs/quality.md). A repair pass would
// revisit events with their members' pairwise similarities (the index's own mix, batchCeiling's
// pairSimilarity, undated):
// - split: an event's members clustered by average linkage at the join threshold; the event is
//   split when at least two groups of two or more come out (a member alone in its group stays with the group of the event's first member);
// - merge: the events (split or not) merged by average linkage over their members at a
//   threshold of the sweep.
// Both are read in BCubed F1 over the nine arrival orders eval:events scores. They bound what
// an index that keeps its members' vectors and may move articles after placing them could reach;
// the index does neither today (its checkpoint keeps summed vectors, and the store keeps each
// article's event from the moment it is placed).
//
// Two readings (seventh session): undated, as above, and as the product would repair, the same
// pairSimilarity over profiles that keep their days (the index's time decay between the two
// articles; names alone across languages in both readings). The dated reading also repairs the demo corpus and our blind stream, which must not
// lose what online clustering gets right. REPAIR_SPLIT sets the split threshold (default: the join
// threshold).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, RawArticle } from '../src/article.js';
import { profileArticle } from '../src/cluster/articleProfile.js';
import { JOIN_THRESHOLD } from '../src/cluster/clusterConfig.js';
import { bcubed } from '../src/cluster/clusterScores.js';
import { isProblem, readInputs } from '../src/ingest/readInputs.js';
import { analyzeCorpus } from '../src/pipeline.js';
import { averageLinkGroups, pairSimilarity } from './batchCeiling.js';
import { ecbplusSlice, placeInOrder, shuffled } from './events.js';
import { readOwnEventsGold, readOwnEventsRaws } from './own-events/ownEventsSet.js';
import { repoRoot } from './sharedData.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const MERGE_THRESHOLDS = [0.22, 0.24, 0.26, 0.28, 0.3];
const SPLIT_THRESHOLD = Number(process.env.REPAIR_SPLIT ?? JOIN_THRESHOLD);

async function main(): Promise<void> {
  const slice = await ecbplusSlice();
  if (!slice) return console.log('skipped: news-clustering/ecbplus-dev.jsonl not found');
  const { articles, gold } = slice;
  const ids = articles.map((a) => a.id);
  for (const [reading, similarity] of [
    ['undated', pairSimilarity(articles.map((a) => profileArticle({ ...a, published: null, dates: [] })))],
    ['dated', pairSimilarity(articles.map((a) => profileArticle(a)))],
  ] as const) {
    console.log(`ECB+, ${reading} pairs, split at ${SPLIT_THRESHOLD}:`);
    ecbReading(ids, gold, articles, similarity);
  }
  for (const [name, raws, gold] of [
    ['demo corpus', await readRaws(join(repoRoot, 'demo', 'articles')), demoGold()],
    ['own blind stream', await readOwnEventsRaws(), new Map(readOwnEventsGold().articles.map((a) => [a.id, a.event]))],
  ] as const) {
    const analysis = analyzeCorpus([...raws]);
    const known = (placed: Map<string, string>) => new Map([...placed].filter(([id]) => gold.has(id)));
    const analysedIds = analysis.articles.map((a) => a.id);
    const similarity = pairSimilarity(analysis.articles.map((a) => profileArticle(a)));
    const online = new Map(analysis.articles.map((a) => [a.id, a.event]));
    const parts = [...groupBy(online).values()].flatMap((members) => splitEvent(similarity, members.map((id) => analysedIds.indexOf(id))));
    const row = [`online ${bcubed(known(online), gold).f1.toFixed(3)}`, `split ${bcubed(known(labels(analysedIds, parts)), gold).f1.toFixed(3)}`];
    for (const threshold of MERGE_THRESHOLDS) {
      row.push(`merge ${threshold} ${bcubed(known(labels(analysedIds, averageLinkGroups(similarity, threshold, parts))), gold).f1.toFixed(3)}`);
    }
    console.log(`${name}, dated pairs, BCubed F1: ${row.join(', ')}`);
  }
}

function ecbReading(ids: string[], gold: Map<string, string>, articles: Article[], similarity: Float64Array[]): void {
  const row = new Map(ids.map((id, i) => [id, i]));

  const online: number[] = [];
  const split: number[] = [];
  const merged = MERGE_THRESHOLDS.map(() => [] as number[]);
  for (const seed of SEEDS) {
    const placed = placeInOrder(shuffled(articles, seed));
    online.push(bcubed(placed, gold).f1);
    const events = [...groupBy(placed).values()].map((members) => members.map((id) => row.get(id)!));
    const parts = events.flatMap((members) => splitEvent(similarity, members));
    split.push(bcubed(labels(ids, parts), gold).f1);
    MERGE_THRESHOLDS.forEach((threshold, t) => merged[t]!.push(bcubed(labels(ids, averageLinkGroups(similarity, threshold, parts)), gold).f1));
  }
  const show = (name: string, f1: number[]) =>
    console.log(`  ${name.padEnd(34)} mean ${mean(f1).toFixed(3)}  worst ${Math.min(...f1).toFixed(3)}`);
  show('online (eval:events headline)', online);
  show(`split at ${SPLIT_THRESHOLD}`, split);
  MERGE_THRESHOLDS.forEach((threshold, t) => show(`split, then merge at ${threshold}`, merged[t]!));
}

/** An event's members as average linkage parts them at the join threshold, when two real groups come out. */
function splitEvent(similarity: readonly Float64Array[], members: number[]): number[][] {
  if (members.length < 4) return [members];
  const groups = averageLinkGroups(similarity, SPLIT_THRESHOLD, members.map((m) => [m]));
  const real = groups.filter((g) => g.length >= 2);
  if (real.length < 2) return [members];
  const loose = groups.filter((g) => g.length < 2).flat();
  return [[...real[0]!, ...loose], ...real.slice(1)];
}

function groupBy(placed: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, event] of placed) (out.get(event) ?? out.set(event, []).get(event)!).push(id);
  return out;
}

function labels(ids: readonly string[], groups: readonly number[][]): Map<string, string> {
  const out = new Map<string, string>();
  groups.forEach((group, g) => group.forEach((i) => out.set(ids[i]!, String(g))));
  return out;
}

async function readRaws(dir: string): Promise<RawArticle[]> {
  const raws: RawArticle[] = [];
  for await (const item of readInputs([dir])) if (!isProblem(item)) raws.push(item);
  return raws;
}

function demoGold(): Map<string, string> {
  const gold = JSON.parse(readFileSync(join(repoRoot, 'demo', 'gold.json'), 'utf8')) as { events: Array<{ id: string; articles: string[] }> };
  return new Map(gold.events.flatMap((e) => e.articles.map((a) => [a, e.id] as const)));
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

await main();
