import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';
import { classifyLines } from './classifyLines.js';

const captions = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.caption);
const P = 'Le conseil municipal a voté mardi soir le budget de la nouvelle ligne de tramway, après trois heures de débat.';
const Q = 'Les travaux commenceront au printemps et dureront deux ans, selon le maire, qui promet des rues rouvertes à la fin.';

test("a video's headline above its age and running time goes, and its summary below", () => {
  const lines = [P, 'Le tramway divise encore les commerçants du centre', 'Il y a 3 heures', 'Durée 1:45', 'Les commerçants craignent deux ans de travaux devant leurs vitrines.', Q];
  assert.deepEqual(captions(lines), [false, true, false, false, true, false]);
});

test('a summary above its date and running time goes', () => {
  const lines = [P, 'Des habitants ont manifesté devant la mairie contre le tracé. Ils demandent un autre parcours.', '12.03.2024 | 2:43 min', Q];
  assert.deepEqual(captions(lines), [false, true, false, false]);
});

test('a clock time alone is no running time, and the paragraphs around a card stay', () => {
  assert.deepEqual(captions([P, 'Le tramway divise encore les commerçants', '12:17', Q]), [false, false, false, false]);
  const R = `${P.replace('mardi', 'lundi')} ${Q.replace('printemps', 'mois de mai')}`;
  const verdicts = classifyLines([P, Q, 'Le tramway divise encore les commerçants du centre', 'Duration 1:30', R, Q.replace('printemps', 'mois de juin')]);
  assert.deepEqual(verdicts.map((v) => v.content), [true, true, false, false, true, true]);
});
