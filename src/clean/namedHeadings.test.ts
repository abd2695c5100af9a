import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const INTRO = [
  'Choisir une tente de randonnée dépend surtout du poids que vous acceptez de porter et du nombre de nuits que vous passerez dehors chaque année.',
  'Nous avons testé les modèles des principales marques pendant tout un été, en montagne comme en bord de mer, par beau temps et sous la pluie.',
];
const TILES = ['Altura', 'Brisa', 'Cumbre'];
const SECTION = [
  'Altura', 'Altura fabrique des tentes très légères, pensées pour les longues traversées où chaque gramme compte dans le sac à dos.',
  'Brisa', 'La marque catalane Brisa mise sur des toiles épaisses qui résistent au vent, au prix de quelques centaines de grammes de plus.',
  'Cumbre', 'Les modèles de Cumbre sont les plus simples à monter, ce qui en fait un bon choix pour une première tente de randonnée.',
];

test('names the page prints as tiles, each heading a paragraph that names it, are the article’s headings', () => {
  const lines = ['Accueil', ...TILES, 'Tentes', ...TILES, 'Filtrer', ...INTRO, ...SECTION, 'Mentions légales'];
  const verdicts = classifyLines(lines);
  for (const name of TILES) {
    const heading = lines.indexOf(name, lines.indexOf(INTRO[1]));
    assert.deepEqual(verdicts[heading], { content: true, reason: 'heading' }, name);
    assert.equal(verdicts[lines.indexOf(name)].content, false, `${name} as a tile`);
  }
});

test('one name above a paragraph naming it is no section, and stays out', () => {
  const lines = ['Accueil', ...TILES, 'Tentes', ...TILES, 'Filtrer', ...INTRO, ...SECTION.slice(0, 2), 'Mentions légales'];
  const verdicts = classifyLines(lines);
  assert.equal(verdicts[lines.indexOf('Altura', lines.indexOf(INTRO[1]))].content, false);
});
