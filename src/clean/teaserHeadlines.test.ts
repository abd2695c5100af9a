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
