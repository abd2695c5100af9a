// One ingest batch, decided before anything is written: which raws are new, what the corpus
// indexes make of them, and which stored events, storylines and entities that changes. The
// store then writes the plan in one transaction. Kept apart from SQLite so that every store
// implementation runs the same incremental logic.
//
// Only what changed is recomputed: the batch's events (and any event whose membership, title,
// dates or storyline moved, e.g. two merged by a bridging article) get fresh findings; the
// others are left as stored.
import type { Article, ArticleProblem, DuplicateGroup, Entity, EventCluster, RawArticle, Storyline } from '../article.js';
import type { Analyzer, CorpusIndex, EventFindings, Placement } from './Analyzer.js';
import { contentHash, freeId } from './contentHash.js';
import type { EntitySummary, IngestOptions, IngestResult } from './Store.js';

/** What planning reads from the store, inside the transaction that will write the plan. */
export interface StoredView {
  /** Id of the stored article with this content hash, if any. */
  articleWithHash(hash: string): string | null;
  idTaken(id: string): boolean;
  articles(ids: string[]): Article[];
  corpusState(): unknown | null;
  fingerprints(): { events: Map<string, string>; storylines: Map<string, string>; entities: Map<string, string> };
}

export interface NewArticle {
  article: Article;
  placement: Placement;
  givenId: string;
  hash: string;
}

export interface EventRecord {
  cluster: EventCluster;
  fingerprint: string;
  articles: number;
  origins: number;
  outlets: string[];
  langs: string[];
  entities: { entity: string; mentions: number }[];
  findings: EventFindings;
}

export interface Changes<T> {
  upsert: T[];
  remove: string[];
}

export interface BatchPlan {
  result: IngestResult;
  articles: NewArticle[];
  /** Origin of each article's duplicate group (null: no duplicate) where it may have changed. */
  duplicateGroups: Map<string, string | null>;
  events: Changes<EventRecord>;
  storylines: Changes<{ storyline: Storyline; fingerprint: string; sortKey: string }>;
  entities: Changes<{ entity: EntitySummary; fingerprint: string }>;
  corpusState: unknown;
}

export function planBatch(
  raws: RawArticle[],
  view: StoredView,
  analyzer: Analyzer,
  cached: CorpusIndex | null,
  options: IngestOptions = {},
): { plan: BatchPlan; corpus: CorpusIndex } {
  const result: IngestResult = { added: [], skipped: [], failed: [], degraded: [], renamed: [], events: [] };
  const fresh = selectNew(raws, view, result);
  const context = analyzer.cleanContext?.(fresh.map((f) => f.raw));
  const analyzed: { article: Article; raw: RawArticle; hash: string }[] = [];
  fresh.forEach(({ raw, id, hash }, index) => {
    try {
      analyzed.push({ article: { ...analyzer.analyzeArticle(raw, context), id }, raw, hash });
    } catch (error) {
      result.failed.push(problem(raw, error));
    }
    options.onProgress?.(index + 1, fresh.length);
  });

  const stored = view.corpusState();
  const load = () => (stored === null ? analyzer.emptyCorpus() : analyzer.loadCorpus(stored));
  let corpus = cached ?? load();
  const placed: NewArticle[] = [];
  const hashOf = new Map(analyzed.map((a) => [a.article.id, a]));
  for (const article of analyzer.byPublication(analyzed.map((a) => a.article))) {
    const { raw, hash } = hashOf.get(article.id)!;
    try {
      const added = corpus.add(article);
      placed.push({ ...added, givenId: raw.id, hash });
    } catch (error) {
      result.failed.push(problem(raw, error));
      // The index may hold half of the failed article: rebuild it from the stored state and
      // the articles placed before it, which are known to go in.
      corpus = load();
      for (const before of placed) corpus.add(hashOf.get(before.article.id)!.article);
    }
  }
  result.added = placed.map((p) => p.article.id);
  result.degraded = placed.flatMap(({ article }) =>
    article.notes.filter((n) => n.rule === 'stage-failed').map((n) => ({ file: article.file, message: n.message })),
  );

  const plan = planChanges(corpus, placed, view, result);
  return { plan, corpus };
}

function selectNew(raws: RawArticle[], view: StoredView, result: IngestResult) {
  const batchHashes = new Map<string, string>();
  const batchIds = new Set<string>();
  const fresh: { raw: RawArticle; id: string; hash: string }[] = [];
  for (const raw of raws) {
    const hash = contentHash(raw);
    const storedAs = batchHashes.get(hash) ?? view.articleWithHash(hash);
    if (storedAs !== null) {
      result.skipped.push({ id: raw.id, file: raw.file, storedAs });
      continue;
    }
    const id = freeId(raw.id, (candidate) => batchIds.has(candidate) || view.idTaken(candidate));
    if (id !== raw.id) result.renamed.push({ from: raw.id, to: id });
    batchHashes.set(hash, id);
    batchIds.add(id);
    fresh.push({ raw, id, hash });
  }
  return fresh;
}

