import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';

const furniture = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.furniture);
const P1 = 'Der Landtag hat am Dienstag den Bericht des Untersuchungsausschusses zur Flut im Ahrtal beraten und lange darüber gestritten.';

test("the headline above an excerpt closed by its link is the card's", () => {
  const lines = [P1, 'Rücktritt der Ministerin Wenn der Gegenwind zu stark wird', 'Schon als Landesministerin war sie umstritten, zuletzt hieß es oft, sie sei überfordert. mehr'];
  assert.deepEqual(furniture(lines), [null, 'teaser', 'teaser']);
});

test('a sentence above an excerpt is left to the classifier', () => {
  const lines = ['Die Ministerin ist zurückgetreten.', 'Schon als Landesministerin war sie umstritten, zuletzt hieß es oft, sie sei überfordert. mehr'];
  assert.deepEqual(furniture(lines), [null, 'teaser']);
});

const P2 = 'Les chercheurs ont suivi pendant dix ans plus de deux mille patients dans quatre hôpitaux de la région lyonnaise.';

test('a card above a link of its own goes: its headline and its summary', () => {
  const lines = [P2, 'Une nouvelle piste contre la migraine', 'Comment naissent les crises ? Une étude suit les patients.', 'Lire la suite', P2];
  assert.deepEqual(furniture(lines), [null, 'teaser', 'teaser', 'line', null]);
});

test('a headline and its cut excerpt above a link of its own go', () => {
  const lines = [P2, 'Le tramway de Lyon fête ses vingt ans', 'Depuis son ouverture, la ligne a transporté des millions de voyageurs entre', 'Read more'];
  assert.deepEqual(furniture(lines), [null, 'teaser', 'teaser', 'line']);
});

test('a paragraph above a link of its own is left alone, and so is a short sentence under a paragraph', () => {
  assert.deepEqual(furniture([P2, 'Read more', P2]), [null, 'line', null]);
  assert.deepEqual(furniture([P2, 'Les prix ont encore monté cette année.', 'Read more']), [null, null, 'line']);
});
