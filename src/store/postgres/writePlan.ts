// Writes one planned ingest batch to PostgreSQL, inside the batch's transaction: the same rows
// as sqlite/writePlan.ts, with the tsvector columns filled from the folded text.
import type pg from 'pg';
import type { EventCluster } from '../../article.js';
import { eventFingerprint, type BatchPlan, type EventRecord } from '../planBatch.js';
import { articleData, eventKeys } from '../rows.js';
import { searchWords } from './textSearch.js';

export async function writePlan(client: pg.ClientBase, plan: BatchPlan, versions: Readonly<Record<string, string>>): Promise<void> {
  const now = new Date().toISOString();
  const { rows } = await client.query<{ id: number }>('INSERT INTO runs (started_at, versions) VALUES ($1, $2) RETURNING id', [
    now,
    JSON.stringify(versions),
  ]);
  const run = rows[0]!.id;
  await writeArticles(client, plan, run, now);
  const relinked = await writeEvents(client, plan, run);
  await writeStorylines(client, plan);
  await writeEntities(client, plan, relinked);
}

async function writeArticles(client: pg.ClientBase, plan: BatchPlan, run: number, now: string) {
  for (const { article, placement, givenId, hash, replaced } of plan.articles) {
    await client.query(
      `INSERT INTO articles (id, given_id, hash, file, url, outlet, author, title, published, lang, text, event,
         duplicate_of, duplicate_kind, duplicate_group, data, run, ingested_at, search, credit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
         setweight(to_tsvector('simple', $19), 'A') || setweight(to_tsvector('simple', $20), 'D'), $21)`,
      [
        article.id, givenId, hash, article.file, article.url, article.outlet, article.author, article.title, article.published,
        article.lang, article.text, placement.event, placement.duplicateOf, placement.duplicateKind,
        plan.duplicateGroups.get(article.id) ?? null, articleData(article, replaced), run, now,
        searchWords(article.title), searchWords(article.text), article.credit ?? null,
      ],
    );
  }
  // A copy points at its group's origin, which an earlier or longer copy may have displaced.
  for (const [id, group] of plan.duplicateGroups) {
    await client.query(
      `UPDATE articles SET duplicate_group = $1, duplicate_of = nullif($1, id),
         duplicate_kind = CASE WHEN $1 IS NULL OR $1 = id THEN NULL ELSE coalesce(duplicate_kind, $3) END
       WHERE id = $2 AND (duplicate_group IS DISTINCT FROM $1 OR duplicate_of IS DISTINCT FROM nullif($1, id))`,
      [group, id, (group && plan.displacedKinds.get(group)) ?? null],
    );
  }
  for (const { cluster } of plan.events.upsert) {
    await client.query('UPDATE articles SET event = $1 WHERE id = ANY($2) AND event <> $1', [cluster.id, cluster.articles]);
  }
}

