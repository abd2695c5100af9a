import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsQuery, lightStem, parseSnippet } from './ftsQuery.js';

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

test('stems never get shorter than the prefix floor', () => {
  assert.equal(lightStem('ans'), 'ans');
  assert.equal(lightStem('rues'), 'rue');
});

test('snippet markers become spans into the unmarked text', () => {
  const snippet = parseSnippet('les \u0002élections\u0003 au \u0002Mali\u0003');
  assert.equal(snippet.text, 'les élections au Mali');
  assert.deepEqual(
    snippet.marks.map((m) => snippet.text.slice(m.start, m.end)),
    ['élections', 'Mali'],
  );
});
