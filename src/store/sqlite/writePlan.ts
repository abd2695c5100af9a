// Writes one planned ingest batch. Called inside the batch's transaction: either all of it
// lands, or none of it and the store is as it was.
import type Database from 'better-sqlite3';
import type { EventCluster } from '../../article.js';
import { eventFingerprint, type BatchPlan, type EventRecord } from '../planBatch.js';
import { articleData, eventKeys } from '../rows.js';

export function writePlan(db: Database.Database, plan: BatchPlan, versions: Readonly<Record<string, string>>): void {
  const now = new Date().toISOString();
  const run = Number(
    db.prepare('INSERT INTO runs (started_at, versions) VALUES (?, ?)').run(now, JSON.stringify(versions)).lastInsertRowid,
  );
  writeArticles(db, plan, run, now);
  const relinked = writeEvents(db, plan, run);
  writeStorylines(db, plan);
  writeEntities(db, plan, relinked);
}

function writeArticles(db: Database.Database, plan: BatchPlan, run: number, now: string) {
  const insert = db.prepare(
    `INSERT INTO articles (id, given_id, hash, file, url, outlet, author, credit, title, published, lang, text,
       event, duplicate_of, duplicate_kind, duplicate_group, data, run, ingested_at)
     VALUES (@id, @givenId, @hash, @file, @url, @outlet, @author, @credit, @title, @published, @lang, @text,
       @event, @duplicateOf, @duplicateKind, @duplicateGroup, @data, @run, @now)`,
  );
  for (const { article, placement, givenId, hash, replaced } of plan.articles) {
    insert.run({
      ...article,
      credit: article.credit ?? null,
      givenId,
      hash,
      event: placement.event,
      duplicateOf: placement.duplicateOf,
      duplicateKind: placement.duplicateKind,
      duplicateGroup: plan.duplicateGroups.get(article.id) ?? null,
      data: articleData(article, replaced),
      run,
      now,
    });
  }
  // A copy points at its group's origin, which an earlier or longer copy may have displaced.
  const regroup = db.prepare(
    `UPDATE articles SET duplicate_group = @group, duplicate_of = nullif(@group, id),
       duplicate_kind = CASE WHEN @group IS NULL OR @group = id THEN NULL ELSE coalesce(duplicate_kind, @kind) END
     WHERE id = @id AND (duplicate_group IS NOT @group OR duplicate_of IS NOT nullif(@group, id))`,
  );
  const moveEvent = db.prepare('UPDATE articles SET event = ? WHERE id = ? AND event <> ?');
  for (const [id, group] of plan.duplicateGroups) {
    regroup.run({ id, group, kind: (group && plan.displacedKinds.get(group)) ?? null });
  }
  // Events can absorb stored articles (two merged by a bridging article).
  for (const { cluster } of plan.events.upsert) for (const id of cluster.articles) moveEvent.run(cluster.id, id, cluster.id);
}

