import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheckEvent } from './crossCheckEvent.js';
import { toArticle } from './fixtures/loadFixture.js';
import { mention } from './fixtures/mention.js';

const event = { id: 'e1', title: 'Embuscade', articles: [], start: '2024-03-05', end: '2024-03-05', storyline: 's1' };

function article(id: string, outlet: string, text: string, places: string[]) {
  return toArticle({ id, outlet, text, published: '2024-03-05T10:00:00Z', mentions: places.map((p) => mention(text, p, 'location')) });
}

test('one statement placed in two towns is a place conflict', () => {
  const articles = [
    article('a', 'Le Quotidien', "Une patrouille de l'armée malienne est tombée dans une embuscade mardi matin à Kidal, selon une source sécuritaire.", ['Kidal']),
    article('b', 'Radio Nord', "Une patrouille de l'armée malienne est tombée dans une embuscade mardi matin près de Tessalit, selon une source sécuritaire.", ['Tessalit']),
  ];
  const { conflicts } = crossCheckEvent({ event, articles, duplicateOf: new Map() });
  assert.deepEqual(conflicts.map((c) => [c.kind, c.values.map((v) => v.value)]), [['place', ['Kidal', 'Tessalit']]]);
});

test('a country against a town, or a place that is not where it happened, is no conflict', () => {
  const articles = [
    article('a', 'Le Quotidien', "Une patrouille de l'armée malienne est tombée dans une embuscade mardi matin au Mali, selon une source sécuritaire.", ['Mali']),
    article('b', 'Radio Nord', "Une patrouille de l'armée malienne est tombée dans une embuscade mardi matin près de Tessalit, selon une source sécuritaire.", ['Tessalit']),
    article('c', 'Kidal Info', "Kidal Info : une patrouille de l'armée malienne est tombée dans une embuscade mardi matin, selon une source sécuritaire.", ['Kidal']),
  ];
  assert.deepEqual(crossCheckEvent({ event, articles, duplicateOf: new Map() }).conflicts, []);
});
