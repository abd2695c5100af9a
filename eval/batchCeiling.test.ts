import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../src/article.js';
import { batchCeiling } from './batchCeiling.js';

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
