import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsQuery } from './ftsQuery.js';

test('plural and feminine endings are taken off, accents and case folded', () => {
  assert.equal(ftsQuery('Élections'), '"election"*');
  assert.equal(ftsQuery('présidente'), '"president"*');
  assert.equal(ftsQuery('journaux'), '"journa"*');
  assert.equal(ftsQuery('countries'), '"countr"*');
});

test('short words match exactly, punctuation and FTS syntax are not passed through', () => {
  assert.equal(ftsQuery("l'ONU à Bamako"), '"l" "onu"* "a" "bamako"*');
  assert.equal(ftsQuery('NEAR(" OR *'), '"near"* "or"');
  assert.equal(ftsQuery(' -- '), null);
});
