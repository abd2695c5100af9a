// Checkpoint + replay == never checkpointed, with the real pipeline on the demo corpus: the
// store's corpus indexes must not depend on when (or whether) they were saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RawArticle } from '../../article.js';
import { collectInputs } from '../../ingest/readInputs.js';
import { DEMO_DIR } from '../../cli/commands/demo.js';
import { loadPipelineAnalyzer, type Analyzer } from '../Analyzer.js';
import { loadCorpus } from '../corpusLog.js';
import type { CheckpointPolicy } from '../checkpointPolicy.js';
import { tempStorePath } from '../testing/fixtureStore.js';
import { readCheckpoint } from './checkpoint.js';
import { SqliteStore } from './SqliteStore.js';
import { sqliteStoredView } from './storedView.js';

const BATCH = 8;

/** The pipeline, analysing each raw once for all the stores of the test. */
async function memoAnalyzer(): Promise<Analyzer> {
  const pipeline = await loadPipelineAnalyzer();
  const seen = new Map<string, ReturnType<Analyzer['analyzeArticle']>>();
  return {
    ...pipeline,
    analyzeArticle: (raw, context) => {
      if (!seen.has(raw.id)) seen.set(raw.id, pipeline.analyzeArticle(raw, context));
      return structuredClone(seen.get(raw.id)!);
    },
    cleanContext: undefined,
  };
}

async function ingestInBatches(path: string, raws: RawArticle[], analyzer: Analyzer, checkpoint: CheckpointPolicy) {
  const store = SqliteStore.open(path, { analyzer, checkpoint });
  for (let i = 0; i < raws.length; i += BATCH) await store.ingest(raws.slice(i, i + BATCH));
  await store.close();
}

type CorpusJSON = Record<'dedup' | 'events' | 'entities', unknown>;

function corpusOf(path: string, analyzer: Analyzer): CorpusJSON {
  const db = new Database(path, { readonly: true });
  try {
    return JSON.parse(JSON.stringify(loadCorpus(sqliteStoredView(db), analyzer).corpus.toJSON())) as CorpusJSON;
  } finally {
    db.close();
  }
}

interface Runs {
  inMemory: CorpusJSON;
  midway: CorpusJSON;
  never: CorpusJSON;
  midwayThrough: number;
}

/** The demo ingested three times in batches: checkpointed at close only, after the first batch only, never. */
async function threeRuns(): Promise<Runs> {
  const tmp = tempStorePath();
  try {
    const { raws } = await collectInputs([DEMO_DIR]);
    assert.ok(raws.some((r) => !r.published), 'the demo has undated articles, whose add replaces fields');
    const analyzer = await memoAnalyzer();
    const [kept, midway, never] = ['kept', 'midway', 'never'].map((name) => join(tmp.dir, `${name}.db`)) as [string, string, string];
    await ingestInBatches(kept, raws, analyzer, (_tail, _stored, moment) => moment === 'close');
    let first = true;
    await ingestInBatches(midway, raws, analyzer, (_tail, _stored, moment) => {
      const due = first && moment === 'batch';
      if (due) first = false;
      return due;
    });
    await ingestInBatches(never, raws, analyzer, () => false);

    const saved = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return readCheckpoint(db)!;
      } finally {
        db.close();
      }
    };
    return {
      inMemory: JSON.parse(JSON.stringify(saved(kept).state)) as CorpusJSON,
      midway: corpusOf(midway, analyzer),
      never: corpusOf(never, analyzer),
      midwayThrough: saved(midway).through,
    };
  } finally {
    tmp.dispose();
  }
}

test('checkpoint + replay gives the corpus indexes of a run never checkpointed', async () => {
  const { inMemory, midway, never, midwayThrough } = await threeRuns();
  assert.ok(midwayThrough > 0 && midwayThrough <= BATCH, `checkpoint after the first batch (through ${midwayThrough})`);
  for (const index of ['dedup', 'events', 'entities'] as const) {
    assert.deepEqual(midway[index], inMemory[index], `${index}: checkpoint + replay`);
    assert.deepEqual(never[index], inMemory[index], `${index}: replay from empty`);
  }
});
