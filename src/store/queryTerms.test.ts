import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lightStem, matchesTerm, queryTerms } from './queryTerms.js';

test('stems never get shorter than the prefix floor', () => {
  assert.equal(lightStem('ans'), 'ans');
  assert.equal(lightStem('rues'), 'rue');
  assert.equal(lightStem('ministres'), 'ministr');
});

test('a term matches the words of the text whatever their accents, case and ending', () => {
  const terms = queryTerms('élection ministre');
  assert.ok(matchesTerm('ÉLECTIONS', terms));
  assert.ok(matchesTerm('Ministry', terms));
  assert.ok(!matchesTerm('élu', terms));
  assert.ok(matchesTerm('à', queryTerms('a')));
  assert.ok(!matchesTerm('avec', queryTerms('a')), 'short words match whole words only');
});
