import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanLine } from './scanLine.js';
import { HASH_PRIME, HASH_PRIME_INVERSE, LANGUAGES } from './vocabulary.js';

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

test('a line holding a code met for the first time counts as it does once the code is known', () => {
  const sink = () => ({ stopHits: new Uint16Array(LANGUAGES.length), stopAt: 0, content: new Int32Array(16), contentCount: 0 });
  // U+A64C, a Cyrillic letter no other line of this file holds, after two French stop words.
  const line = 'Les maisons de \ua64cород brûlent';
  const first = sink();
  const firstScan = scanLine(line, first);
  const again = sink();
  assert.deepEqual(scanLine(line, again), firstScan);
  assert.deepEqual([...first.stopHits], [...again.stopHits]);
  assert.deepEqual([...first.content.subarray(0, first.contentCount)], [...again.content.subarray(0, again.contentCount)]);
  assert.equal(first.stopHits[LANGUAGES.indexOf('fr')], 2);
});

test('a content word and its plural in "s" share a hash, undone from the word\'s own hash', () => {
  assert.equal(Math.imul(HASH_PRIME, HASH_PRIME_INVERSE), 1);
  const contentOf = (line: string) => {
    const sink = { stopHits: new Uint16Array(LANGUAGES.length), stopAt: 0, content: new Int32Array(16), contentCount: 0 };
    scanLine(line, sink);
    return [...sink.content.subarray(0, sink.contentCount)];
  };
  assert.deepEqual(contentOf('russes'), contentOf('russe'));
  assert.deepEqual(contentOf('Réfugiés'), contentOf('refugie'));
  assert.notDeepEqual(contentOf('russe'), contentOf('russa'));
});
