import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheckEvent } from './crossCheckEvent.js';
import { toArticle } from './fixtures/loadFixture.js';

const event = { id: 'e1', title: 'Moscou', articles: [], start: '2022-05-20', end: '2022-05-20', storyline: 's1' };
const article = (id: string, outlet: string, text: string) => toArticle({ id, outlet, text, lang: 'en', published: '2022-05-20T10:00:00Z' });

test('one sentence confirms two statements that other sources make apart', () => {
  const articles = [
    article('a', 'Sahel Monitor', 'Lavrov accused France of a colonial mentality and promised further deliveries of military equipment to the Malian army.'),
    article('b', 'Northern Ledger', 'At the press conference, Lavrov accused France of a colonial mentality in Africa.'),
    article('c', 'Bamako Daily', 'Lavrov promised further deliveries of military equipment to the Malian army this year.'),
  ];
  const { claims } = crossCheckEvent({ event, articles, duplicateOf: new Map() });
  const withA = claims.filter((c) => c.articles.includes('a') && c.origins > 1);
  assert.deepEqual(withA.map((c) => [...c.articles].sort()).sort(), [['a', 'b'], ['a', 'c']]);
});

test('sentences that give one fact different figures never confirm each other', () => {
  const articles = [
    article('a', 'Sahel Monitor', 'The attack on the convoy near Mopti killed 12 people on Tuesday, officials said.'),
    article('b', 'Northern Ledger', 'The attack on the convoy near Mopti killed 14 people on Tuesday, officials said.'),
  ];
  const { claims, conflicts } = crossCheckEvent({ event, articles, duplicateOf: new Map() });
  assert.ok(claims.every((c) => c.origins === 1));
  assert.equal(conflicts.length, 1);
});
