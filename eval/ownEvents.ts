// npm run eval:own-events — events, duplicates, storylines and independent origins on our own
// blind stream (eval/own-events: 48 articles, 9 events, 7 storylines), through the whole pipeline.
//
// The stream was written without reading the clustering rules and must never be tuned on: it is
// the check of what ECB+ tuning does to events it has not seen (README there). Besides the
// batch scores, it ingests the stream in two halves, as a store would (each half its own clean
// context, the corpus saved and reloaded in between), and says whether the events stay the same:
// oldest half first (two days of news), then halves in file order (late arrivals: the second
// half holds articles older than the first's).

import type { RawArticle } from '../src/article.js';
import { bcubed, pairwise } from '../src/cluster/clusterScores.js';
import { buildCleanContext } from '../src/clean/cleanArticle.js';
import { analyzeArticle, analyzeCorpus, byPublication, Corpus, type Analysis } from '../src/pipeline.js';
import { buildReport } from '../src/report/buildReport.js';
import { type OwnEventsGold, readOwnEventsGold, readOwnEventsRaws } from './own-events/ownEventsSet.js';
import type { EvalResult } from './types.js';

export async function run(): Promise<EvalResult> {
  const gold = readOwnEventsGold();
  const raws = await readOwnEventsRaws();
  const analysis = analyzeCorpus(raws);

  const goldEvent = new Map(gold.articles.map((a) => [a.id, a.event]));
  const predictedEvent = new Map(analysis.articles.filter((a) => goldEvent.has(a.id)).map((a) => [a.id, a.event]));
  const metrics: Record<string, number> = {};
  const events = bcubed(predictedEvent, goldEvent);
  metrics['events.bcubed.precision'] = events.precision;
  metrics['events.bcubed.recall'] = events.recall;
  metrics['events.bcubed.f1'] = events.f1;
  metrics['events.pairwise.f1'] = pairwise(predictedEvent, goldEvent).f1;
  metrics['events.found'] = new Set(predictedEvent.values()).size;
  metrics['events.gold'] = gold.events.length;
  metrics['articles.placed.share'] = predictedEvent.size / gold.articles.length;

  const goldOrigin = new Map(gold.articles.map((a) => [a.id, a.duplicateOf ?? a.id]));
  const predictedOrigin = duplicateOrigins(analysis, goldEvent);
  const dup = pairwise(predictedOrigin, goldOrigin);
  metrics['duplicates.pairwise.precision'] = dup.precision;
  metrics['duplicates.pairwise.recall'] = dup.recall;
  metrics['duplicates.pairwise.f1'] = dup.f1;

  const goldStoryline = new Map(gold.events.flatMap((e) => e.articles.map((a) => [a, e.storyline] as const)));
  const storylineOfEvent = new Map(analysis.storylines.flatMap((s) => s.events.map((e) => [e, s.id] as const)));
  const predictedStoryline = new Map([...predictedEvent].map(([id, event]) => [id, storylineOfEvent.get(event) ?? event]));
  metrics['storylines.bcubed.f1'] = bcubed(predictedStoryline, goldStoryline).f1;

  const origins = originChecks(analysis, gold);
  metrics['origins.exact.share'] = origins.filter((o) => o.found === o.gold).length / origins.length;

  const halves = twoHalves(chronological(raws, analysis), analysis);
  metrics['halves.sameEvents'] = halves.same ? 1 : 0;
  metrics['halves.events.agreement.f1'] = halves.agreement;
  const late = twoHalves(raws, analysis);
  metrics['halves.fileOrder.sameEvents'] = late.same ? 1 : 0;
  metrics['halves.fileOrder.events.agreement.f1'] = late.agreement;

  const table = [
    ...mistakes(predictedEvent, goldEvent, 'event', (ids) => ids.join(' ')),
    ...mistakes(predictedStoryline, goldStoryline, 'storyline', (ids) => [...new Set(ids.map((id) => goldEvent.get(id)))].join(' ')),
    ...duplicateMistakes(predictedOrigin, goldOrigin),
    ...origins.filter((o) => o.found !== o.gold).map((o) => `origins  ${o.event}: found ${o.found}, gold ${o.gold} (${o.outlets})`),
    ...halves.moved.map((m) => `halves: ${m}`),
    ...late.moved.map((m) => `halves in file order: ${m}`),
  ];
  return { metrics, table: table.length > 0 ? `mistakes (${table.length}):\n  ${table.join('\n  ')}` : 'no mistakes' };
}

