// Three articles of one event (tinyAnalyzer: "Lyon …"), two of them editions of one outlet
// under two names: two independent origins. What the origin-recount migrations are checked with.
import assert from 'node:assert/strict';
import type { RawArticle } from '../../article.js';
import type { Store } from '../Store.js';

export const OUTLET_EDITIONS: RawArticle[] = [
  { id: 'a1', file: 'a1.txt', title: 'Lyon : un vote', text: 'Le conseil de Lyon vote.', outlet: 'Le Progrès', notes: [] },
  { id: 'a2', file: 'a2.txt', title: 'Lyon : le budget', text: 'Le budget de Lyon passe.', outlet: 'leprogres.fr', notes: [] },
  { id: 'a3', file: 'a3.txt', title: 'Lyon : réaction', text: 'Une autre voix à Lyon.', outlet: 'Lyon Mag', notes: [] },
];

/** What an older schema stored: one origin per article, the two editions apart. */
export const OLD_ORIGINS = 3;

/** The store, reopened after the migration: origins recounted, every article still there. */
export async function assertOriginsRecounted(store: Store): Promise<void> {
  assert.deepEqual((await store.events()).items.map((e) => [e.articles, e.origins]), [[3, 2]]);
  assert.deepEqual(
    (await store.event('e1'))?.articles.map((a) => a.article.text),
    OUTLET_EDITIONS.map((r) => r.text),
  );
}
