// The team store: the Store interface over PostgreSQL, checked by the same contract suite as
// SQLite. One connection pool; each ingest batch runs in one transaction holding an advisory
// lock, so writers take turns as SQLite's IMMEDIATE transactions make them, and readers never
// wait. The batch logic is the shared one (placeBatch, planBatch); the reads it needs are
// fetched between its steps, since PostgreSQL answers asynchronously.
import pg from 'pg';
import type { RawArticle, Storyline } from '../../article.js';
import { loadPipelineAnalyzer, type Analyzer } from '../Analyzer.js';
import { checkpointDue, type CheckpointMoment, type CheckpointPolicy } from '../checkpointPolicy.js';
import { contentHash } from '../contentHash.js';
import type { PositionedCorpus } from '../corpusLog.js';
import { placeBatch } from '../placeBatch.js';
import { changedEvents, emptyPlan, planChanges, storedMembers } from '../planBatch.js';
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
import { failedBatch, mergeResults } from '../ingestResults.js';
import { toArticle, toStoredArticle, type ArticleRow } from '../rows.js';
import { migrate, schemaVersion } from './migrate.js';
import { queryEntities, queryStorylines, readEntity, readStorylineDetail, searchArticles } from './queryEntities.js';
import { queryEvents, readEvent } from './queryEvents.js';
import { checkpointPosition, openCorpus, writeCheckpoint } from './readCorpusLog.js';
import { writePlan } from './writePlan.js';

/** Key of the advisory lock writers take in turn (any constant all recoupe processes share). */
const WRITE_LOCK = 0x72656377;

export interface PostgresStoreOptions {
  analyzer?: Analyzer;
  checkpoint?: CheckpointPolicy;
  /** Schema to use (created if missing): lets tests, or several stores, share one database. */
  schema?: string;
}

export class PostgresStore implements Store {
  private cached: PositionedCorpus | null = null;

