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
import type { Article, DuplicateGroup, DuplicateKind, Entity, EventCluster, RawArticle, Storyline } from '../article.js';
import type { Analyzer, CorpusIndex, EventFindings, Placement } from './Analyzer.js';
import { loadCorpus, type CorpusLog } from './corpusLog.js';
import { distinctOutlets } from '../crosscheck/countOrigins.js';
import { eventOrigins } from './eventOrigins.js';
import { placeBatch, type PlacedBatch, type StoredLookups } from './placeBatch.js';
import type { IngestOptions, IngestResult } from './Store.js';

/** What planning reads from the store, inside the transaction that will write the plan. */
export interface StoredView extends CorpusLog, StoredLookups {
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
  /**
   * Origin of each article's duplicate group (null: no duplicate) where it may have changed. A
   * store keeps each copy's `duplicateOf` on its group's origin (earliest published, else the
   * longest: DuplicateIndex), which moves when an earlier or longer copy arrives.
   */
  duplicateGroups: Map<string, string | null>;
  /**
   * By group origin: how a member without a kind of its own copies it, i.e. the origin it
   * displaced (a copy that arrived later but was published earlier or is longer, and its pair).
   */
  displacedKinds: Map<string, DuplicateKind>;
  /** `upsert`: joined events; `moved`: same members, but a new title, dates or storyline. */
  events: Changes<EventRecord> & { moved: EventCluster[] };
  storylines: Changes<{ storyline: Storyline; sortKey: string }>;
  entities: Changes<EntityFacts>;
}

/**
 * Plans `raws` against a store whose reads are synchronous (SQLite), adding them to the corpus
 * `openCorpus` gives; `corpus` is null when no article was new.
 */
export function planBatch(
  raws: RawArticle[],
  view: StoredView,
  analyzer: Analyzer,
  openCorpus: () => CorpusIndex,
  options: IngestOptions = {},
): { plan: BatchPlan; corpus: CorpusIndex | null } {
  const batch = placeBatch(raws, view, analyzer, { ...options, openCorpus, reloadCorpus: () => loadCorpus(view, analyzer).corpus });
  if (!batch.corpus || batch.placed.length === 0) return { plan: emptyPlan(batch.result), corpus: batch.corpus };
  const changes = changedEvents(batch);
  return { plan: planChanges(batch, changes, view.articles(storedMembers(batch, changes))), corpus: batch.corpus };
}

export interface EventChanges {
  events: EventCluster[];
  /** Joined, new, or with other members: recomputed whole. */
  upsert: EventCluster[];
  /** Same members, but a new title, dates or storyline. */
  moved: EventCluster[];
}

/** Compares the events after the batch's adds with those before, field by field. */
export function changedEvents(batch: PlacedBatch): EventChanges {
  const events = batch.corpus!.events();
  const joined = new Set(batch.placed.map((p) => p.placement.event));
  const previous = new Map(batch.before.events.map((e) => [e.id, e]));
  const changes: EventChanges = { events, upsert: [], moved: [] };
  for (const event of events) {
    const was = previous.get(event.id);
    if (joined.has(event.id) || !was || !sameMembers(was, event)) changes.upsert.push(event);
    else if (!sameEvent(was, event)) changes.moved.push(event);
  }
  return changes;
}

/** Ids of the stored articles the recomputed events hold: what the store reads back. */
export function storedMembers(batch: PlacedBatch, changes: EventChanges): string[] {
  const fresh = new Set(batch.placed.map((p) => p.article.id));
  return changes.upsert.flatMap((e) => e.articles).filter((id) => !fresh.has(id));
}

/** The plan, given the stored members of the recomputed events (storedMembers). */
export function planChanges(batch: PlacedBatch, eventChanges: EventChanges, stored: Article[]): BatchPlan {
  const { result, placed, before } = batch;
  const corpus = batch.corpus!;
  const events = eventChanges.events;
  result.events = eventChanges.upsert.map((e) => e.id);

  const groups = corpus.duplicateGroups();
  const groupOf = duplicateOrigins(groups);
  const duplicateGroups = new Map<string, string | null>();
  const newIds = new Set(placed.map((p) => p.article.id));
  for (const group of groups) {
    if (group.members.some((m) => newIds.has(m))) for (const m of group.members) duplicateGroups.set(m, group.origin);
  }
  for (const event of eventChanges.upsert) for (const a of event.articles) if (!duplicateGroups.has(a)) duplicateGroups.set(a, groupOf.get(a) ?? null);
  const displacedKinds = new Map<string, DuplicateKind>();
  for (const { placement } of placed) {
    if (placement.duplicateKind && groupOf.get(placement.article) === placement.article) displacedKinds.set(placement.article, placement.duplicateKind);
  }

  const fresh = new Map(placed.map((p) => [p.article.id, p.article]));
  const members = new Map([...stored.map((a) => [a.id, a] as const), ...fresh]);
  const upsertEvents = eventChanges.upsert.map((cluster): EventRecord => {
    const articles = cluster.articles.map((id) => members.get(id)).filter((a) => a !== undefined);
    return {
      cluster,
      fingerprint: eventFingerprint(cluster),
      articles: articles.length,
      origins: eventOrigins(articles.map((a) => ({ id: a.id, outlet: a.outlet, duplicateGroup: groupOf.get(a.id) ?? null }))),
      outlets: distinctOutlets(articles.map((a) => a.outlet)).sort(),
      langs: distinct(articles.map((a) => a.lang)),
      entities: eventEntities(articles),
      findings: findingsOf(corpus, cluster.id, articles, result),
    };
  });

  return {
    result,
    articles: placed,
    duplicateGroups,
    displacedKinds,
    events: { upsert: upsertEvents, moved: eventChanges.moved, remove: missing(before.events, events) },
    storylines: storylineChanges(before.storylines, corpus.storylines(), events, [...eventChanges.upsert, ...eventChanges.moved]),
    entities: { upsert: touchedEntities(corpus, placed), remove: [] },
  };
}

export function emptyPlan(result: IngestResult): BatchPlan {
  return {
    result,
    articles: [],
    duplicateGroups: new Map(),
    displacedKinds: new Map(),
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