async function writeEvents(client: pg.ClientBase, plan: BatchPlan, run: number): Promise<Set<string>> {
  const relinked = new Set<string>();
  const rewritten = [...plan.events.remove, ...plan.events.upsert.map((e) => e.cluster.id)];
  if (rewritten.length > 0) {
    const { rows } = await client.query<{ entity: string }>('SELECT entity FROM event_entities WHERE event = ANY($1)', [rewritten]);
    for (const { entity } of rows) relinked.add(entity);
    for (const table of ['event_langs', 'event_entities', 'quotes']) await client.query(`DELETE FROM ${table} WHERE event = ANY($1)`, [rewritten]);
  }
  if (plan.events.remove.length > 0) await client.query('DELETE FROM events WHERE id = ANY($1)', [plan.events.remove]);

  for (const record of plan.events.upsert) {
    const p = eventParams(record, run);
    const { rows } = await client.query<{ seq: number }>(
      `INSERT INTO events (id, title, start, "end", start_key, end_key, sort_key, storyline, fingerprint, article_count,
         origins, outlets, langs, articles, findings, claim_count, conflict_count, run)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, start = excluded.start, "end" = excluded."end",
         start_key = excluded.start_key, end_key = excluded.end_key, sort_key = excluded.sort_key,
         storyline = excluded.storyline, fingerprint = excluded.fingerprint, article_count = excluded.article_count,
         origins = excluded.origins, outlets = excluded.outlets, langs = excluded.langs, articles = excluded.articles,
         findings = excluded.findings, claim_count = excluded.claim_count, conflict_count = excluded.conflict_count,
         run = excluded.run
       RETURNING seq`,
      [p.id, p.title, p.start, p.end, p.startKey, p.endKey, p.sortKey, p.storyline, p.fingerprint, p.articleCount,
        p.origins, p.outlets, p.langs, p.articles, p.findings, p.claimCount, p.conflictCount, run],
    );
    const seq = rows[0]!.seq;
    const id = record.cluster.id;
    await client.query('UPDATE events SET search = (SELECT tsvector_agg(search) FROM articles WHERE event = $1) WHERE id = $1', [id]);
    for (const lang of record.langs) {
      await client.query('INSERT INTO event_langs (lang, event, sort_key, start_key, end_key, seq) VALUES ($1, $2, $3, $4, $5, $6)', [
        lang, id, p.sortKey, p.startKey, p.endKey, seq,
      ]);
    }
    for (const { entity, mentions, articles } of record.entities) {
      await client.query('INSERT INTO event_entities (entity, event, mentions, articles) VALUES ($1, $2, $3, $4)', [entity, id, mentions, articles]);
      relinked.add(entity);
    }
    for (const [n, quote] of record.findings.quotes.entries()) {
      await client.query('INSERT INTO quotes (event, seq, article, speaker, data) VALUES ($1, $2, $3, $4, $5)', [
        id, n, quote.article, quote.speaker, JSON.stringify(quote),
      ]);
    }
  }
  for (const cluster of plan.events.moved) {
    const p = clusterParams(cluster);
    await client.query(
      `UPDATE events SET title = $2, start = $3, "end" = $4, start_key = $5, end_key = $6, sort_key = $7,
         storyline = $8, fingerprint = $9 WHERE id = $1`,
      [p.id, p.title, p.start, p.end, p.startKey, p.endKey, p.sortKey, p.storyline, p.fingerprint],
    );
    await client.query('UPDATE event_langs SET sort_key = $2, start_key = $3, end_key = $4 WHERE event = $1', [p.id, p.sortKey, p.startKey, p.endKey]);
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
  const { dates, claims, conflicts, summary } = record.findings;
  return {
    ...clusterParams(record.cluster),
    articleCount: record.articles,
    origins: record.origins,
    outlets: JSON.stringify(record.outlets),
    langs: JSON.stringify(record.langs),
    articles: JSON.stringify(record.cluster.articles),
    findings: JSON.stringify({ dates, claims, conflicts, summary }),
    claimCount: claims.length,
    conflictCount: conflicts.length,
    run,
  };
}

async function writeStorylines(client: pg.ClientBase, plan: BatchPlan) {
  if (plan.storylines.remove.length > 0) await client.query('DELETE FROM storylines WHERE id = ANY($1)', [plan.storylines.remove]);
  for (const { storyline, sortKey } of plan.storylines.upsert) {
    await client.query(
      `INSERT INTO storylines (id, title, events, sort_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, events = excluded.events, sort_key = excluded.sort_key`,
      [storyline.id, storyline.title, JSON.stringify(storyline.events), sortKey],
    );
  }
}

/** As in SQLite: the touched entities, then the counts of every entity whose links changed. */
async function writeEntities(client: pg.ClientBase, plan: BatchPlan, relinked: Set<string>) {
  if (plan.entities.remove.length > 0) {
    await client.query('DELETE FROM entities WHERE id = ANY($1)', [plan.entities.remove]);
    await client.query('DELETE FROM event_entities WHERE entity = ANY($1)', [plan.entities.remove]);
  }
  for (const entity of plan.entities.upsert) {
    await client.query(
      `INSERT INTO entities (id, name, type, aliases, roles, article_count, event_count, search)
       VALUES ($1, $2, $3, $4, $5, 0, 0, to_tsvector('simple', $6))
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
         roles = excluded.roles, search = excluded.search`,
      [entity.id, entity.name, entity.type, JSON.stringify(entity.aliases), JSON.stringify(entity.roles), searchWords([entity.name, ...entity.aliases].join(' '))],
    );
    relinked.add(entity.id);
  }
  if (relinked.size === 0) return;
  await client.query(
    `UPDATE entities en SET article_count = coalesce(c.articles, 0), event_count = coalesce(c.events, 0)
     FROM (SELECT id, (SELECT sum(articles) FROM event_entities WHERE entity = id) AS articles,
                  (SELECT count(*) FROM event_entities WHERE entity = id) AS events
           FROM unnest($1::text[]) AS id) c
     WHERE en.id = c.id`,
    [[...relinked]],
  );
}
