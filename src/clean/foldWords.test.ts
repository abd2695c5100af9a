import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldLine, foldWords } from './foldWords.js';

test('foldLine: lower case, accents and punctuation out, one space between words', () => {
  assert.equal(foldLine('À (re)lire :'), 'a re lire');
  assert.equal(foldLine('  Œuvre — « Déjà vu » !'), 'œuvre deja vu');
  assert.equal(foldLine('…'), '');
  assert.deepEqual(foldWords('Abonnez-vous à notre newsletter'), ['abonnez', 'vous', 'a', 'notre', 'newsletter']);
});

test('foldLine: a line longer than one string-building call is folded whole', () => {
  const line = 'Élection à Niamey, '.repeat(1000);
  const expected = Array.from({ length: 1000 }, () => 'election a niamey').join(' ');
  assert.equal(foldLine(line), expected);
});
