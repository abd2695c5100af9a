// One ingest batch, decided before anything is written: which raws are new, what the corpus
// indexes make of them, and which stored events, storylines and entities that changes. The
// store then writes the plan in one transaction. Kept apart from SQLite so that every store
// implementation runs the same incremental logic.
//
// The work stays in proportion to the batch, not to the store: the events the batch's articles
// joined get fresh findings (their members are read back, nothing else is); events and
// storylines are compared with the corpus as it was before the batch, in memory, field by
// field, so a title or storyline that moved is rewritten without recomputing findings; only the
// entities the batch's mentions resolved to are rewritten. The corpus state is not part of a
// batch: the stored articles are its log (corpusLog.ts).
import type { Article, ArticleProblem, DuplicateGroup, Entity, EventCluster, RawArticle, Storyline } from '../article.js';
import type { Analyzer, CorpusIndex, EventFindings, Placement } from './Analyzer.js';
import { contentHash, freeId } from './contentHash.js';
import { loadCorpus, replacedByAdd, type CorpusLog } from './corpusLog.js';
import type { IngestOptions, IngestResult } from './Store.js';

/** What planning reads from the store, inside the transaction that will write the plan. */
export interface StoredView extends CorpusLog {
  /** Id of the stored article with this content hash, if any. */
  articleWithHash(hash: string): string | null;
  idTaken(id: string): boolean;
  articles(ids: string[]): Article[];
}

export interface NewArticle {
  article: Article;
  placement: Placement;
  givenId: string;
  hash: string;
  /** Fields the corpus replaced when adding it, as they were: what a replay starts from. */
  replaced?: Partial<Article>;
}

/** An event the batch's articles joined: everything about it is recomputed. */
export interface EventRecord {
  cluster: EventCluster;
  fingerprint: string;
  articles: number;
  origins: number;
  outlets: string[];
  langs: string[];
  /** Entities its articles mention: how often, and in how many of its articles. */
  entities: { entity: string; mentions: number; articles: number }[];
  findings: EventFindings;
}

/** What a store keeps of an entity; its article and event counts follow from the event links. */
export interface EntityFacts {
  id: string;
  name: string;
  type: Entity['type'];
  aliases: string[];
  roles: string[];
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
  /** `upsert`: joined events; `moved`: same members, but a new title, dates or storyline. */
  events: Changes<EventRecord> & { moved: EventCluster[] };
  storylines: Changes<{ storyline: Storyline; sortKey: string }>;
  entities: Changes<EntityFacts>;
}

/**
 * Plans `raws` against the store, adding them to the corpus `openCorpus` gives (in step with the
 * store's log), which is only asked for when some article is new; `corpus` is null otherwise.
 */
