import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanLine } from './scanLine.js';

test('a line is counted in words, promotion cues and credit marks', () => {
  const scan = scanLine('Abonnez-vous à notre newsletter');
  assert.equal(scan.wordCount, 5);
  assert.equal(scan.promoCues, 2);
  assert.equal(scan.creditMark, false);
  assert.equal(scanLine('Des Casques bleus à Gao. (Archives)').creditMark, true);
  assert.equal(scanLine('© Sahel Actu').creditMark, true);
});

test('the same words give the same key, whatever the case, accents and punctuation', () => {
  assert.equal(scanLine('À (re)lire :').key, scanLine('a re lire').key);
  assert.notEqual(scanLine('a re lire').key, scanLine('a relire').key);
});

test('a line longer than the scratch buffers scans like a short one, word for word', () => {
  const sentence = 'Les élèves de Tombouctou ont repris les cours « après » deux semaines. ';
  const long = sentence.repeat(200);
  assert.ok(long.length > 10_000);
  assert.equal(scanLine(long).wordCount, 200 * scanLine(sentence).wordCount);
  assert.equal(scanLine('Mali').wordCount, 1);
});
