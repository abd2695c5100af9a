import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

const P1 = 'La commune a ouvert cet été une piscine en plein air, la première depuis la fermeture de l’ancien bassin municipal en 2009.';
const P2 = 'Le maire espère attirer les familles des villages voisins, qui faisaient jusqu’ici quarante kilomètres pour se baigner.';
const P3 = 'Les tarifs restent bas, trois euros l’entrée pour les adultes, et l’accès est gratuit pour les enfants de moins de six ans.';
const CAPTION = 'Le nouveau bassin de plein air, le jour de son ouverture au public.';

const captions = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.caption === true);

test('the line above a credit alone is a caption when the article goes on below the picture', () => {
  for (const credit of ['© Jean Martin / Ville de Sarlat', 'Photo: Jean Martin', 'Jean Martin / AFP', '(Robert F. Bukaty / AP)']) {
    assert.deepEqual(captions([P1, CAPTION, credit, P2]), [false, true, false, false], credit);
  }
  assert.deepEqual(classifyLines([P1, CAPTION, '© Jean Martin / Ville de Sarlat', P2, P3]).map((v) => v.content), [true, false, false, true, true]);
});

test("the article's last paragraph above a closing copyright is no caption", () => {
  assert.deepEqual(captions([P1, P2, CAPTION, '© Agence Presse Locale', 'Partager']), [false, false, false, false, false]);
});

test('a paragraph is longer than a caption, and a credit holding its own caption credits only that one', () => {
  assert.deepEqual(captions([P1, P2 + ' ' + P3, '© Jean Martin', P1]), [false, false, false, false]);
  assert.deepEqual(captions([P1, CAPTION, 'La foule devant le bassin. © Jean Martin', P2]), [false, false, false, false]);
});

test("a pull quote above its speaker's portrait credit stays", () => {
  assert.deepEqual(captions([P1, '« Nous voulions un bassin pour tous les enfants du canton »', 'Jean Martin / AFP', P2]), [false, false, false, false]);
});

test('the alternative text printed again at the start of the caption with its credit is a caption', () => {
  const alt = 'The road to the spaceport from the port town.';
  assert.deepEqual(captions([P1, `${alt} Jane Doe for The Daily Planet`, alt, P2]), [false, false, true, false]);
  assert.deepEqual(captions([P1, alt, `${alt} Jane Doe for The Daily Planet`, P2]), [false, true, false, false]);
});

test('a caption closed by a credit without a label is a caption', () => {
  for (const caption of ['Le nouveau bassin de plein air, le jour de son ouverture. Ville de Sarlat', 'A rocket stands on the launchpad near the coast. Advanced Rocket Technologies']) {
    assert.deepEqual(captions([P1, caption, P2]), [false, true, false], caption);
  }
});

test('a title-case headline with an abbreviation, a signed paragraph or a hard-wrapped line has no bare credit', () => {
  for (const line of ['Two Dead, One Wounded in Shooting at NE Phila. Kraft Plant', 'Les tarifs restent bas pour toute la saison estivale. AFP', 'Le maire a présenté le projet devant le conseil municipal. Le']) {
    assert.deepEqual(captions([P1, line, 'conseil a voté le budget, et les travaux commenceront en janvier prochain.']), [false, false, false], line);
  }
  assert.deepEqual(captions([P1, 'The bill passed and the mayor thanked the council in a short speech. The', 'council then adjourned.']), [false, false, false]);
});

test('a caption with a bare credit is dropped between two paragraphs', () => {
  const verdicts = classifyLines([P1, 'Le nouveau bassin de plein air, le jour de son ouverture. Ville de Sarlat', P2, P3]);
  assert.deepEqual(verdicts.map((v) => v.content), [true, false, true, true]);
});
