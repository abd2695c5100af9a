// Stores as an older schema left them, and what opening them with this recoupe must make of
// them: the cases the SQLite and PostgreSQL migration tests share. Each is ingested with
// tinyAnalyzer, put back as it was with `asItWas` (plain SQL both databases read), then reopened.
import assert from 'node:assert/strict';
import type { RawArticle } from '../../article.js';
import type { Store } from '../Store.js';

export interface MigrationCase {
  name: string;
  /** The last schema version before the migration, per store. */
  before: { sqlite: number; postgres: number };
  raws: RawArticle[];
  asItWas: string[];
  check(store: Store): Promise<void>;
}

function raw(id: string, title: string, text: string, outlet: string): RawArticle {
  return { id, file: `${id}.txt`, title, text, outlet, notes: [] };
}

/** Three articles of one event ("Lyon …"), two of them editions of one outlet under two names. */
const OUTLET_EDITIONS = [
  raw('a1', 'Lyon : un vote', 'Le conseil de Lyon vote.', 'Le Progrès'),
  raw('a2', 'Lyon : le budget', 'Le budget de Lyon passe.', 'leprogres.fr'),
  raw('a3', 'Lyon : réaction', 'Une autre voix à Lyon.', 'Lyon Mag'),
];

/** Two copies of one text: tinyAnalyzer makes the first the origin. */
const COPIES = [raw('x1', 'Lyon : la crue', 'La Saône déborde à Lyon.', 'Journal A'), raw('x2', 'Lyon : crue', 'La Saône déborde à Lyon.', 'Journal B')];

/** A store of a schema before the credit column (sqlite 7, postgres 4) had none. */
const WITHOUT_CREDIT = 'ALTER TABLE articles DROP COLUMN credit';

/** A dispatch credited to a wire, and an outlet's own piece. */
const CREDITED = [raw('c1', 'Lyon : la grève', 'LYON (AFP) – La grève gagne Lyon.', 'Journal A'), raw('c2', 'Lyon : grève', 'Les bus restent au dépôt à Lyon.', 'Journal B')];

async function texts(store: Store, event: string): Promise<string[] | undefined> {
  return (await store.event(event))?.articles.map((a) => a.article.text);
}

export const MIGRATION_CASES: MigrationCase[] = [
  {
    name: "recounts events' origins by the outlet rule",
    before: { sqlite: 4, postgres: 1 },
    raws: OUTLET_EDITIONS,
    // One origin per duplicate group: the two editions apart.
    asItWas: ['UPDATE events SET origins = 3', WITHOUT_CREDIT],
    async check(store) {
      assert.deepEqual((await store.events()).items.map((e) => [e.articles, e.origins]), [[3, 2]]);
      assert.deepEqual(await texts(store, 'e1'), OUTLET_EDITIONS.map((r) => r.text));
    },
  },
  {
    name: "points each copy's duplicateOf at its group's origin",
    before: { sqlite: 5, postgres: 2 },
    raws: COPIES,
    // x2 displaced x1 as origin after both were placed: the group moved, duplicateOf stayed.
    asItWas: [
      "UPDATE articles SET duplicate_group = 'x2' WHERE id IN ('x1', 'x2')",
      "UPDATE articles SET duplicate_of = NULL, duplicate_kind = NULL WHERE id = 'x1'",
      "UPDATE articles SET duplicate_of = 'x1', duplicate_kind = 'exact' WHERE id = 'x2'",
      WITHOUT_CREDIT,
    ],
    async check(store) {
      const placement = async (id: string) => {
        const { duplicateOf, duplicateKind } = (await store.article(id))!.placement;
        return { duplicateOf, duplicateKind };
      };
      assert.deepEqual(await placement('x1'), { duplicateOf: 'x2', duplicateKind: 'exact' });
      assert.deepEqual(await placement('x2'), { duplicateOf: null, duplicateKind: null });
      assert.equal((await store.stats()).duplicates, 1);
      assert.deepEqual(await texts(store, 'e1'), COPIES.map((r) => r.text));
    },
  },
  {
    name: 'adds the agency credit column, unknown for the articles it holds',
    before: { sqlite: 6, postgres: 3 },
    raws: CREDITED,
    asItWas: [WITHOUT_CREDIT],
    async check(store) {
      assert.equal((await store.article('c1'))!.article.credit, null);
      assert.deepEqual(await texts(store, 'e1'), CREDITED.map((r) => r.text));
      await store.ingest([raw('c3', 'Lyon : fin de la grève', 'LYON (Reuters) – La grève prend fin à Lyon.', 'Journal C')]);
      assert.equal((await store.article('c3'))!.article.credit, 'Reuters');
    },
  },
];
