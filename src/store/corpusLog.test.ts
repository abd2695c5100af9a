import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../article.js';
import type { Analyzer, CorpusIndex } from './Analyzer.js';
import { loadCorpus, type CorpusLog, type LogEntry } from './corpusLog.js';

/** A corpus that only remembers which articles it was given, and refuses states it cannot read. */
function recordingAnalyzer(): Analyzer {
  const make = (ids: string[]): CorpusIndex => ({ add: (a: Article) => void ids.push(a.id), toJSON: () => ({ ids }) }) as unknown as CorpusIndex;
  return {
    emptyCorpus: () => make([]),
    loadCorpus: (state: unknown) => {
      const ids = (state as { ids?: unknown }).ids;
      if (!Array.isArray(ids)) throw new Error('unknown events state version');
      return make([...ids]);
    },
  } as unknown as Analyzer;
}

function log(checkpointState: unknown, through: number): CorpusLog {
  const entries: LogEntry[] = ['a', 'b', 'c'].map((id, i) => ({ position: i + 1, article: { id } as Article }));
  return {
    checkpoint: () => ({ state: checkpointState, through }),
    log: (after) => entries.filter((e) => e.position > after),
  };
}

test('a readable checkpoint is loaded and only the articles after it replayed', () => {
  const { corpus, position } = loadCorpus(log({ ids: ['a', 'b'] }, 2), recordingAnalyzer());
  assert.deepEqual(corpus.toJSON(), { ids: ['a', 'b', 'c'] });
  assert.equal(position, 3);
});

test('a checkpoint from an older index format is set aside and the whole log replayed', () => {
  const { corpus, position } = loadCorpus(log({ version: 'events-2' }, 2), recordingAnalyzer());
  assert.deepEqual(corpus.toJSON(), { ids: ['a', 'b', 'c'] });
  assert.equal(position, 3);
});
