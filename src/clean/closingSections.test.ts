import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { entryName } from './closingSections.js';
import { CONTENTS as LAKE_CONTENTS, INTRO, SECTIONS } from './fixtures/lakeChadArticle.js';

/** The contents end on the closing sections' entries. */
const CONTENTS = [...LAKE_CONTENTS, '4 Voir aussi', '5 Références', '6 Liens externes'];
const CLOSING = [
  'Voir aussi[modifier]',
  'Fleuve Chari',
  'Kanem-Bornou',
  'Références[modifier]',
  '^ Atlas du bassin du lac Tchad, 2012, p. 14.',
  '^ Rapport de la Commission du bassin, 2019.',
  '^ Recensement des pêcheries, 2015.',
  'Liens externes[modifier]',
  'Site de la Commission du bassin du lac Tchad',
];
const NAVBOX = ['v', 'm', 'Lacs d’Afrique', 'Lac Victoria', 'Lac Tanganyika', 'Lac Malawi'];

test('an entry is named without its section number', () => {
  assert.equal(entryName('12 Further reading'), 'further reading');
  assert.equal(entryName('3.1 La pêche'), 'la pêche');
});

test('the closing sections the contents name are the article: their headings, and the lists between two of them', () => {
  const lines = ['Accueil', 'Rubriques', 'Connexion', ...INTRO, ...CONTENTS, ...SECTIONS, ...CLOSING, ...NAVBOX];
  const verdicts = classifyLines(lines).map((v) => v.content);
  const at = (line: string) => verdicts[lines.indexOf(line)];
  for (const entry of CONTENTS.slice(1)) assert.ok(at(entry), entry);
  for (const line of CLOSING.slice(0, -1)) assert.ok(at(line), line);
  // The last section's list has nothing below to bound it: the navigation box follows.
  assert.equal(at('Site de la Commission du bassin du lac Tchad'), false);
  for (const line of NAVBOX) assert.equal(at(line), false, line);
});

test('closing headings no contents names stay out', () => {
  const lines = ['Accueil', 'Rubriques', 'Connexion', ...INTRO, ...SECTIONS, ...CLOSING.slice(0, 3)];
  const verdicts = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(verdicts.slice(-3), [false, false, false]);
});

test('where no contents name it, the "See also" section between the article and its notes is the article, and their edit-linked heading too', () => {
  const closing = CLOSING.slice(0, -2);
  const lines = ['Accueil', 'Rubriques', 'Connexion', ...INTRO, ...SECTIONS, ...closing, ...NAVBOX];
  const verdicts = classifyLines(lines).map((v) => v.content);
  const from = lines.length - NAVBOX.length - closing.length;
  assert.deepEqual(verdicts.slice(from, from + closing.length), closing.map(() => true));
});

test('a stretch with a tail marker, or longer than a few titles, between the article and its notes is no "See also" section', () => {
  const links = Array.from({ length: 14 }, (_, k) => `Lac numéro ${k + 1}`);
  for (const closing of [[CLOSING[0], 'Les plus lus', ...CLOSING.slice(1, 3)], [CLOSING[0], ...links]]) {
    const lines = ['Accueil', 'Rubriques', 'Connexion', ...INTRO, ...SECTIONS, ...closing, ...CLOSING.slice(3, -2)];
    const verdicts = classifyLines(lines).map((v) => v.content);
    assert.equal(verdicts[lines.indexOf(closing[2])], false, closing[1]);
  }
});
