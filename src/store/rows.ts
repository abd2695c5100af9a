// Rows as the SQL stores return them (SQLite and PostgreSQL share column names and shapes), and
// their mapping to the store's types. JSON columns hold what is read whole and never filtered on.
import type { Article, DuplicateKind } from '../article.js';
import { replayInput } from './corpusLog.js';
import type { EntitySummary, EventSummary, StoredArticle } from './Store.js';

export interface ArticleRow {
  id: string;
  hash: string;
  file: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  /** NULL in rows written before the credit was read (migration 007 / 004). */
  credit: string | null;
  title: string;
  published: string | null;
  lang: string;
  text: string;
  event: string;
  duplicate_of: string | null;
  duplicate_kind: DuplicateKind | null;
  duplicate_group: string | null;
  data: string;
  ingested_at: string;
}

/**
 * The Article fields that have no column of their own, and the fields the corpus replaced when
 * adding it (`replaced`, rare: see corpusLog.ts), kept to replay the add.
 */
export type ArticleData = Pick<Article, 'publishedSource' | 'modified' | 'removed' | 'dates' | 'mentions' | 'quotes' | 'notes'> & {
  replaced?: Partial<Article>;
};

export function articleData(article: Article, replaced?: Partial<Article>): string {
  const { publishedSource, modified, removed, dates, mentions, quotes, notes } = article;
  return JSON.stringify({ publishedSource, modified, removed, dates, mentions, quotes, notes, replaced } satisfies ArticleData);
}

export function toArticle(row: ArticleRow, parsed = JSON.parse(row.data) as ArticleData): Article {
  const { replaced: _replaced, ...data } = parsed;
  return {
    id: row.id,
    file: row.file,
    url: row.url,
    outlet: row.outlet,
    author: row.author,
    credit: row.credit ?? null,
    title: row.title,
    published: row.published,
    lang: row.lang,
    text: row.text,
    ...data,
  };
}

/** The article as the corpus was given it, to replay its add. */
export function toReplayInput(row: ArticleRow): Article {
  const data = JSON.parse(row.data) as ArticleData;
  return replayInput(toArticle(row, data), data.replaced);
}

export function toStoredArticle(row: ArticleRow): StoredArticle {
  const article = toArticle(row);
  return {
    article,
    placement: {
      article: row.id,
      duplicateOf: row.duplicate_of,
      duplicateKind: row.duplicate_kind,
      event: row.event,
      mentionEntities: article.mentions.map((m) => m.entity ?? ''),
    },
    hash: row.hash,
    ingestedAt: row.ingested_at,
  };
}

export interface EventRow {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  storyline: string;
  article_count: number;
  origins: number;
  outlets: string;
  langs: string;
}

export const EVENT_SUMMARY_COLUMNS =
  'id, title, start, "end", storyline, article_count, origins, outlets, langs';

export function toEventSummary(row: EventRow): EventSummary {
  return {
    id: row.id,
    title: row.title,
    start: row.start,
    end: row.end,
    storyline: row.storyline,
    articles: row.article_count,
    origins: row.origins,
    outlets: JSON.parse(row.outlets) as string[],
    langs: JSON.parse(row.langs) as string[],
  };
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntitySummary['type'];
  aliases: string;
  roles: string;
  article_count: number;
  event_count: number;
}

export const ENTITY_COLUMNS = 'id, name, type, aliases, roles, article_count, event_count';

export function toEntitySummary(row: EntityRow): EntitySummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: JSON.parse(row.aliases) as string[],
    roles: JSON.parse(row.roles) as string[],
    articles: row.article_count,
    events: row.event_count,
  };
}

/** The order of the events_sort index, so that a page is read from it without sorting. */
export const NEWEST_FIRST = 'sort_key DESC, start_key DESC, end_key DESC, rowid DESC';

/** Range and sort keys of an event (see the events table in 001-initial.sql). */
export function eventKeys(start: string | null, end: string | null) {
  const first = start ?? end;
  const last = end ?? start;
  return {
    startKey: first,
    endKey: last === null ? null : `${last}\uffff`,
    sortKey: last ?? '',
  };
}
