import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P = [
  'Cette lampe de bureau en chêne massif éclaire le plan de travail sans éblouir, et sa tête pivote pour suivre le geste.',
  'Son pied lesté la tient droite sur toutes les surfaces, et son interrupteur tactile se trouve à portée de main.',
  'Elle se range facilement sur une étagère et convient aussi bien au bureau qu’à la chambre des enfants, selon le fabricant.',
];
const MENU = ['Accueil', 'Nos magasins', 'Contact', 'Livraison', 'Retours', 'Carte cadeau', 'Aide'];
const SHEET = ['Dimensions :', '- 32 x 14 cm', '- 40 x 18 cm', 'Matière : chêne massif, laiton', 'Ampoule : LED 6 W (fournie)', 'Alimentation : câble USB-C', 'Poids : 1,2 kg'];

function kept(lines: string[]): string[] {
  const verdicts = classifyLines(lines);
  return lines.filter((_, i) => verdicts[i].content);
}

test("a spec sheet between the description and the rest of the article is the article's", () => {
  assert.deepEqual(kept([...MENU, P[0], P[1], 'Offrir ?', 'Découvrez nos emballages', ...SHEET, P[2], ...MENU]), [P[0], P[1], ...SHEET, P[2]]);
});

test('rubrics over teaser headlines are no spec sheet, nor is a sheet away from the article', () => {
  const teasers = [
    'Climat : Les glaciers des Alpes ont perdu un tiers de leur volume',
    'Santé : Une nouvelle étude relance le débat sur le sommeil des adolescents',
    'Sport : Le club promu remporte son premier match de la saison',
    'Culture : Le festival annonce sa programmation pour le mois de juillet',
  ];
  const around = kept([...MENU, P[0], P[1], 'Offrir ?', 'Découvrez nos emballages', ...teasers, P[2], ...MENU]);
  assert.deepEqual(around.filter((line) => teasers.includes(line)), []);
  assert.deepEqual(kept([...MENU, P[0], P[1], P[2], ...MENU, ...SHEET]), [P[0], P[1], P[2]]);
});
