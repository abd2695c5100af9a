// The whole of recoupe as one list.
//
//   article stages (pure, per article):  clean -> language -> dates -> entities -> quotes
//   corpus stages (indexes, in publication order):  duplicates -> events -> entities
//   per event:  quote attribution and grouping -> cross-check (claims, conflicts, summary)
//
// A batch run starts from an empty Corpus; a store reloads one (Corpus.fromJSON) and adds the new
// articles, so both paths run the same code and give the same result for the same order of adds.
import type {
  Article,
  ArticleProblem,
  Claim,
  Conflict,
  DateRef,
  DuplicateGroup,
  DuplicateKind,
  Entity,
  EventCluster,
  Quote,
  RawArticle,
  Storyline,
  SummarySentence,
} from './article.js';
import { buildCleanContext, cleanArticle, type CleanContext, VERSION as CLEAN } from './clean/cleanArticle.js';
import { identifyLanguage, VERSION as LANGUAGE } from './language/identifyLanguage.js';
import { extractDates, VERSION as DATES } from './extract/dates/extractDates.js';
import { extractEntities, VERSION as ENTITIES } from './extract/entities/extractEntities.js';
import { extractQuotes, VERSION as QUOTES } from './extract/quotes/extractQuotes.js';
import { DuplicateIndex, VERSION as DEDUP } from './dedup/DuplicateIndex.js';
import { EventIndex, VERSION as EVENTS } from './cluster/EventIndex.js';
import { EntityIndex } from './extract/entities/EntityIndex.js';
import { attributeQuotes, groupQuotes } from './extract/quotes/attributeQuotes.js';
import { crossCheckEvent, VERSION as CROSSCHECK } from './crosscheck/crossCheckEvent.js';
import { runStage } from './runStage.js';

export type { CleanContext };

/** Stored with every result, so a store knows which code made it. */
export const VERSIONS = {
  clean: CLEAN,
  language: LANGUAGE,
  dates: DATES,
  entities: ENTITIES,
  quotes: QUOTES,
  dedup: DEDUP,
  events: EVENTS,
  crosscheck: CROSSCHECK,
} as const;

type ArticleStage = (article: Article) => Article;

/** After cleaning, each stage fills one field of the article (the bench times them one by one). */
export const ARTICLE_STAGES: ReadonlyArray<readonly [string, ArticleStage]> = [
  ['language', identifyLanguage],
  ['dates', (a) => ({ ...a, dates: extractDates(a) })],
  ['entities', (a) => ({ ...a, mentions: extractEntities(a) })],
  ['quotes', (a) => ({ ...a, quotes: extractQuotes(a) })],
];

/** The article stages. Never throws: a stage that fails leaves a note and the article as it was. */
export function analyzeArticle(raw: RawArticle, context?: CleanContext): Article {
  let article = runStage('clean', emptyArticle(raw), () => cleanArticle(raw, context));
  for (const [name, stage] of ARTICLE_STAGES) article = runStage(name, article, () => stage(article));
  return article;
}

export interface Placement {
  article: string;
  duplicateOf: string | null;
  duplicateKind: DuplicateKind | null;
  event: string;
  /** Entity id of each `article.mentions[i]` (also set on the mentions themselves). */
  mentionEntities: string[];
}

export interface EventFindings {
  quotes: Quote[];
  dates: DateRef[];
  claims: Claim[];
  conflicts: Conflict[];
  summary: SummarySentence[];
}

interface CorpusState {
  version: 1;
  dedup: unknown;
  events: unknown;
  entities: unknown;
}

/** The corpus stages' indexes: duplicates, events and storylines, entities. */
export class Corpus {
  /** Events by id, built on demand and dropped by the next add. */
  private eventsById: Map<string, EventCluster> | null = null;

  private constructor(
    private readonly dedup: DuplicateIndex,
    private readonly eventIndex: EventIndex,
    private readonly entityIndex: EntityIndex,
  ) {}

  static empty(): Corpus {
    return new Corpus(new DuplicateIndex(), new EventIndex(), new EntityIndex());
  }

