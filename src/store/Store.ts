// The store behind `recoupe ingest` and every reader of its results (CLI, HTTP API, UI).
// Methods are async so that a PostgreSQL implementation can follow behind the same contract
// suite (storeContract.ts); the SQLite one answers synchronously underneath.
import type {
  Article,
  ArticleProblem,
  Claim,
  Conflict,
  DateRef,
  DuplicateGroup,
  EntityType,
  EventCluster,
  Quote,
  RawArticle,
  Span,
  Storyline,
  SummarySentence,
} from '../article.js';
import type { Placement } from '../pipeline.js';

export interface IngestOptions {
  onProgress?(done: number, total: number): void;
}

export interface IngestResult {
  /** Ids of the articles stored by this call (suffixed when their given id was taken). */
  added: string[];
  /** Articles whose content was already stored: nothing was written for them. */
  skipped: { id: string; file: string; storedAs: string }[];
  /** Articles whose analysis failed: reported, left out; everything else landed. */
  failed: ArticleProblem[];
  /** Articles stored, but a stage failed on them (they carry a `stage-failed` note). */
  degraded: ArticleProblem[];
  /** Given ids already used by different content, and the id each was stored under. */
  renamed: { from: string; to: string }[];
  /** Events created or changed by this call. */
  events: string[];
}

/** Where an article sits in the corpus, as decided when it was added. */
export type { Placement };

export interface StoredArticle {
  article: Article;
  placement: Placement;
  /** Content hash of the raw article: the same content is never stored twice. */
  hash: string;
  ingestedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
}

export interface EventQuery extends PageQuery {
  /** Events that end on or after this ISO date (inclusive, any precision). */
  from?: string;
  /** Events that start on or before this ISO date (inclusive, any precision). */
  to?: string;
  /** Events mentioning this entity id. */
  entity?: string;
  /** Events mentioning a place whose name or alias matches this text. */
  place?: string;
  /** Events with at least one article in this language. */
  lang?: string;
  /** Events whose articles, together, hold every word of this full-text query. */
  text?: string;
}

export interface EventSummary {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  storyline: string;
  /** Articles, duplicates included. */
  articles: number;
  /** Independent origins: reprints of one dispatch and editions of one outlet count once (crosscheck's countOrigins). */
  origins: number;
  outlets: string[];
  langs: string[];
}

export interface EventEntity {
  id: string;
  name: string;
  type: EntityType;
  roles: string[];
  /** Mentions of this entity in the event's articles. */
  mentions: number;
}

export interface EventDetail {
  event: EventCluster;
  storyline: Storyline | null;
  /** Every member, earliest first. */
  articles: StoredArticle[];
  duplicateGroups: DuplicateGroup[];
  /** Independent origins, as in the event list (EventSummary.origins). */
  origins: number;
  entities: EventEntity[];
  quotes: Quote[];
  dates: DateRef[];
  claims: Claim[];
  conflicts: Conflict[];
  summary: SummarySentence[];
  /** Stage versions of the run that last computed this event's findings. */
  versions: Record<string, string>;
}

export interface StorylineDetail {
  storyline: Storyline;
  /** Its events in chronological order: the storyline's timeline. */
  events: EventSummary[];
}

export interface EntityQuery extends PageQuery {
  /** Name or alias, accent- and case-insensitive, word prefixes allowed. */
  name?: string;
  type?: EntityType;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articles: number;
  events: number;
}

export interface EntityDetail {
  entity: EntitySummary;
  events: EventSummary[];
  /** Quotes this entity is the speaker of. */
  quotes: Quote[];
}

/** Text with the spans that matched the query, for highlighting. */
export interface Snippet {
  text: string;
  marks: Span[];
}

export interface ArticleHit {
  article: string;
  title: string;
  outlet: string | null;
  published: string | null;
  event: string | null;
  snippet: Snippet;
}

export interface SearchResult {
  articles: Page<ArticleHit>;
  /** Entities whose name or an alias matches, most mentioned first. */
  entities: EntitySummary[];
}

export interface StoreStats {
  articles: number;
  duplicates: number;
  events: number;
  storylines: number;
  entities: number;
  quotes: number;
  claims: number;
  conflicts: number;
  schemaVersion: number;
  /** Stage versions of the latest ingest. */
  versions: Record<string, string>;
}

export interface Store {
  ingest(raws: RawArticle[], options?: IngestOptions): Promise<IngestResult>;
  events(query?: EventQuery): Promise<Page<EventSummary>>;
  event(id: string): Promise<EventDetail | null>;
  storylines(query?: PageQuery): Promise<Page<Storyline>>;
  storyline(id: string): Promise<StorylineDetail | null>;
  entities(query?: EntityQuery): Promise<Page<EntitySummary>>;
  entity(id: string): Promise<EntityDetail | null>;
  article(id: string): Promise<StoredArticle | null>;
  search(query: string, page?: PageQuery): Promise<SearchResult>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function pageBounds(query: PageQuery = {}): { limit: number; offset: number } {
  const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  return { limit, offset };
}