/** Writes the events; returns the entities whose event links changed, to recount. */
function writeEvents(db: Database.Database, plan: BatchPlan, run: number): Set<string> {
  const upsert = db.prepare(
    `INSERT INTO events (id, title, start, "end", start_key, end_key, sort_key, storyline, article_count, origins,
       outlets, langs, articles, fingerprint, findings, claim_count, conflict_count, run)
     VALUES (@id, @title, @start, @end, @startKey, @endKey, @sortKey, @storyline, @articleCount, @origins,
       @outlets, @langs, @articles, @fingerprint, @findings, @claimCount, @conflictCount, @run)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, start = excluded.start, "end" = excluded."end",
       start_key = excluded.start_key, end_key = excluded.end_key, sort_key = excluded.sort_key,
       storyline = excluded.storyline, article_count = excluded.article_count, origins = excluded.origins,
       outlets = excluded.outlets, langs = excluded.langs, articles = excluded.articles,
       fingerprint = excluded.fingerprint, findings = excluded.findings, claim_count = excluded.claim_count,
       conflict_count = excluded.conflict_count, run = excluded.run
     RETURNING rowid`,
  );
  const move = db.prepare(
    `UPDATE events SET title = @title, start = @start, "end" = @end, start_key = @startKey, end_key = @endKey,
       sort_key = @sortKey, storyline = @storyline, fingerprint = @fingerprint WHERE id = @id`,
  );
  const moveLangs = db.prepare('UPDATE event_langs SET sort_key = @sortKey, start_key = @startKey, end_key = @endKey WHERE event = @id');
  const insertLang = db.prepare('INSERT INTO event_langs (lang, event, sort_key, start_key, end_key, seq) VALUES (?, ?, ?, ?, ?, ?)');
  const insertEntity = db.prepare('INSERT INTO event_entities (entity, event, mentions, articles) VALUES (?, ?, ?, ?)');
  const insertQuote = db.prepare('INSERT INTO quotes (event, seq, article, speaker, data) VALUES (?, ?, ?, ?, ?)');
  const linked = db.prepare('SELECT entity FROM event_entities WHERE event = ?').pluck();
  const unindex = db.prepare('DELETE FROM events_fts WHERE rowid = (SELECT rowid FROM events WHERE id = ?)');
  const index = db.prepare(
    `INSERT INTO events_fts (rowid, text)
     SELECT ?, group_concat(title || char(10) || text, char(10)) FROM articles WHERE event = ?`,
  );
  const clear = ['event_langs', 'event_entities', 'quotes'].map((t) => db.prepare(`DELETE FROM ${t} WHERE event = ?`));
  const remove = db.prepare('DELETE FROM events WHERE id = ?');

  const relinked = new Set<string>();
  for (const id of [...plan.events.remove, ...plan.events.upsert.map((e) => e.cluster.id)]) {
    for (const entity of linked.all(id) as string[]) relinked.add(entity);
    for (const statement of clear) statement.run(id);
    unindex.run(id);
  }
  for (const id of plan.events.remove) remove.run(id);
  for (const record of plan.events.upsert) {
    const params = eventParams(record, run);
    const { rowid } = upsert.get(params) as { rowid: number };
    const id = record.cluster.id;
    index.run(rowid, id);
    for (const lang of record.langs) insertLang.run(lang, id, params.sortKey, params.startKey, params.endKey, rowid);
    for (const { entity, mentions, articles } of record.entities) {
      insertEntity.run(entity, id, mentions, articles);
      relinked.add(entity);
    }
    record.findings.quotes.forEach((quote, seq) => {
      insertQuote.run(id, seq, quote.article, quote.speaker, JSON.stringify(quote));
    });
  }
  for (const cluster of plan.events.moved) {
    const params = clusterParams(cluster);
    move.run(params);
    moveLangs.run(params);
  }
  return relinked;
}

function clusterParams(cluster: EventCluster) {
  return {
    id: cluster.id,
    title: cluster.title,
    start: cluster.start,
    end: cluster.end,
    ...eventKeys(cluster.start, cluster.end),
    storyline: cluster.storyline,
    fingerprint: eventFingerprint(cluster),
  };
}

function eventParams(record: EventRecord, run: number) {
  const { cluster, findings } = record;
  const { dates, claims, conflicts, summary } = findings;
  return {
    ...clusterParams(cluster),
    articleCount: record.articles,
    origins: record.origins,
    outlets: JSON.stringify(record.outlets),
    langs: JSON.stringify(record.langs),
    articles: JSON.stringify(cluster.articles),
    findings: JSON.stringify({ dates, claims, conflicts, summary }),
    claimCount: claims.length,
    conflictCount: conflicts.length,
    run,
  };
}

function writeStorylines(db: Database.Database, plan: BatchPlan) {
  const upsert = db.prepare(
    `INSERT INTO storylines (id, title, events, sort_key) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, events = excluded.events, sort_key = excluded.sort_key`,
  );
  const remove = db.prepare('DELETE FROM storylines WHERE id = ?');
  for (const id of plan.storylines.remove) remove.run(id);
  for (const { storyline, sortKey } of plan.storylines.upsert) {
    upsert.run(storyline.id, storyline.title, JSON.stringify(storyline.events), sortKey);
  }
}

/**
 * Writes the entities the batch touched, then recounts the articles and events of every entity
 * whose links changed, from the links themselves (event_entities).
 */
function writeEntities(db: Database.Database, plan: BatchPlan, relinked: Set<string>) {
  const upsert = db.prepare(
    `INSERT INTO entities (id, name, type, aliases, roles, article_count, event_count)
     VALUES (@id, @name, @type, @aliases, @roles, 0, 0)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
       roles = excluded.roles`,
  );
  const recount = db.prepare(
    `UPDATE entities SET
       article_count = (SELECT coalesce(sum(articles), 0) FROM event_entities WHERE entity = @id),
       event_count = (SELECT count(*) FROM event_entities WHERE entity = @id)
     WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM entities WHERE id = ?');
  const unlink = db.prepare('DELETE FROM event_entities WHERE entity = ?');
  for (const id of plan.entities.remove) {
    remove.run(id);
    unlink.run(id);
  }
  for (const entity of plan.entities.upsert) {
    upsert.run({ ...entity, aliases: JSON.stringify(entity.aliases), roles: JSON.stringify(entity.roles) });
    relinked.add(entity.id);
  }
  for (const id of relinked) recount.run({ id });
}
