import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOrigins, outletKey } from './countOrigins.js';

test('a dispatch and its reprints count once', () => {
  assert.equal(
    countOrigins([
      { id: 'a', outlet: 'Dépêche Afrique', duplicateOf: null },
      { id: 'b', outlet: 'Bamako Matin', duplicateOf: 'a' },
      { id: 'c', outlet: 'Sahel Monitor', duplicateOf: 'a' },
      { id: 'd', outlet: 'Le Courrier du Sahel', duplicateOf: null },
    ]),
    2,
  );
});

test('editions of one outlet count once, whatever its spelling', () => {
  assert.equal(
    countOrigins([
      { id: 'a', outlet: 'Le Monde', duplicateOf: null },
      { id: 'b', outlet: 'www.lemonde.fr', duplicateOf: null },
      { id: 'c', outlet: null, duplicateOf: null },
    ]),
    2,
  );
  assert.equal(outletKey('https://www.lemonde.fr/afrique'), 'lemonde');
});

test('a reprint by an outlet that also wrote its own piece joins both into one origin', () => {
  assert.equal(
    countOrigins([
      { id: 'a', outlet: 'X', duplicateOf: null },
      { id: 'b', outlet: 'Y', duplicateOf: 'a' },
      { id: 'c', outlet: 'Y', duplicateOf: null },
    ]),
    1,
  );
});
