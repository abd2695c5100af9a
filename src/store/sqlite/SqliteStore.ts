// The embedded store: one SQLite file in WAL mode (readers never wait for an ingest), brought
// to the latest schema on open. Each ingest batch is planned and written in one IMMEDIATE
// transaction, so a crash or a failing batch leaves the store exactly as it was. A writer keeps
// its corpus indexes in memory between batches; they are rebuilt from the latest checkpoint
// and the articles stored after it (corpusLog.ts), and checkpointed now and then
// (checkpointPolicy.ts) and when the store closes.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { RawArticle } from '../../article.js';
import { loadPipelineAnalyzer, type Analyzer } from '../Analyzer.js';
import { checkpointDue, type CheckpointMoment, type CheckpointPolicy } from '../checkpointPolicy.js';
import { catchUp, loadCorpus, type PositionedCorpus } from '../corpusLog.js';
import { failedBatch, mergeResults } from '../ingestResults.js';
import { planBatch } from '../planBatch.js';
import type {
  EntityDetail,
  EntityQuery,
  EntitySummary,
  EventDetail,
  EventQuery,
  EventSummary,
  IngestOptions,
  IngestResult,
  Page,
  PageQuery,
  SearchResult,
  Store,
  StoredArticle,
  StoreStats,
  StorylineDetail,
} from '../Store.js';
import type { Storyline } from '../../article.js';
import { migrate, schemaVersion } from './migrate.js';
import { queryEntities, queryStorylines, readEntity, readStorylineDetail } from './queryEntities.js';
import { queryEvents } from './queryEvents.js';
import { readEvent } from './readEvent.js';
import { toStoredArticle, type ArticleRow } from '../rows.js';
import { searchArticles } from './searchArticles.js';
import { checkpointPosition, writeCheckpoint } from './checkpoint.js';
import { logEnd, sqliteStoredView } from './storedView.js';
import { writePlan } from './writePlan.js';

export const DEFAULT_DB = 'recoupe.db';

export interface SqliteStoreOptions {
  /** The pipeline by default, loaded on the first ingest only. */
  analyzer?: Analyzer;
  /** When to save the corpus indexes (tests force or forbid it). */
  checkpoint?: CheckpointPolicy;
}

export class SqliteStore implements Store {
  /** The corpus indexes as of a log position, kept between batches: a batch costs its own adds. */
  private cached: PositionedCorpus | null = null;

  private constructor(
    private readonly db: Database.Database,
    private analyzer: Analyzer | undefined,
    private readonly checkpointPolicy: CheckpointPolicy,
  ) {}

  static open(path: string = DEFAULT_DB, options: SqliteStoreOptions = {}): SqliteStore {
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL loses no committed data on a crash of the process, only on power loss.
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db, options.analyzer, options.checkpoint ?? checkpointDue);
  }

  /** For readers: a missing file is an error, not a new empty store. */
  static openExisting(path: string = DEFAULT_DB, options: SqliteStoreOptions = {}): SqliteStore {
    if (!existsSync(path)) throw new Error(`no store at ${path} (recoupe ingest PATH... creates it)`);
    return SqliteStore.open(path, options);
  }

  async ingest(raws: RawArticle[], options: IngestOptions = {}): Promise<IngestResult> {
    this.analyzer ??= await loadPipelineAnalyzer();
    try {
      return this.ingestBatch(raws, this.analyzer, options);
    } catch (error) {
      if (raws.length <= 1) return failedBatch(raws, error);
      // Something in the batch broke its transaction (nothing of it was written): find which
      // article by taking them one at a time, so that the others still land.
      const results = raws.map((raw) => {
        try {
          return this.ingestBatch([raw], this.analyzer!, {});
        } catch (single) {
          return failedBatch([raw], single);
        }
      });
      options.onProgress?.(raws.length, raws.length);
      return mergeResults(results);
    }
  }

  private ingestBatch(raws: RawArticle[], analyzer: Analyzer, options: IngestOptions): IngestResult {
    const batch = this.db.transaction(() => {
      const view = sqliteStoredView(this.db);
      const cached = this.cached;
      // The cached indexes are about to be mutated: until this batch commits they are stale.
      this.cached = null;
      // Another writer may have added articles since: they are replayed, in their order. A cache
      // ahead of the log (the file was replaced) is dropped.
      const inStep = cached !== null && cached.position <= logEnd(this.db);
      const open = () => (inStep ? catchUp(cached, view) : loadCorpus(view, analyzer)).corpus;
      const { plan, corpus } = planBatch(raws, view, analyzer, open, options);
      if (plan.articles.length > 0) writePlan(this.db, plan, analyzer.versions);
      return { result: plan.result, corpus: corpus ? { corpus, position: logEnd(this.db) } : cached };
    });
    const { result, corpus } = batch.immediate();
    this.cached = corpus;
    this.checkpointIfDue('batch', result);
    return result;
  }

  /** A checkpoint that fails costs the next writer a longer replay, nothing more: it is reported, not thrown. */
  private checkpointIfDue(moment: CheckpointMoment, result?: IngestResult): void {
    if (!this.cached) return;
    const { corpus, position } = this.cached;
    const stored = logEnd(this.db);
    if (!this.checkpointPolicy(position - checkpointPosition(this.db), stored, moment)) return;
    try {
      writeCheckpoint(this.db, corpus.toJSON(), position);
    } catch (error) {
      result?.degraded.push({ file: this.db.name, message: `corpus checkpoint not saved: ${(error as Error)?.message ?? String(error)}` });
    }
  }

  async events(query?: EventQuery): Promise<Page<EventSummary>> {
    return queryEvents(this.db, query);
  }

  async event(id: string): Promise<EventDetail | null> {
    return readEvent(this.db, id);
  }

  async storylines(query?: PageQuery): Promise<Page<Storyline>> {
    return queryStorylines(this.db, query);
  }

  async storyline(id: string): Promise<StorylineDetail | null> {
    return readStorylineDetail(this.db, id);
  }

  async entities(query?: EntityQuery): Promise<Page<EntitySummary>> {
    return queryEntities(this.db, query);
  }

  async entity(id: string): Promise<EntityDetail | null> {
    return readEntity(this.db, id);
  }

  async article(id: string): Promise<StoredArticle | null> {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? toStoredArticle(row) : null;
  }

  async search(query: string, page?: PageQuery): Promise<SearchResult> {
    return searchArticles(this.db, query, page);
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => (this.db.prepare(sql).pluck().get() as number | null) ?? 0;
    const versions = this.db.prepare('SELECT versions FROM runs ORDER BY id DESC LIMIT 1').pluck().get() as
      | string
      | undefined;
    return {
      articles: count('SELECT count(*) FROM articles'),
      duplicates: count('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL'),
      events: count('SELECT count(*) FROM events'),
      storylines: count('SELECT count(*) FROM storylines'),
      entities: count('SELECT count(*) FROM entities'),
      quotes: count('SELECT count(*) FROM quotes'),
      claims: count('SELECT sum(claim_count) FROM events'),
      conflicts: count('SELECT sum(conflict_count) FROM events'),
      schemaVersion: schemaVersion(this.db),
      versions: versions ? (JSON.parse(versions) as Record<string, string>) : {},
    };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.checkpointIfDue('close');
    // Keeps the planner's statistics current, as SQLite advises doing before closing.
    this.db.pragma('optimize');
    this.db.close();
  }
}
