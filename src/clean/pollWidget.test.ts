import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

const P1 = 'La commune a ouvert cet été une piscine en plein air, la première depuis la fermeture de l’ancien bassin municipal en 2009.';
const P2 = 'Le maire espère attirer les familles des villages voisins, qui faisaient jusqu’ici quarante kilomètres pour se baigner.';
const P3 = 'Les tarifs restent bas, trois euros l’entrée pour les adultes, et l’accès est gratuit pour les enfants de moins de six ans.';

test('the answers of a poll with their votes, and its question, are furniture', () => {
  const lines = [P1, 'Irez-vous à la nouvelle piscine ?', 'Oui, dès cet été (61%, 1,204 votes)', 'Non, c’est trop loin (39 %, 770 voix)'];
  assert.deepEqual(pageFeatures(lines).lines.map((line) => line.furniture), [null, 'poll', 'poll', 'poll']);
});

test('a sentence quoting one survey figure is no poll', () => {
  const line = 'Selon le sondage, la majorité approuve le projet (61%, 1,204 votes)';
  assert.deepEqual(pageFeatures([P1, line]).lines.map((l) => l.furniture), [null, null]);
});

test('a poll between two paragraphs goes, the paragraphs stay', () => {
  const lines = [P1, P2, 'Irez-vous à la nouvelle piscine ?', 'Oui, dès cet été, avec les enfants (61%, 1,204 votes)', 'Non, c’est bien trop loin de chez nous (39%, 770 votes)', P3];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, false, false, false, true]);
});

test("a poll's question and its choices, one yes and one no, are furniture before any vote", () => {
  const lines = [P1, 'Faut-il agrandir le bassin ?', 'Oui, sans hésiter.', 'Non, il suffit.', 'Je ne sais pas.', P2];
  assert.deepEqual(pageFeatures(lines).lines.map((line) => line.furniture), [null, 'poll', 'poll', 'poll', 'poll', null]);
});

test('a question answered at length is no poll', () => {
  const lines = ['Le bassin sera-t-il chauffé ?', 'Oui, dès le mois de mai, grâce aux panneaux solaires posés sur le toit du vestiaire.', 'Non.'];
  assert.deepEqual(pageFeatures(lines).lines.map((line) => line.furniture), [null, null, null]);
});
