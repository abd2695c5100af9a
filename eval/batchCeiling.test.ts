import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../src/article.js';
import { averageLinkGroups, batchCeiling } from './batchCeiling.js';

function article(id: string, title: string, text: string): Article {
  return {
    id, file: id, url: null, outlet: null, author: null, title, published: null, publishedSource: null,
    lang: 'en', text, removed: [], dates: [], mentions: [], quotes: [], notes: [],
  };
}

test('two happenings told twice each are found apart at some threshold of the sweep, and the sweep ends merged', () => {
  const articles = [
    article('q1', 'Earthquake shakes Herat province', 'A magnitude 6.3 earthquake struck Herat province in western Afghanistan, destroying villages near Zindajan.'),
    article('q2', 'Herat earthquake destroys villages', 'Villages near Zindajan in Herat province were destroyed when a 6.3 magnitude earthquake hit western Afghanistan.'),
    article('f1', 'Floods cut roads around Niamey', 'Heavy rain flooded the Niger river banks in Niamey, cutting roads and forcing families from their homes.'),
    article('f2', 'Niamey families flee floods', 'Families left their homes in Niamey as the Niger river flooded its banks after heavy rain cut the roads.'),
  ];
  const gold = new Map([['q1', 'quake'], ['q2', 'quake'], ['f1', 'flood'], ['f2', 'flood']]);
  const sweep = batchCeiling(articles, gold);
  const best = sweep.reduce((a, b) => (b.scores.f1 > a.scores.f1 ? b : a));
  assert.equal(best.scores.f1, 1);
  assert.equal(best.clusters, 2);
  // Thresholds only go down, so clusters never split again along the sweep.
  for (let i = 1; i < sweep.length; i++) assert.ok(sweep[i]!.clusters <= sweep[i - 1]!.clusters);
});

test('average linkage from a starting partition merges groups by the mean similarity of their members', () => {
  // a-b and c-d are close; a-c and b-d a little; the rest not at all.
  const pairs: Record<string, number> = { '0-1': 0.9, '2-3': 0.8, '0-2': 0.3, '1-3': 0.1 };
  const similarity = [0, 1, 2, 3].map((i) => Float64Array.from([0, 1, 2, 3], (j) => pairs[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? 0));
  const sorted = (groups: number[][]) => groups.map((g) => [...g].sort()).sort((x, y) => x[0]! - y[0]!);
  assert.deepEqual(sorted(averageLinkGroups(similarity, 0.5, [[0], [1], [2], [3]])), [[0, 1], [2, 3]]);
  // The two pairs' mean similarity is (0.3 + 0.1) / 4 = 0.1: merged at 0.1, not at 0.11.
  assert.deepEqual(sorted(averageLinkGroups(similarity, 0.11, [[0, 1], [2, 3]])), [[0, 1], [2, 3]]);
  assert.deepEqual(sorted(averageLinkGroups(similarity, 0.1, [[0, 1], [2, 3]])), [[0, 1, 2, 3]]);
  // A starting group is never taken apart, however loose: [0, 3] meets 2 at (0.3 + 0.8) / 2.
  assert.deepEqual(sorted(averageLinkGroups(similarity, 0.6, [[0, 3], [1], [2]])), [[0, 3], [1], [2]]);
  assert.deepEqual(sorted(averageLinkGroups(similarity, 0.55, [[0, 3], [1], [2]])), [[0, 2, 3], [1]]);
});