  static fromJSON(state: unknown): Corpus {
    const s = state as CorpusState;
    if (!s || s.version !== 1) throw new Error('unknown corpus state version');
    return new Corpus(
      DuplicateIndex.fromJSON(s.dedup as Parameters<typeof DuplicateIndex.fromJSON>[0]),
      EventIndex.fromJSON(s.events as Parameters<typeof EventIndex.fromJSON>[0]),
      EntityIndex.fromJSON(s.entities as Parameters<typeof EntityIndex.fromJSON>[0]),
    );
  }

  toJSON(): CorpusState {
    return { version: 1, dedup: this.dedup.toJSON(), events: this.eventIndex.toJSON(), entities: this.entityIndex.toJSON() };
  }

  /**
   * Places one article: its duplicate group, its event, its entities. An article with no stated
   * date takes its event's and says so (publishedSource "inferred"); its relative dates are
   * then resolved against that date.
   */
  add(input: Article): { article: Article; placement: Placement } {
    this.eventsById = null;
    const verdict = this.dedup.add(input);
    const event = this.eventIndex.add(input, verdict);
    let article = input.published ? input : this.inferPublication(input, event);
    const mentionEntities = this.entityIndex.add(article, event);
    article = { ...article, mentions: article.mentions.map((m, i) => ({ ...m, entity: mentionEntities[i] })) };
    return {
      article,
      placement: { article: article.id, duplicateOf: verdict.duplicateOf, duplicateKind: verdict.kind, event, mentionEntities },
    };
  }

  events(): EventCluster[] {
    return this.eventIndex.events();
  }

  storylines(): Storyline[] {
    return this.eventIndex.storylines();
  }

  entities(): Entity[] {
    return this.entityIndex.entities();
  }

  entity(id: string): Entity | undefined {
    return this.entityIndex.get(id);
  }

  duplicateGroups(): DuplicateGroup[] {
    return this.dedup.groups();
  }

  /** What is computed per event from all its members: recomputed for each event an ingest touches. */
  findings(eventId: string, members: Article[]): EventFindings {
    this.eventsById ??= new Map(this.events().map((e) => [e.id, e]));
    const event = this.eventsById.get(eventId);
    const duplicateOf = new Map(
      members.map((a) => {
        const origin = this.dedup.originOf(a.id);
        return [a.id, origin && origin !== a.id ? origin : null] as const;
      }),
    );
    const quotes = groupQuotes(
      members.flatMap((article) =>
        runStage('quotes', [], () =>
          attributeQuotes(article, article.mentions.map((m) => m.entity ?? ''), this.entityIndex, eventId),
        ),
      ),
    );
    const dates = members.flatMap((a) => a.dates.map((d) => ({ article: a.id, text: d.text, value: d.value, start: d.start, end: d.end })));
    const checked = event
      ? runStage('crosscheck', { claims: [], conflicts: [], summary: [] }, () => crossCheckEvent({ event, articles: members, duplicateOf }))
      : { claims: [], conflicts: [], summary: [] };
    return { quotes, dates, ...checked };
  }

  private inferPublication(article: Article, eventId: string): Article {
    const date = this.eventIndex.span(eventId)?.start;
    if (!date) return article;
    const dated: Article = {
      ...article,
      published: date,
      publishedSource: 'inferred',
      notes: [...article.notes, { stage: 'pipeline', rule: 'published-inferred', message: `no publication date stated; took ${date} from event ${eventId}` }],
    };
    return runStage('dates', dated, () => ({ ...dated, dates: extractDates(dated) }));
  }
}

export interface AnalyzedArticle extends Article {
  duplicateOf: string | null;
  duplicateKind: DuplicateKind | null;
  event: string;
}

export interface AnalyzedEvent extends EventCluster {
  summary: SummarySentence[];
}

