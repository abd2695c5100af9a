// One event with everything a reader checks it against: its sources, their duplicates, who and
// what they mention, who said what, and what the sources agree and disagree on.
import type Database from 'better-sqlite3';
import type { DuplicateGroup, EventCluster, Quote, Storyline } from '../../article.js';
import type { EventFindings } from '../Analyzer.js';
import type { EventDetail, EventEntity } from '../Store.js';
import { toStoredArticle, type ArticleRow } from '../rows.js';

interface EventDetailRow {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  storyline: string;
  articles: string;
  origins: number;
  findings: string;
  versions: string | null;
}

export function readEvent(db: Database.Database, id: string): EventDetail | null {
  const row = db
    .prepare(
      `SELECT e.id, e.title, e.start, e."end", e.storyline, e.articles, e.origins, e.findings, r.versions
       FROM events e LEFT JOIN runs r ON r.id = e.run WHERE e.id = ?`,
    )
    .get(id) as EventDetailRow | undefined;
  if (!row) return null;
  const event: EventCluster = {
    id: row.id,
    title: row.title,
    start: row.start,
    end: row.end,
    storyline: row.storyline,
    articles: JSON.parse(row.articles) as string[],
  };
  const articles = (
    db.prepare('SELECT * FROM articles WHERE event = ? ORDER BY published IS NULL, published, id').all(id) as ArticleRow[]
  ).map(toStoredArticle);
  const findings = JSON.parse(row.findings) as Omit<EventFindings, 'quotes'>;
  return {
    event,
    storyline: readStoryline(db, row.storyline),
    articles,
    duplicateGroups: duplicateGroups(db, id),
    origins: row.origins,
    entities: eventEntities(db, id),
    quotes: (db.prepare('SELECT data FROM quotes WHERE event = ? ORDER BY seq').pluck().all(id) as string[]).map(
      (json) => JSON.parse(json) as Quote,
    ),
    ...findings,
    versions: row.versions ? (JSON.parse(row.versions) as Record<string, string>) : {},
  };
}

export function readStoryline(db: Database.Database, id: string): Storyline | null {
  const row = db.prepare('SELECT id, title, events FROM storylines WHERE id = ?').get(id) as
    | { id: string; title: string; events: string }
    | undefined;
  return row ? { id: row.id, title: row.title, events: JSON.parse(row.events) as string[] } : null;
}

function duplicateGroups(db: Database.Database, event: string): DuplicateGroup[] {
  const rows = db
    .prepare(
      `SELECT duplicate_group AS origin, id FROM articles
       WHERE event = ? AND duplicate_group IS NOT NULL ORDER BY duplicate_group, published, id`,
    )
    .all(event) as { origin: string; id: string }[];
  const groups = new Map<string, string[]>();
  for (const { origin, id } of rows) groups.set(origin, [...(groups.get(origin) ?? []), id]);
  return [...groups]
    .filter(([, members]) => members.length > 1)
    .map(([origin, members]) => ({ origin, members }));
}

function eventEntities(db: Database.Database, event: string): EventEntity[] {
  const rows = db
    .prepare(
      `SELECT en.id, en.name, en.type, en.roles, ee.mentions FROM event_entities ee
       JOIN entities en ON en.id = ee.entity WHERE ee.event = ? ORDER BY ee.mentions DESC, en.name`,
    )
    .all(event) as (Omit<EventEntity, 'roles'> & { roles: string })[];
  return rows.map((row) => ({ ...row, roles: JSON.parse(row.roles) as string[] }));
}
