// The first half of an ingest batch: which raws are new, their analysis, and their adds to the
// corpus indexes, in publication order. Reads the store through `StoredLookups` only, so a store
// whose reads are asynchronous fetches those first (PostgresStore prefetches them).
import type { Article, ArticleProblem, EventCluster, RawArticle, Storyline } from '../article.js';
import type { Analyzer, CorpusIndex } from './Analyzer.js';
import { contentHash, freeId } from './contentHash.js';
import { replacedByAdd } from './corpusLog.js';
import type { NewArticle } from './planBatch.js';
import type { IngestOptions, IngestResult } from './Store.js';

export interface StoredLookups {
  /** Id of the stored article with this content hash, if any. */
  articleWithHash(hash: string): string | null;
  idTaken(id: string): boolean;
}

export interface PlacedBatch {
  result: IngestResult;
  placed: NewArticle[];
  /** The corpus after the adds; null when no article was new (it was never opened). */
  corpus: CorpusIndex | null;
  /** Events and storylines as they were before the adds: what the batch is compared with. */
  before: { events: EventCluster[]; storylines: Storyline[] };
}

export interface PlaceOptions extends IngestOptions {
  /** The corpus in step with the store's log; asked for only when some article is new. */
  openCorpus(): CorpusIndex;
  /**
   * The corpus again from the store, after an add failed half-way. Without it, the failure
   * fails the batch (the store then retries its articles one by one).
   */
  reloadCorpus?(): CorpusIndex;
}

export function placeBatch(raws: RawArticle[], lookups: StoredLookups, analyzer: Analyzer, options: PlaceOptions): PlacedBatch {
  const result: IngestResult = { added: [], skipped: [], failed: [], degraded: [], renamed: [], events: [] };
  const fresh = selectNew(raws, lookups, result);
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
  if (analyzed.length === 0) return { result, placed: [], corpus: null, before: { events: [], storylines: [] } };

  let corpus = options.openCorpus();
  const before = { events: corpus.events(), storylines: corpus.storylines() };
  const placed: NewArticle[] = [];
  const inputOf = new Map(analyzed.map((a) => [a.article.id, a]));
  for (const input of analyzer.byPublication(analyzed.map((a) => a.article))) {
    const { raw, hash } = inputOf.get(input.id)!;
    try {
      const added = corpus.add(input);
      placed.push({ ...added, givenId: raw.id, hash, replaced: replacedByAdd(input, added.article) });
    } catch (error) {
      if (!options.reloadCorpus) throw error;
      result.failed.push(problem(raw, error));
      // The index may hold half of the failed article: rebuild it from the store and the
      // articles placed before it, which are known to go in.
      corpus = options.reloadCorpus();
      for (const earlier of placed) corpus.add(inputOf.get(earlier.article.id)!.article);
    }
  }
  result.added = placed.map((p) => p.article.id);
  result.degraded = placed.flatMap(({ article }) =>
    article.notes.filter((n) => n.rule === 'stage-failed').map((n) => ({ file: article.file, message: n.message })),
  );
  return { result, placed, corpus, before };
}

function selectNew(raws: RawArticle[], view: StoredLookups, result: IngestResult) {
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

function problem(raw: RawArticle, error: unknown): ArticleProblem {
  return { file: raw.file, message: `${raw.id}: ${(error as Error)?.message ?? String(error)}` };
}
