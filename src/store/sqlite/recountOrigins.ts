// Recounts every stored event's origins from its article rows, by the rule new ingests use
// (eventOrigins.ts). Only counts that differ are written; nothing else is touched.
import type Database from 'better-sqlite3';
import { originsByEvent, type ArticleOriginRow } from '../eventOrigins.js';

export function recountOrigins(db: Database.Database): number {
  const rows = db.prepare('SELECT event, id, outlet, duplicate_group FROM articles').all() as ArticleOriginRow[];
  const update = db.prepare('UPDATE events SET origins = ? WHERE id = ? AND origins <> ?');
  let changed = 0;
  for (const [event, origins] of originsByEvent(rows)) changed += update.run(origins, event, origins).changes;
  return changed;
}
