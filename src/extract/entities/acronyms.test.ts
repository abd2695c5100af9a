import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandsAcronym, isAcronym } from './acronyms.js';

test('acronyms are short words of capitals, at most one lower-case letter at the end', () => {
  for (const word of ['CSP', 'FAMa', 'USGS', 'G5']) assert.ok(isAcronym(word), word);
  for (const word of ['Minusma', 'Bamako', 'A', 'ORGANISATIONS']) assert.ok(!isAcronym(word), word);
});

test('a long form expands its acronym when the letters appear in order, the first opening a word', () => {
  assert.ok(expandsAcronym('Cadre stratégique permanent', 'CSP'));
  assert.ok(expandsAcronym('US Geological Survey', 'USGS'));
  assert.ok(expandsAcronym('Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali', 'MINUSMA'));
  assert.ok(expandsAcronym('Forces armées maliennes', 'FAMa'));
  assert.ok(!expandsAcronym('Permanent Strategic Framework', 'CSP'), 'a translation does not expand it');
  assert.ok(!expandsAcronym('Institut américain de géophysique', 'USGS'), 'nor does a description');
  assert.ok(!expandsAcronym('CSP', 'CSP'), 'an acronym is no long form of itself');
});