  private constructor(
    private readonly pool: pg.Pool,
    private analyzer: Analyzer | undefined,
    private readonly checkpointPolicy: CheckpointPolicy,
  ) {}

  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const schema = options.schema;
    const pool = new pg.Pool({ connectionString: url, max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    try {
      const client = await pool.connect();
      try {
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
        await migrate(client);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool, options.analyzer, options.checkpoint ?? checkpointDue);
  }

  async ingest(raws: RawArticle[], options: IngestOptions = {}): Promise<IngestResult> {
    this.analyzer ??= await loadPipelineAnalyzer();
    try {
      return await this.ingestBatch(raws, this.analyzer, options);
    } catch (error) {
      if (raws.length <= 1) return failedBatch(raws, error);
      // As in SQLite: find the article that broke the batch by taking them one at a time.
      const results: IngestResult[] = [];
      for (const raw of raws) {
        try {
          results.push(await this.ingestBatch([raw], this.analyzer, {}));
        } catch (single) {
          results.push(failedBatch([raw], single));
        }
      }
      options.onProgress?.(raws.length, raws.length);
      return mergeResults(results);
    }
  }

  private async ingestBatch(raws: RawArticle[], analyzer: Analyzer, options: IngestOptions): Promise<IngestResult> {
    const client = await this.pool.connect();
    const cached = this.cached;
    // The cached indexes are about to be mutated: until this batch commits they are stale.
    this.cached = null;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const lookups = await this.lookups(client, raws);
      const anyNew = raws.some((raw) => lookups.articleWithHash(contentHash(raw)) === null);
      const corpus = anyNew ? await openCorpus(client, analyzer, cached) : cached;
      const batch = placeBatch(raws, lookups, analyzer, {
        ...options,
        openCorpus: () => corpus!.corpus,
      });
      let plan = emptyPlan(batch.result);
      if (batch.corpus && batch.placed.length > 0) {
        const changes = changedEvents(batch);
        const ids = storedMembers(batch, changes);
        const { rows } = await client.query<ArticleRow>('SELECT * FROM articles WHERE id = ANY($1)', [ids]);
        plan = planChanges(batch, changes, rows.map((row) => toArticle(row)));
        await writePlan(client, plan, analyzer.versions);
      }
      const end = await client.query<{ end: number | null }>('SELECT max(seq) AS end FROM articles');
      await client.query('COMMIT');
      this.cached = batch.corpus ? { corpus: batch.corpus, position: end.rows[0]!.end ?? 0 } : cached;
      await this.checkpointIfDue(client, 'batch', plan.result);
      return plan.result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The hashes and ids the batch asks about, fetched in one query each. */
  private async lookups(client: pg.ClientBase, raws: RawArticle[]) {
    const hashes = await client.query<{ hash: string; id: string }>('SELECT hash, id FROM articles WHERE hash = ANY($1)', [
      raws.map(contentHash),
    ]);
    // Suffixed ids ("b1~2") are taken too when their base is: fetch the family of each id.
    const ids = await client.query<{ id: string }>(
      `SELECT id FROM articles WHERE id = ANY($1) OR id LIKE ANY($2)`,
      [raws.map((r) => r.id), raws.map((r) => `${r.id.replace(/[\\%_]/g, '\\$&')}~%`)],
    );
    const byHash = new Map(hashes.rows.map((r) => [r.hash, r.id]));
    const taken = new Set(ids.rows.map((r) => r.id));
    return { articleWithHash: (hash: string) => byHash.get(hash) ?? null, idTaken: (id: string) => taken.has(id) };
  }

  private async checkpointIfDue(client: pg.ClientBase, moment: CheckpointMoment, result?: IngestResult): Promise<void> {
    if (!this.cached) return;
    const { corpus, position } = this.cached;
    const stored = Number((await client.query<{ count: string }>('SELECT count(*) FROM articles')).rows[0]!.count);
    if (!this.checkpointPolicy(position - (await checkpointPosition(client)), stored, moment)) return;
    try {
      await writeCheckpoint(client, corpus.toJSON(), position);
    } catch (error) {
      result?.degraded.push({ file: 'corpus checkpoint', message: `not saved: ${(error as Error)?.message ?? String(error)}` });
    }
  }

  async events(query?: EventQuery): Promise<Page<EventSummary>> {
    return queryEvents(this.pool, query);
  }

  async event(id: string): Promise<EventDetail | null> {
    return readEvent(this.pool, id);
  }

  async storylines(query?: PageQuery): Promise<Page<Storyline>> {
    return queryStorylines(this.pool, query);
  }

  async storyline(id: string): Promise<StorylineDetail | null> {
    return readStorylineDetail(this.pool, id);
  }

  async entities(query?: EntityQuery): Promise<Page<EntitySummary>> {
    return queryEntities(this.pool, query);
  }

  async entity(id: string): Promise<EntityDetail | null> {
    return readEntity(this.pool, id);
  }

  async article(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.pool.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]);
    return rows[0] ? toStoredArticle(rows[0]) : null;
  }

  async search(query: string, page?: PageQuery): Promise<SearchResult> {
    return searchArticles(this.pool, query, page);
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<Record<string, string | null>>(
      `SELECT (SELECT count(*) FROM articles) AS articles,
         (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
         (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM storylines) AS storylines,
         (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM quotes) AS quotes,
         (SELECT sum(claim_count) FROM events) AS claims, (SELECT sum(conflict_count) FROM events) AS conflicts,
         (SELECT versions FROM runs ORDER BY id DESC LIMIT 1) AS versions`,
    );
    const row = rows[0]!;
    const count = (key: string) => Number(row[key] ?? 0);
    const client = await this.pool.connect();
    try {
      return {
        articles: count('articles'),
        duplicates: count('duplicates'),
        events: count('events'),
        storylines: count('storylines'),
        entities: count('entities'),
        quotes: count('quotes'),
        claims: count('claims'),
        conflicts: count('conflicts'),
        schemaVersion: await schemaVersion(client),
        versions: row.versions ? (JSON.parse(row.versions) as Record<string, string>) : {},
      };
    } finally {
      client.release();
    }
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const client = await this.pool.connect();
    try {
      await this.checkpointIfDue(client, 'close');
    } finally {
      client.release();
      await this.pool.end();
    }
  }
}
