import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, QuoteMention } from '../../article.js';
import { attributeQuotes, type EntityIndexLike } from './attributeQuotes.js';
import { testArticle } from './testArticle.js';

const entity = (id: string, name: string, type: Entity['type'] = 'person'): Entity => ({ id, name, type, aliases: [], roles: [], articles: [], mentions: [] });

const index: EntityIndexLike = {
  get: (id) => ({ p1: entity('p1', 'Abdoulaye Diop'), p2: entity('p2', 'Bamako', 'location'), p3: entity('p3', 'chef de la diplomatie malienne') } as Record<string, Entity>)[id],
  holderOfRole: (role) => (/diplomatie malienne/.test(role) ? 'p1' : null),
};

const q = (speakerMention: number | null, speakerName: string | null): QuoteMention => ({
  start: 0, end: 4, text: 'Oui.', direct: true, speakerName, speakerSpan: null, speakerMention, cue: null,
});

test('speaker by mention entity, by role holder, and null when unsure', () => {
  const article = testArticle('x');
  article.mentions = [
    { start: 0, end: 1, text: 'Diop', type: 'person', name: 'Abdoulaye Diop' },
    { start: 0, end: 1, text: 'le chef de la diplomatie malienne', type: 'person', name: 'chef de la diplomatie malienne', roleOnly: true, role: 'chef de la diplomatie malienne' },
    { start: 0, end: 1, text: 'Bamako', type: 'location', name: 'Bamako' },
  ];
  article.quotes = [q(0, 'Abdoulaye Diop'), q(1, 'le chef de la diplomatie malienne'), q(2, 'Bamako'), q(null, 'un diplomate occidental')];
  const quotes = attributeQuotes(article, ['p1', 'p3', 'p2'], index, 'e1');
  assert.deepEqual(quotes.map((x) => x.speaker), ['p1', 'p1', null, null]);
  assert.equal(quotes[0].article, 'test');
});

test('a partial role no index holder answers resolves to the one person of the article holding it', () => {
  const article = testArticle('x');
  article.mentions = [
    { start: 0, end: 1, text: 'Sergueï Lavrov', type: 'person', name: 'Sergueï Lavrov', role: 'ministre russe des Affaires étrangères' },
    { start: 0, end: 1, text: 'Abdoulaye Diop', type: 'person', name: 'Abdoulaye Diop', role: 'ministre malien des Affaires étrangères' },
  ];
  article.quotes = [q(null, 'ministre russe'), q(null, 'ministre des Affaires étrangères')];
  const lookup: EntityIndexLike = { get: (id) => entity(id, id), holderOfRole: () => null };
  assert.deepEqual(attributeQuotes(article, ['p9', 'p1'], lookup, 'e1').map((x) => x.speaker), ['p9', null]);
});