export interface Analysis {
  articles: AnalyzedArticle[];
  events: AnalyzedEvent[];
  storylines: Storyline[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateRef[];
  claims: Claim[];
  conflicts: Conflict[];
  duplicates: DuplicateGroup[];
  problems: ArticleProblem[];
  versions: typeof VERSIONS;
}

export interface AnalyzeOptions {
  onProgress?(done: number, total: number): void;
  /** Problems met while reading inputs, carried into the analysis. */
  problems?: ArticleProblem[];
}

/** The batch path: every article stage, then the corpus stages in publication order. */
export function analyzeCorpus(raws: RawArticle[], options: AnalyzeOptions = {}): Analysis {
  const context = buildCleanContext(raws);
  const analyzed: Article[] = [];
  raws.forEach((raw, index) => {
    analyzed.push(analyzeArticle(raw, context));
    options.onProgress?.(index + 1, raws.length);
  });

  const corpus = Corpus.empty();
  const placed = byPublication(analyzed).map((article) => corpus.add(article));

  const copyOf = finalOrigins(corpus.duplicateGroups());
  const kindOf = new Map(placed.map(({ placement }) => [placement.article, placement.duplicateKind]));
  const articles: AnalyzedArticle[] = placed.map(({ article, placement }) => {
    const origin = copyOf.get(article.id) ?? null;
    return {
      ...article,
      duplicateOf: origin,
      duplicateKind: origin === null ? null : (placement.duplicateKind ?? kindOf.get(origin) ?? 'near'),
      event: placement.event,
    };
  });
  const membersOf = groupBy(articles, (a) => a.event);
  const events: AnalyzedEvent[] = [];
  const all: EventFindings = { quotes: [], dates: [], claims: [], conflicts: [], summary: [] };
  for (const event of corpus.events()) {
    const findings = corpus.findings(event.id, membersOf.get(event.id) ?? []);
    events.push({ ...event, summary: findings.summary });
    all.quotes.push(...findings.quotes);
    all.dates.push(...findings.dates);
    all.claims.push(...findings.claims);
    all.conflicts.push(...findings.conflicts);
  }
  return {
    articles,
    events,
    storylines: corpus.storylines(),
    entities: withMentions(corpus.entities(), articles),
    quotes: all.quotes,
    dates: all.dates,
    claims: all.claims,
    conflicts: all.conflicts,
    duplicates: corpus.duplicateGroups(),
    problems: options.problems ?? [],
    versions: VERSIONS,
  };
}

/**
 * Each copy's origin once every article is in: a copy placed early may have named an origin
 * that a later, earlier-published or longer copy displaced (DuplicateIndex's rule). An origin
 * displaced this way copies the article that displaced it, with that article's kind.
 */
function finalOrigins(groups: DuplicateGroup[]): Map<string, string> {
  const copyOf = new Map<string, string>();
  for (const group of groups) for (const member of group.members) if (member !== group.origin) copyOf.set(member, group.origin);
  return copyOf;
}

/** Dated articles first, oldest first; undated ones last, so they find their event to date them. */
export function byPublication<T extends { published: string | null; id: string }>(articles: T[]): T[] {
  const instant = new Map(articles.map((a) => [a, publicationInstant(a.published)]));
  return [...articles].sort((a, b) => {
    const ta = instant.get(a)!;
    const tb = instant.get(b)!;
    if (ta === tb) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    if (ta === null) return 1;
    if (tb === null) return -1;
    return ta < tb ? -1 : 1;
  });
}

/**
 * The moment a publication date names, so "2025-03-22T16:05:00+01:00" sorts before
 * "2025-03-22T15:30:00Z" (string order would put it after). A string no date parser reads keeps
 * no place in time and sorts last, like an undated article.
 */
function publicationInstant(published: string | null): number | null {
  if (published === null) return null;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Each entity's mentions and articles, read from the articles' own mentions (each carries its
 * entity id): the index need not keep, nor save, every mention of every entity.
 */
function withMentions(entities: Entity[], articles: Article[]): Entity[] {
  const mentions = new Map<string, Entity['mentions']>();
  for (const article of articles) {
    for (const m of article.mentions) {
      if (!m.entity) continue;
      const list = mentions.get(m.entity) ?? [];
      list.push({ article: article.id, start: m.start, end: m.end, text: m.text });
      mentions.set(m.entity, list);
    }
  }
  return entities.map((entity) => {
    const found = mentions.get(entity.id) ?? [];
    return { ...entity, mentions: found, articles: [...new Set(found.map((m) => m.article))] };
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What an article is when even cleaning failed: its raw text, unanalysed, with a note. */
function emptyArticle(raw: RawArticle): Article {
  return {
    id: raw.id,
    file: raw.file,
    url: raw.url ?? null,
    outlet: raw.outlet ?? null,
    author: raw.author ?? null,
    title: raw.title ?? '',
    published: null,
    publishedSource: null,
    lang: raw.lang ?? '',
    text: raw.text ?? '',
    removed: [],
    dates: [],
    mentions: [],
    quotes: [],
    notes: [...raw.notes],
  };
}
