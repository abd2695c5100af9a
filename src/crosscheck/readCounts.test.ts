import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlap, readCounts } from './readCounts.js';
import { LOCALE_FR } from './locales/fr/index.js';
import { LOCALE_EN } from './locales/en/index.js';

const fr = (text: string) => readCounts(text, 0, LOCALE_FR, []).map((c) => [c.text, c.concept, c.who, c.superseded]);

test('the predicate after the figure names the concept', () => {
  assert.deepEqual(fr('Douze personnes ont été tuées mardi.'), [['Douze', 'death toll', null, false]]);
  assert.deepEqual(fr('12 soldats tués et 30 blessés.'), [
    ['12', 'death toll', 'soldiers', false],
    ['30', 'injured', null, false],
  ]);
  assert.deepEqual(fr('des centaines de mercenaires'), [['des centaines', 'fighters', null, false]]);
  assert.deepEqual(fr('14 soldats et 20 combattants ont été tués.').map((c) => [c[1], c[2]]), [
    ['death toll', 'soldiers'],
    ['death toll', 'fighters'],
  ]);
  assert.deepEqual(fr('Un séisme de magnitude 5,2 a fait 12 morts.').map((c) => [c[0], c[1]]), [['5,2', 'magnitude'], ['12', 'death toll']]);
  assert.deepEqual(fr('Deux séismes de magnitude 6,3 ont frappé la région.').map((c) => [c[0], c[1]]), [['Deux', 'word:seism'], ['6,3', 'magnitude']]);
  assert.deepEqual(readCounts('the deadliest quake in more than six decades killed 2,122 people', 0, LOCALE_EN, []).map((c) => [c.text, c.concept]), [['2,122', 'death toll']]);
});

test('a concept before the figure counts when none follows', () => {
  assert.deepEqual(fr("Le bilan s'élève à 14."), [['14', 'death toll', null, false]]);
  assert.deepEqual(readCounts('The death toll rose to 14 on Monday.', 0, LOCALE_EN, []).map((c) => c.concept), ['death toll']);
});

test('an unknown counted noun becomes its own concept', () => {
  assert.deepEqual(fr('Les pompiers ont engagé 300 véhicules.').map((c) => c[1]), ['word:vehicul']);
});

test('the first figure of "passé de 12 à 14" is superseded', () => {
  assert.deepEqual(fr('Le bilan est passé de 12 à 14 morts.'), [
    ['12', 'death toll', null, true],
    ['14', 'death toll', null, false],
  ]);
});

test('a floor is the figure it states, except against a vague amount', () => {
  const [floor12] = readCounts('au moins 12 morts', 0, LOCALE_FR, []);
  const [fourteen] = readCounts('14 morts', 0, LOCALE_FR, []);
  const [floor20] = readCounts('at least 20 fighters', 0, LOCALE_EN, []);
  const [dozens] = readCounts('dozens of fighters', 0, LOCALE_EN, []);
  assert.equal(overlap(floor12!, fourteen!), false);
  assert.equal(overlap(floor20!, dozens!), true);
});
