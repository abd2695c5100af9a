import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = 'Le festival a dévoilé mardi la liste des films retenus pour la compétition officielle, après plusieurs semaines de délibérations.';
const P2 = 'Le jury, présidé cette année par une réalisatrice sénégalaise, devra départager des œuvres toutes inédites en Europe.';

test('a numbered list that goes on from the article stays; its credits between items do not', () => {
  const lines = [P1, P2, '1. Le Fleuve de sable', 'Photo DR', '2. Nuit sur Kidal', 'Photo DR', '3. Les Enfants du port', 'Accueil'];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, false, true, false, true, false]);
});

test('numbers out of order or fewer than three make no list', () => {
  const lines = [P1, P2, '1. Le Fleuve de sable', '3. Nuit sur Kidal', '4. Les Enfants du port'];
  assert.deepEqual(classifyLines(lines).slice(2).map((v) => v.content), [false, false, false]);
});

test("the line alone between two items is the item's; a box of several lines between them is not", () => {
  const lines = [P1, P2, '1. Le Fleuve de sable', 'https://example.org/fleuve', '2. Nuit sur Kidal', 'https://example.org/kidal', '3. Les Enfants du port', 'Accueil'];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, true, true, true, true, false]);
  const boxed = [P1, P2, '1. Le Fleuve de sable', 'Contenu externe bloqué', 'Modifier mes réglages', '2. Nuit sur Kidal', 'Contenu externe bloqué', 'Modifier mes réglages', '3. Les Enfants du port'];
  assert.deepEqual(classifyLines(boxed).slice(2).map((v) => v.content), [true, false, false, true, false, false, true]);
});