export function planBatch(
  raws: RawArticle[],
  view: StoredView,
  analyzer: Analyzer,
  openCorpus: () => CorpusIndex,
  options: IngestOptions = {},
): { plan: BatchPlan; corpus: CorpusIndex | null } {
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

  if (analyzed.length === 0) return { plan: emptyPlan(result), corpus: null };
  let corpus = openCorpus();
  const before = { events: corpus.events(), storylines: corpus.storylines() };
  const placed: NewArticle[] = [];
  const inputOf = new Map(analyzed.map((a) => [a.article.id, a]));
  for (const input of analyzer.byPublication(analyzed.map((a) => a.article))) {
    const { raw, hash } = inputOf.get(input.id)!;
    try {
      const added = corpus.add(input);
      placed.push({ ...added, givenId: raw.id, hash, replaced: replacedByAdd(input, added.article) });
    } catch (error) {
      result.failed.push(problem(raw, error));
      // The index may hold half of the failed article: rebuild it from the store and the
      // articles placed before it, which are known to go in.
      corpus = loadCorpus(view, analyzer).corpus;
      for (const earlier of placed) corpus.add(inputOf.get(earlier.article.id)!.article);
    }
  }
  result.added = placed.map((p) => p.article.id);
  result.degraded = placed.flatMap(({ article }) =>
    article.notes.filter((n) => n.rule === 'stage-failed').map((n) => ({ file: article.file, message: n.message })),
  );

  const plan = placed.length > 0 ? planChanges(corpus, before, placed, view, result) : emptyPlan(result);
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

function planChanges(
  corpus: CorpusIndex,
  before: { events: EventCluster[]; storylines: Storyline[] },
  placed: NewArticle[],
  view: StoredView,
  result: IngestResult,
): BatchPlan {
  const events = corpus.events();
  const joined = new Set(placed.map((p) => p.placement.event));
  const previous = new Map(before.events.map((e) => [e.id, e]));
  const eventChanges = { upsert: [] as EventCluster[], moved: [] as EventCluster[] };
  for (const event of events) {
    const was = previous.get(event.id);
    if (joined.has(event.id) || !was || !sameMembers(was, event)) eventChanges.upsert.push(event);
    else if (!sameEvent(was, event)) eventChanges.moved.push(event);
  }
  result.events = eventChanges.upsert.map((e) => e.id);

  const groups = corpus.duplicateGroups();
  const groupOf = duplicateOrigins(groups);
  const duplicateGroups = new Map<string, string | null>();
  const newIds = new Set(placed.map((p) => p.article.id));
  for (const group of groups) {
    if (group.members.some((m) => newIds.has(m))) for (const m of group.members) duplicateGroups.set(m, group.origin);
  }
  for (const event of eventChanges.upsert) for (const a of event.articles) if (!duplicateGroups.has(a)) duplicateGroups.set(a, groupOf.get(a) ?? null);

  const fresh = new Map(placed.map((p) => [p.article.id, p.article]));
  const storedIds = eventChanges.upsert.flatMap((e) => e.articles).filter((id) => !fresh.has(id));
  const members = new Map([...view.articles(storedIds).map((a) => [a.id, a] as const), ...fresh]);
  const upsertEvents = eventChanges.upsert.map((cluster): EventRecord => {
    const articles = cluster.articles.map((id) => members.get(id)).filter((a) => a !== undefined);
    return {
      cluster,
      fingerprint: eventFingerprint(cluster),
      articles: articles.length,
      origins: new Set(articles.map((a) => groupOf.get(a.id) ?? a.id)).size,
      outlets: distinct(articles.map((a) => a.outlet)),
      langs: distinct(articles.map((a) => a.lang)),
      entities: eventEntities(articles),
      findings: findingsOf(corpus, cluster.id, articles, result),
    };
  });

  return {
    result,
    articles: placed,
    duplicateGroups,
    events: { upsert: upsertEvents, moved: eventChanges.moved, remove: missing(before.events, events) },
    storylines: storylineChanges(before.storylines, corpus.storylines(), events, [...eventChanges.upsert, ...eventChanges.moved]),
    entities: { upsert: touchedEntities(corpus, placed), remove: [] },
  };
}

function emptyPlan(result: IngestResult): BatchPlan {
  return {
    result,
    articles: [],
    duplicateGroups: new Map(),
    events: { upsert: [], moved: [], remove: [] },
    storylines: { upsert: [], remove: [] },
    entities: { upsert: [], remove: [] },
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

function sameMembers(a: EventCluster, b: EventCluster): boolean {
  return a.articles.length === b.articles.length && a.articles.every((id, i) => b.articles[i] === id);
}

/** Field by field: cheap enough to run over every event of a large store at each batch. */
function sameEvent(a: EventCluster | undefined, b: EventCluster): boolean {
  return a !== undefined && a.title === b.title && a.start === b.start && a.end === b.end && a.storyline === b.storyline && sameMembers(a, b);
}

/** Mention counts from the members' own resolved mentions, so the corpus need not keep every mention. */
function eventEntities(articles: Article[]): EventRecord['entities'] {
  const counts = new Map<string, { entity: string; mentions: number; articles: number }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const { entity } of article.mentions) {
      if (!entity) continue;
      let count = counts.get(entity);
      if (!count) counts.set(entity, (count = { entity, mentions: 0, articles: 0 }));
      count.mentions++;
      if (!seen.has(entity)) {
        seen.add(entity);
        count.articles++;
      }
    }
  }
  return [...counts.values()];
}

/** Only the entities the batch's mentions resolved to: an entity changes only when it is mentioned. */
function touchedEntities(corpus: CorpusIndex, placed: NewArticle[]): EntityFacts[] {
  const ids = new Set(placed.flatMap((p) => p.placement.mentionEntities).filter((id) => id !== ''));
  const lookup = corpus.entity ? (id: string) => corpus.entity!(id) : entityMap(corpus);
  return [...ids].flatMap((id) => {
    const entity = lookup(id);
    return entity ? [{ id, name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles }] : [];
  });
}

function entityMap(corpus: CorpusIndex): (id: string) => Entity | undefined {
  const byId = new Map(corpus.entities().map((e) => [e.id, e]));
  return (id) => byId.get(id);
}

/** New or changed storylines, and those whose events moved (their sort key may have). */
function storylineChanges(before: Storyline[], now: Storyline[], events: EventCluster[], changed: EventCluster[]): BatchPlan['storylines'] {
  const previous = new Map(before.map((s) => [s.id, s]));
  const endOf = new Map(events.map((e) => [e.id, e.end ?? '']));
  const touched = new Set(changed.map((e) => e.storyline));
  const sortKey = (s: Storyline) => s.events.reduce((latest, id) => {
    const end = endOf.get(id) ?? '';
    return end > latest ? end : latest;
  }, '');
  const same = (a: Storyline | undefined, b: Storyline) =>
    a !== undefined && a.title === b.title && a.events.length === b.events.length && a.events.every((e, i) => b.events[i] === e);
  return {
    upsert: now.filter((s) => touched.has(s.id) || !same(previous.get(s.id), s)).map((storyline) => ({ storyline, sortKey: sortKey(storyline) })),
    remove: missing(before, now),
  };
}

function duplicateOrigins(groups: DuplicateGroup[]): Map<string, string> {
  return new Map(groups.flatMap((g) => g.members.map((m) => [m, g.origin] as const)));
}

function missing(before: { id: string }[], now: { id: string }[]): string[] {
  const present = new Set(now.map((item) => item.id));
  return before.filter((item) => !present.has(item.id)).map((item) => item.id);
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
}

function problem(raw: RawArticle, error: unknown): ArticleProblem {
  return { file: raw.file, message: `${raw.id}: ${(error as Error)?.message ?? String(error)}` };
}
