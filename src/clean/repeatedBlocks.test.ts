import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';

const BLURB_A = 'Chaque semaine, notre équipe parcourt les ports de la côte ouest pour raconter la pêche de demain.';
const BLURB_B = 'Nous rencontrons les élus et les habitants des îles qui vivent de la mer et la voient changer.';
const QUOTE = '« Nous ne laisserons pas le port fermer sans avoir tout essayé pour le sauver », a promis la maire.';
const P = (n: number) => `Le conseil municipal a voté lundi soir le budget du nouveau port, le troisième projet de ce mandat (${n}).`;

test('a block of lines printed twice far apart is a menu laid out twice', () => {
  const lines = ['Ports', BLURB_A, 'Îles', BLURB_B, P(1), P(2), P(3), 'Ports', BLURB_A, 'Îles', BLURB_B];
  const kinds = pageFeatures(lines).lines.map((line) => line.furniture);
  assert.deepEqual(kinds, [null, 'teaser', null, 'teaser', null, null, null, null, 'teaser', null, 'teaser']);
});

test('a sentence printed twice alone (a pull quote) is not', () => {
  const lines = [P(1), QUOTE, P(2), P(3), P(4), QUOTE, P(5)];
  assert.deepEqual(pageFeatures(lines).lines.map((line) => line.furniture), [null, null, null, null, null, null, null]);
});

test('a passage printed twice in a row (a scrape doubling paragraphs) is the article, not a menu', () => {
  const lines = [P(1), QUOTE, P(2), P(3), QUOTE, P(2), P(3), P(4)];
  assert.deepEqual(pageFeatures(lines).lines.map((line) => line.furniture), new Array(lines.length).fill(null));
});