function planChanges(corpus: CorpusIndex, placed: NewArticle[], view: StoredView, result: IngestResult): BatchPlan {
  const before = view.fingerprints();
  const events = corpus.events();
  const entities = corpus.entities();
  const eventOf = new Map(events.flatMap((e) => e.articles.map((a) => [a, e.id] as const)));

  const changedEvents = events.filter((e) => before.events.get(e.id) !== eventFingerprint(e));
  const changedIds = new Set(changedEvents.map((e) => e.id));
  result.events = changedEvents.map((e) => e.id);

  const groupOf = duplicateOrigins(corpus.duplicateGroups());
  const duplicateGroups = new Map<string, string | null>();
  const newIds = new Set(placed.map((p) => p.article.id));
  for (const group of corpus.duplicateGroups()) {
    if (group.members.some((m) => newIds.has(m))) for (const m of group.members) duplicateGroups.set(m, group.origin);
  }
  for (const event of changedEvents) for (const a of event.articles) duplicateGroups.set(a, groupOf.get(a) ?? null);

  const fresh = new Map(placed.map((p) => [p.article.id, p.article]));
  const storedIds = changedEvents.flatMap((e) => e.articles).filter((id) => !fresh.has(id));
  const members = new Map([...view.articles(storedIds).map((a) => [a.id, a] as const), ...fresh]);
  const mentionsPerEvent = countEventMentions(entities, eventOf, changedIds);

  const upsertEvents = changedEvents.map((cluster): EventRecord => {
    const articles = cluster.articles.map((id) => members.get(id)).filter((a) => a !== undefined);
    return {
      cluster,
      fingerprint: eventFingerprint(cluster),
      articles: articles.length,
      origins: new Set(articles.map((a) => groupOf.get(a.id) ?? a.id)).size,
      outlets: distinct(articles.map((a) => a.outlet)),
      langs: distinct(articles.map((a) => a.lang)),
      entities: [...(mentionsPerEvent.get(cluster.id) ?? new Map())].map(([entity, mentions]) => ({ entity, mentions })),
      findings: findingsOf(corpus, cluster.id, articles, result),
    };
  });

  const eventById = new Map(events.map((e) => [e.id, e]));
  const storylines = corpus.storylines().map((storyline) => {
    const dates = storyline.events.flatMap((id) => eventById.get(id)?.end ?? []);
    return { storyline, fingerprint: JSON.stringify(storyline), sortKey: dates.sort().at(-1) ?? '' };
  });
  const entitySummaries = entities.map((entity) => {
    const summary = summarizeEntity(entity, eventOf);
    return { entity: summary, fingerprint: JSON.stringify(summary) };
  });

  return {
    result,
    articles: placed,
    duplicateGroups,
    events: { upsert: upsertEvents, remove: removed(before.events, events) },
    storylines: changes(before.storylines, storylines, (s) => s.storyline.id),
    entities: changes(before.entities, entitySummaries, (e) => e.entity.id),
    corpusState: corpus.toJSON(),
  };
}

const NO_FINDINGS: EventFindings = { quotes: [], dates: [], claims: [], conflicts: [], summary: [] };

/** A bug in one event's cross-check must not keep its articles out of the store. */
function findingsOf(corpus: CorpusIndex, event: string, members: Article[], result: IngestResult): EventFindings {
  try {
    return corpus.findings(event, members);
  } catch (error) {
    result.degraded.push({ file: event, message: `findings of event ${event} failed: ${(error as Error)?.message ?? String(error)}` });
    return NO_FINDINGS;
  }
}

export function eventFingerprint(event: EventCluster): string {
  return JSON.stringify([event.title, event.start, event.end, event.storyline, event.articles]);
}

function summarizeEntity(entity: Entity, eventOf: Map<string, string>): EntitySummary {
  const events = new Set(entity.articles.map((a) => eventOf.get(a)).filter((e) => e !== undefined));
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    roles: entity.roles,
    articles: entity.articles.length,
    events: events.size,
  };
}

function countEventMentions(entities: Entity[], eventOf: Map<string, string>, events: Set<string>) {
  const counts = new Map<string, Map<string, number>>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const event = eventOf.get(mention.article);
      if (event === undefined || !events.has(event)) continue;
      const perEntity = counts.get(event) ?? new Map<string, number>();
      perEntity.set(entity.id, (perEntity.get(entity.id) ?? 0) + 1);
      counts.set(event, perEntity);
    }
  }
  return counts;
}

function duplicateOrigins(groups: DuplicateGroup[]): Map<string, string> {
  return new Map(groups.flatMap((g) => g.members.map((m) => [m, g.origin] as const)));
}

function changes<T extends { fingerprint: string }>(before: Map<string, string>, now: T[], id: (item: T) => string): Changes<T> {
  return {
    upsert: now.filter((item) => before.get(id(item)) !== item.fingerprint),
    remove: removed(before, now.map((item) => ({ id: id(item) }))),
  };
}

function removed(before: Map<string, string>, now: { id: string }[]): string[] {
  const present = new Set(now.map((item) => item.id));
  return [...before.keys()].filter((id) => !present.has(id));
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
}

function problem(raw: RawArticle, error: unknown): ArticleProblem {
  return { file: raw.file, message: `${raw.id}: ${(error as Error)?.message ?? String(error)}` };
}