/** Article -> the first article of its duplicate group, following chains of duplicateOf. */
function duplicateOrigins(analysis: Analysis, known: Map<string, string>): Map<string, string> {
  const parent = new Map(analysis.articles.map((a) => [a.id, a.duplicateOf]));
  const root = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    while (parent.get(at) && !seen.has(at)) {
      seen.add(at);
      at = parent.get(at)!;
    }
    return at;
  };
  return new Map(analysis.articles.filter((a) => known.has(a.id)).map((a) => [a.id, root(a.id)]));
}

/**
 * Independent origins as the report counts them, for the found event holding most of each gold
 * event's articles: right only when the event is whole and its reprints and outlets are known.
 */
function originChecks(analysis: Analysis, gold: OwnEventsGold) {
  const report = buildReport(analysis, 'eval');
  const eventOf = new Map(analysis.articles.map((a) => [a.id, a.event]));
  const reportEvents = new Map(report.events.map((e) => [e.id, e]));
  return gold.events.map((event) => {
    const found = reportEvents.get(mostCommon(event.articles.map((id) => eventOf.get(id) ?? '')));
    return { event: event.id, gold: event.origins, found: found?.origins ?? 0, outlets: found ? found.outlets.join(', ') || 'no outlet known' : 'not found' };
  });
}

/** Oldest first by the batch's publication dates; undated articles last, as in a batch. */
function chronological(raws: RawArticle[], batch: Analysis): RawArticle[] {
  const published = new Map(batch.articles.map((a) => [a.id, a.publishedSource === 'inferred' ? null : a.published]));
  return byPublication(raws.map((raw) => ({ id: raw.id, published: published.get(raw.id) ?? null, raw }))).map((r) => r.raw);
}

/**
 * `ordered` ingested as two batches, each analysed with its own clean context and placed, in
 * publication order, into a corpus reloaded from its saved state: what two `recoupe ingest`
 * runs do. Compared with the batch's events.
 */
function twoHalves(ordered: RawArticle[], batch: Analysis): { same: boolean; agreement: number; moved: string[] } {
  const middle = Math.ceil(ordered.length / 2);
  let corpus = Corpus.empty();
  const event = new Map<string, string>();
  for (const half of [ordered.slice(0, middle), ordered.slice(middle)]) {
    corpus = Corpus.fromJSON(JSON.parse(JSON.stringify(corpus.toJSON())));
    const context = buildCleanContext(half);
    for (const article of byPublication(half.map((raw) => analyzeArticle(raw, context)))) {
      const { placement } = corpus.add(article);
      event.set(placement.article, placement.event);
    }
  }
  const inBatch = new Map(batch.articles.map((a) => [a.id, a.event]));
  const agreement = bcubed(event, inBatch).f1;
  return { same: agreement === 1, agreement, moved: mistakes(event, inBatch, 'batch event', (ids) => ids.join(' ')) };
}

/**
 * Found groups that join gold groups (merges) and gold groups spread over found ones (splits);
 * `show` names the articles of each part (storylines by their gold events).
 */
function mistakes(predicted: Map<string, string>, gold: Map<string, string>, what: string, show: (ids: string[]) => string): string[] {
  const out: string[] = [];
  for (const [found, ids] of groups(predicted)) {
    const golds = groups(new Map(ids.map((id) => [id, gold.get(id)!])));
    if (golds.size > 1) out.push(`merge    ${what} ${found} joins ${[...golds].map(([g, m]) => `${g} [${show(m)}]`).join(' + ')}`);
  }
  for (const [g, ids] of groups(gold)) {
    const founds = groups(new Map(ids.filter((id) => predicted.has(id)).map((id) => [id, predicted.get(id)!])));
    if (founds.size > 1) out.push(`split    ${what} ${g} -> ${[...founds].map(([f, m]) => `${f} [${show(m)}]`).join(' | ')}`);
  }
  return out;
}

function duplicateMistakes(predicted: Map<string, string>, gold: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [id, origin] of predicted) {
    const goldOrigin = gold.get(id);
    if (origin !== id && origin !== goldOrigin) out.push(`dup      ${id} taken as a copy of ${origin}${goldOrigin !== id ? ` (gold: of ${goldOrigin})` : ' (gold: original)'}`);
    else if (origin === id && goldOrigin !== id && predicted.get(goldOrigin!) !== id) out.push(`dup      ${id} missed as a copy of ${goldOrigin}`);
  }
  return out;
}

function groups(map: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, key] of map) out.set(key, [...(out.get(key) ?? []), id]);
  return out;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
