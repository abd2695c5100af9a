import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheckEvent } from './crossCheckEvent.js';
import { portfolioOf } from './findRoleConflicts.js';
import { toArticle } from './fixtures/loadFixture.js';
import { mention } from './fixtures/mention.js';
import type { Article } from '../article.js';

const event = { id: 'e1', title: 'Visite', articles: [], start: '2023-02-07', end: '2023-02-07', storyline: 's1' };

function withRole(id: string, outlet: string, text: string, name: string, role: string, lang = 'fr'): Article {
  const roleStart = text.indexOf(role);
  return toArticle({
    id, outlet, lang, text, published: '2023-02-07T10:00:00Z',
    mentions: [mention(text, name, 'person', { role, roleSpan: { start: roleStart, end: roleStart + role.length } })],
  });
}

test('roles compare by what they are in charge of, across languages', () => {
  assert.equal(portfolioOf('ministre malien des Affaires étrangères'), 'foreign affairs');
  assert.equal(portfolioOf('chef de la diplomatie malienne'), 'foreign affairs');
  assert.equal(portfolioOf('Foreign Minister'), 'foreign affairs');
  assert.equal(portfolioOf('ministre de la Défense'), 'defence');
  assert.equal(portfolioOf('porte-parole'), null);
});

test('one person given two portfolios by independent sources is a name conflict on the role', () => {
  const articles = [
    withRole('a', 'Le Quotidien', "Le ministre malien des Affaires étrangères Abdoulaye Diop a reçu son homologue russe mardi à Bamako.", 'Abdoulaye Diop', 'ministre malien des Affaires étrangères'),
    withRole('b', 'Sahel Monitor', 'Foreign Minister Abdoulaye Diop welcomed his Russian counterpart in Bamako on Tuesday.', 'Abdoulaye Diop', 'Foreign Minister', 'en'),
    withRole('c', 'La Voix', 'Le ministre malien de la Défense, Abdoulaye Diop, a accueilli mardi le chef de la diplomatie russe.', 'Abdoulaye Diop', 'ministre malien de la Défense'),
  ];
  const { conflicts } = crossCheckEvent({ event, articles, duplicateOf: new Map() });
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]!.kind, 'name');
  assert.equal(conflicts[0]!.about, 'role of Abdoulaye Diop');
  assert.deepEqual(conflicts[0]!.values.map((v) => [v.article, articles.find((a) => a.id === v.article)!.text.slice(v.start, v.end)]), [
    ['a', 'ministre malien des Affaires étrangères'],
    ['b', 'Foreign Minister'],
    ['c', 'ministre malien de la Défense'],
  ]);
});

test('the same portfolio in other words is no conflict', () => {
  const articles = [
    withRole('a', 'Le Quotidien', 'Le ministre des Affaires étrangères Abdoulaye Diop a reçu son homologue russe.', 'Abdoulaye Diop', 'ministre des Affaires étrangères'),
    withRole('b', 'La Voix', 'Le chef de la diplomatie malienne Abdoulaye Diop a reçu son homologue russe.', 'Abdoulaye Diop', 'chef de la diplomatie malienne'),
  ];
  assert.deepEqual(crossCheckEvent({ event, articles, duplicateOf: new Map() }).conflicts, []);
});
