// The corpus indexes of a store: its latest checkpoint, then a replay of the articles stored
// after it. Corpus adds are deterministic for the same order, so checkpoint + replay gives the
// indexes that adding every stored article in ingest order would (corpusLog.test.ts checks it).
import type { Article } from '../article.js';
import type { Analyzer, CorpusIndex } from './Analyzer.js';

export interface CorpusCheckpoint {
  state: unknown;
  /** Log position of the last article it includes. */
  through: number;
}

export interface LogEntry {
  /** Increases with ingest order; the store's own sequence (gaps allowed). */
  position: number;
  /** The article as `corpus.add` was given it (see replayInput). */
  article: Article;
}

/** What a corpus is rebuilt from: any store implementation's tables. */
export interface CorpusLog {
  checkpoint(): CorpusCheckpoint | null;
  /** Entries after `position`, in ingest order. */
  log(after: number): Iterable<LogEntry>;
}

export interface PositionedCorpus {
  corpus: CorpusIndex;
  /** Log position of the last article the corpus holds (0: none). */
  position: number;
}

export function loadCorpus(log: CorpusLog, analyzer: Analyzer): PositionedCorpus {
  const checkpoint = log.checkpoint();
  if (!checkpoint) return catchUp({ corpus: analyzer.emptyCorpus(), position: 0 }, log);
  try {
    return catchUp({ corpus: analyzer.loadCorpus(checkpoint.state), position: checkpoint.through }, log);
  } catch (error) {
    // A checkpoint written by an older recoupe whose index format has changed (each index refuses
    // a state it cannot read): the log holds every article, so the indexes are rebuilt from it.
    process.emitWarning(
      `corpus checkpoint not readable (${(error as Error).message}); rebuilding the indexes from the stored articles`,
      'RecoupeStoreWarning',
    );
    return catchUp({ corpus: analyzer.emptyCorpus(), position: 0 }, log);
  }
}

/** Adds what other writers stored since `current` was last in step with the log. */
export function catchUp(current: PositionedCorpus, log: CorpusLog): PositionedCorpus {
  let position = current.position;
  for (const entry of log.log(position)) {
    current.corpus.add(entry.article);
    position = entry.position;
  }
  return { corpus: current.corpus, position };
}

type InputFields = Partial<Omit<Article, 'mentions'>>;

/**
 * The fields `add` replaced, with their values before: stored beside the article so that it can
 * be replayed. Today only an undated article changes (it takes its event's date, then its
 * relative dates are re-read); every other field comes back as it went in.
 */
export function replacedByAdd(input: Article, added: Article): InputFields | undefined {
  const replaced: Record<string, unknown> = {};
  for (const key of Object.keys(input) as (keyof Article)[]) {
    if (key !== 'mentions' && input[key] !== added[key]) replaced[key] = input[key] ?? null;
  }
  return Object.keys(replaced).length > 0 ? (replaced as InputFields) : undefined;
}

/** The article as `add` was given it: before the fields it replaced, its mentions not yet resolved. */
export function replayInput(stored: Article, replaced?: InputFields): Article {
  return {
    ...stored,
    ...replaced,
    mentions: stored.mentions.map(({ entity: _resolved, ...mention }) => mention),
  };
}
