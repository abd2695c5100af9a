import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

const P1 = 'Le conseil régional a voté jeudi un plan de douze millions d’euros pour rouvrir la ligne de train entre les deux villes, fermée depuis 2017.';
const P2 = 'Les élus de l’opposition ont dénoncé un chantier trop coûteux, tandis que les maires des communes traversées ont salué une décision attendue.';
const P3 = 'Les premiers trains doivent circuler à l’automne 2027, selon la région, qui promet six allers-retours par jour en semaine et quatre le dimanche.';
const COMMENT = 'Enfin une bonne nouvelle pour les habitants de la vallée, depuis le temps que nous attendions que la région se décide à agir !';

const tails = (lines: string[]): boolean[] => pageFeatures(lines).lines.map((line) => line.tail);

test('a comment count alone on its line opens the thread', () => {
  assert.deepEqual(tails([P1, '12 commentaires', COMMENT]), [false, true, false]);
  assert.deepEqual(tails([P1, '(42) Comments', COMMENT]), [false, true, false]);
  assert.deepEqual(tails([P1, '12 victimes', P2]), [false, false, false]);
});

test('heads of a handle and an age open the thread from the first, when there are several', () => {
  const lines = [P1, 'valléenne38 il y a 2 heures', COMMENT, 'jdupont il y a 5 heures', COMMENT];
  assert.deepEqual(tails(lines), [false, true, false, false, false]);
  assert.deepEqual(tails([P1, 'valléenne38 il y a 2 heures', P2]), [false, false, false]);
  assert.deepEqual(tails([P1, 'Par Awa Diallo il y a 2 heures', P2, 'Par Awa Diallo il y a 2 heures']), [false, false, false, false]);
});

test('the comments below a count are not kept with the article', () => {
  const verdicts = classifyLines([P1, P2, P3, '3 commentaires', 'valléenne38 il y a 2 heures', COMMENT, COMMENT.replace('Enfin', 'Voilà')]);
  assert.deepEqual(verdicts.map((v) => v.content), [true, true, true, false, false, false, false]);
});
