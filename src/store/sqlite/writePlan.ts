// Writes one planned ingest batch. Called inside the batch's transaction: either all of it
// lands, or none of it and the store is as it was.
import type Database from 'better-sqlite3';
import type { BatchPlan, EventRecord } from '../planBatch.js';
import { articleData, eventKeys } from './rows.js';

export function writePlan(db: Database.Database, plan: BatchPlan, versions: Readonly<Record<string, string>>): void {
  const now = new Date().toISOString();
  const run = Number(
    db.prepare('INSERT INTO runs (started_at, versions) VALUES (?, ?)').run(now, JSON.stringify(versions)).lastInsertRowid,
  );
  writeArticles(db, plan, run, now);
  writeEvents(db, plan, run);
  writeStorylines(db, plan);
  writeEntities(db, plan);
  db.prepare(
    `INSERT INTO corpus_state (id, generation, state) VALUES (1, 1, ?)
     ON CONFLICT (id) DO UPDATE SET generation = generation + 1, state = excluded.state`,
  ).run(JSON.stringify(plan.corpusState));
}

function writeArticles(db: Database.Database, plan: BatchPlan, run: number, now: string) {
  const insert = db.prepare(
    `INSERT INTO articles (id, given_id, hash, file, url, outlet, author, title, published, lang, text,
       event, duplicate_of, duplicate_kind, duplicate_group, data, run, ingested_at)
     VALUES (@id, @givenId, @hash, @file, @url, @outlet, @author, @title, @published, @lang, @text,
       @event, @duplicateOf, @duplicateKind, @duplicateGroup, @data, @run, @now)`,
  );
  for (const { article, placement, givenId, hash } of plan.articles) {
    insert.run({
      ...article,
      givenId,
      hash,
      event: placement.event,
      duplicateOf: placement.duplicateOf,
      duplicateKind: placement.duplicateKind,
      duplicateGroup: plan.duplicateGroups.get(article.id) ?? null,
      data: articleData(article),
      run,
      now,
    });
  }
  const regroup = db.prepare('UPDATE articles SET duplicate_group = ? WHERE id = ?');
  const moveEvent = db.prepare('UPDATE articles SET event = ? WHERE id = ? AND event <> ?');
  for (const [id, group] of plan.duplicateGroups) regroup.run(group, id);
  // Events can absorb stored articles (two merged by a bridging article).
  for (const { cluster } of plan.events.upsert) for (const id of cluster.articles) moveEvent.run(cluster.id, id, cluster.id);
}

function writeEvents(db: Database.Database, plan: BatchPlan, run: number) {
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
       conflict_count = excluded.conflict_count, run = excluded.run`,
  );
  const insertLang = db.prepare('INSERT INTO event_langs (lang, event) VALUES (?, ?)');
  const insertEntity = db.prepare('INSERT INTO event_entities (entity, event, mentions) VALUES (?, ?, ?)');
  const insertQuote = db.prepare('INSERT INTO quotes (event, seq, article, speaker, data) VALUES (?, ?, ?, ?, ?)');
  const clear = ['event_langs', 'event_entities', 'quotes'].map((t) => db.prepare(`DELETE FROM ${t} WHERE event = ?`));
  const remove = db.prepare('DELETE FROM events WHERE id = ?');

  for (const id of [...plan.events.remove, ...plan.events.upsert.map((e) => e.cluster.id)]) {
    for (const statement of clear) statement.run(id);
  }
  for (const id of plan.events.remove) remove.run(id);
  for (const record of plan.events.upsert) {
    upsert.run(eventParams(record, run));
    const id = record.cluster.id;
    for (const lang of record.langs) insertLang.run(lang, id);
    for (const { entity, mentions } of record.entities) insertEntity.run(entity, id, mentions);
    record.findings.quotes.forEach((quote, seq) => {
      insertQuote.run(id, seq, quote.article, quote.speaker, JSON.stringify(quote));
    });
  }
}

function eventParams(record: EventRecord, run: number) {
  const { cluster, findings } = record;
  const { dates, claims, conflicts, summary } = findings;
  return {
    id: cluster.id,
    title: cluster.title,
    start: cluster.start,
    end: cluster.end,
    ...eventKeys(cluster.start, cluster.end),
    storyline: cluster.storyline,
    articleCount: record.articles,
    origins: record.origins,
    outlets: JSON.stringify(record.outlets),
    langs: JSON.stringify(record.langs),
    articles: JSON.stringify(cluster.articles),
    fingerprint: record.fingerprint,
    findings: JSON.stringify({ dates, claims, conflicts, summary }),
    claimCount: claims.length,
    conflictCount: conflicts.length,
    run,
  };
}

function writeStorylines(db: Database.Database, plan: BatchPlan) {
  const upsert = db.prepare(
    `INSERT INTO storylines (id, title, events, sort_key, fingerprint) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, events = excluded.events,
       sort_key = excluded.sort_key, fingerprint = excluded.fingerprint`,
  );
  const remove = db.prepare('DELETE FROM storylines WHERE id = ?');
  for (const id of plan.storylines.remove) remove.run(id);
  for (const { storyline, sortKey, fingerprint } of plan.storylines.upsert) {
    upsert.run(storyline.id, storyline.title, JSON.stringify(storyline.events), sortKey, fingerprint);
  }
}

function writeEntities(db: Database.Database, plan: BatchPlan) {
  const upsert = db.prepare(
    `INSERT INTO entities (id, name, type, aliases, roles, article_count, event_count, fingerprint)
     VALUES (@id, @name, @type, @aliases, @roles, @articles, @events, @fingerprint)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
       roles = excluded.roles, article_count = excluded.article_count, event_count = excluded.event_count,
       fingerprint = excluded.fingerprint`,
  );
  const remove = db.prepare('DELETE FROM entities WHERE id = ?');
  const unlink = db.prepare('DELETE FROM event_entities WHERE entity = ?');
  for (const id of plan.entities.remove) {
    remove.run(id);
    unlink.run(id);
  }
  for (const { entity, fingerprint } of plan.entities.upsert) {
    upsert.run({ ...entity, aliases: JSON.stringify(entity.aliases), roles: JSON.stringify(entity.roles), fingerprint });
  }
}
