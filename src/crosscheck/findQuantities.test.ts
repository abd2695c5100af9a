import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './findQuantities.js';
import { LOCALE_FR } from './locales/fr/index.js';
import { LOCALE_EN } from './locales/en/index.js';

const fr = (text: string) => findQuantities(text, 0, LOCALE_FR).map((q) => [q.text, q.point, q.low, q.high]);
const en = (text: string) => findQuantities(text, 0, LOCALE_EN).map((q) => [q.text, q.point, q.low, q.high]);

test('French digits with space, no-break space and dot grouping', () => {
  assert.deepEqual(fr('Environ 1 500 hommes'), [['Environ 1 500', 1500, 1275, 1725]]);
  assert.deepEqual(fr('soit 1\u202f500 hommes'), [['1\u202f500', 1500, 1500, 1500]]);
  assert.deepEqual(fr('2.000 manifestants'), [['2.000', 2000, 2000, 2000]]);
  assert.deepEqual(fr('1,5 million de déplacés'), [['1,5 million', 1_500_000, 1_500_000, 1_500_000]]);
});

test('French number words and vague amounts', () => {
  assert.deepEqual(fr('douze personnes tuées'), [['douze', 12, 12, 12]]);
  assert.deepEqual(fr('quatre-vingt-dix blessés'), [['quatre-vingt-dix', 90, 90, 90]]);
  assert.deepEqual(fr('vingt et un soldats'), [['vingt et un', 21, 21, 21]]);
  assert.deepEqual(fr('deux cent cinquante maisons'), [['deux cent cinquante', 250, 250, 250]]);
  assert.deepEqual(fr('une quinzaine de morts'), [['une quinzaine', 15, 13, 17]]);
  assert.deepEqual(fr('des centaines de mercenaires'), [['des centaines', null, 200, 999]]);
  assert.deepEqual(fr('plus de 2 000 combattants'), [['plus de 2 000', 2000, 2000, 3000]]);
  assert.deepEqual(fr('au moins 12 morts'), [['au moins 12', 12, 12, 12]]);
});

test('articles, dates, times, years and percentages are not counts', () => {
  assert.deepEqual(fr('Un soldat a été tué le 12 mars à 18h30.'), []);
  assert.deepEqual(fr('arrivés en 2009, ils sont 45 % à rester, au 3e jour'), []);
  assert.deepEqual(fr('2000 manifestants'), [['2000', 2000, 2000, 2000]]);
});

test('names, scores, seasons, ages and clock times are not counts', () => {
  assert.deepEqual(en('seven AK-47 rifles, an 88-72 loss in the 2008-09 season'), [['seven', 7, 7, 7]]);
  assert.deepEqual(en('the 40 - year - old champion signed a five-year deal at 0241 GMT'), []);
});

test('ages, distances, dates and repetitions are not counts', () => {
  assert.deepEqual(en('Raj Chohan, 59, was killed about 15 miles north on Nov. 17, shot 11 times.'), []);
  assert.deepEqual(fr('Abdoulaye Diop, 61, était à 70 km de Kidal.'), []);
});

test('parts of a group are not its total', () => {
  assert.deepEqual(en('two other victims and three of the seven officers'), [['seven', 7, 7, 7]]);
  assert.deepEqual(fr("deux autres blessés, trois d'entre eux"), []);
});

test('a range is one figure; a change from one figure to another is two', () => {
  assert.deepEqual(fr('entre 10 000 et 15 000 morts'), [['10 000 et 15 000', null, 10000, 15000]]);
  assert.deepEqual(fr('10 à 15 morts'), [['10 à 15', null, 10, 15]]);
  assert.deepEqual(fr('le bilan est passé de 12 à 14 morts').map((q) => q[0]), ['12', '14']);
  assert.deepEqual(en('between 300 and 400 people'), [['300 and 400', null, 300, 400]]);
  assert.deepEqual(en('12 soldiers and 20 fighters').map((q) => q[0]), ['12', '20']);
});

test('English grouping and words', () => {
  assert.deepEqual(en('at least 1,500 fighters'), [['at least 1,500', 1500, 1500, 1500]]);
  assert.deepEqual(en('twenty-one people and hundreds of others'), [
    ['twenty-one', 21, 21, 21],
    ['hundreds', null, 200, 999],
  ]);
  assert.deepEqual(en('one man died'), []);
});

test('offsets are relative to the article', () => {
  const [q] = findQuantities('12 morts', 100, LOCALE_FR);
  assert.equal(q!.start, 100);
  assert.equal(q!.end, 102);
});

test("the names of a JavaScript object's own machinery are no number words", () => {
  assert.deepEqual(fr('le constructor et toString du code'), []);
  assert.deepEqual(fr('soit 12 constructor'), [['12', 12, 12, 12]], 'no factor after a figure either');
  assert.deepEqual(en('the constructor hasOwnProperty of 3 constructor'), [['3', 3, 3, 3]]);
});
