// The corpus checkpoint and log from PostgreSQL, fetched ahead: corpusLog.ts replays them
// synchronously, so the rows it will ask for are read first.
import type pg from 'pg';
import type { Analyzer } from '../Analyzer.js';
import { catchUp, loadCorpus, type CorpusLog, type LogEntry, type PositionedCorpus } from '../corpusLog.js';
import { joinState, splitState, type StateChunk } from '../splitState.js';
import { toReplayInput, type ArticleRow } from '../rows.js';

/** `cached` brought up to the log's end, or the corpus loaded from the checkpoint and the log. */
export async function openCorpus(client: pg.ClientBase, analyzer: Analyzer, cached: PositionedCorpus | null): Promise<PositionedCorpus> {
  const checkpoint = cached ? null : await readCheckpoint(client);
  const after = cached?.position ?? checkpoint?.through ?? 0;
  const { rows } = await client.query<ArticleRow & { seq: number }>('SELECT * FROM articles WHERE seq > $1 ORDER BY seq', [after]);
  const entries: LogEntry[] = rows.map((row) => ({ position: row.seq, article: toReplayInput(row) }));
  const log: CorpusLog = { checkpoint: () => checkpoint, log: () => entries };
  return cached ? catchUp(cached, log) : loadCorpus(log, analyzer);
}

async function readCheckpoint(client: pg.ClientBase) {
  const info = await client.query<{ through: number }>('SELECT through FROM corpus_checkpoint_info WHERE id = 1');
  if (!info.rows[0]) return null;
  const chunks = await client.query<StateChunk>('SELECT path, kind, json FROM corpus_checkpoint ORDER BY seq');
  return { state: joinState(chunks.rows), through: info.rows[0].through };
}

export async function checkpointPosition(client: pg.ClientBase | pg.Pool): Promise<number> {
  const { rows } = await client.query<{ through: number }>('SELECT through FROM corpus_checkpoint_info WHERE id = 1');
  return rows[0]?.through ?? 0;
}

/** Saves `state` as of log position `through`, unless a checkpoint as recent is already there. */
export async function writeCheckpoint(client: pg.ClientBase, state: unknown, through: number): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('LOCK TABLE corpus_checkpoint_info IN EXCLUSIVE MODE');
    if ((await checkpointPosition(client)) >= through) {
      await client.query('ROLLBACK');
      return;
    }
    await client.query('DELETE FROM corpus_checkpoint');
    let seq = 0;
    for (const { path, kind, json } of splitState(state)) {
      await client.query('INSERT INTO corpus_checkpoint (seq, path, kind, json) VALUES ($1, $2, $3, $4)', [++seq, path, kind, json]);
    }
    await client.query(
      `INSERT INTO corpus_checkpoint_info (id, through, written_at) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET through = excluded.through, written_at = excluded.written_at`,
      [through, new Date().toISOString()],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
