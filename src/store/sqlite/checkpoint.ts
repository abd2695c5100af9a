// The corpus checkpoint in SQLite: chunks in corpus_checkpoint (splitState.ts), and the log
// position it includes up to in corpus_checkpoint_info. Replaced whole, in one transaction.
import type Database from 'better-sqlite3';
import type { CorpusCheckpoint } from '../corpusLog.js';
import { joinState, splitState, type StateChunk } from '../splitState.js';

export function readCheckpoint(db: Database.Database): CorpusCheckpoint | null {
  const through = db.prepare('SELECT through FROM corpus_checkpoint_info WHERE id = 1').pluck().get() as number | undefined;
  if (through === undefined) return null;
  const chunks = db.prepare('SELECT path, kind, json FROM corpus_checkpoint ORDER BY seq').iterate() as IterableIterator<StateChunk>;
  return { state: joinState(chunks), through };
}

export function checkpointPosition(db: Database.Database): number {
  return (db.prepare('SELECT through FROM corpus_checkpoint_info WHERE id = 1').pluck().get() as number | undefined) ?? 0;
}

/** Saves `state` as of log position `through`, unless a checkpoint as recent is already there. */
export function writeCheckpoint(db: Database.Database, state: unknown, through: number): boolean {
  return db.transaction(() => {
    if (checkpointPosition(db) >= through) return false;
    db.prepare('DELETE FROM corpus_checkpoint').run();
    const insert = db.prepare('INSERT INTO corpus_checkpoint (seq, path, kind, json) VALUES (?, ?, ?, ?)');
    let seq = 0;
    for (const { path, kind, json } of splitState(state)) insert.run(++seq, path, kind, json);
    db.prepare(
      `INSERT INTO corpus_checkpoint_info (id, through, written_at) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET through = excluded.through, written_at = excluded.written_at`,
    ).run(through, new Date().toISOString());
    return true;
  }).immediate();
}
