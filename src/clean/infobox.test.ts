import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const LEDE = 'Le Mali est un pays d’Afrique de l’Ouest sans accès à la mer, traversé par le fleuve Niger et bordé au nord par le Sahara.';
const P2 = 'Sa population, en grande partie rurale, vit de l’agriculture, de l’élevage et de la pêche le long du fleuve et de ses affluents.';
const P3 = 'Ancienne colonie française, le pays a proclamé son indépendance le 22 septembre 1960, sous la présidence de Modibo Keïta.';

test("the fact box headed by the subject's name, above a first sentence opening on it, is the article's", () => {
  const box = ['Le Mali', 'Capitale', 'Bamako', 'Langues officielles', 'bambara, peul, soninké…', 'Superficie', '1 241 238 km²', 'Monnaie', 'Franc CFA'];
  const verdicts = classifyLines(['Se connecter', 'Rechercher', ...box, LEDE, P2, P3]).map((v) => v.content);
  assert.deepEqual(verdicts, [false, false, ...box.map(() => true), true, true, true]);
});

test('a menu whose last items name what the article opens on is no fact box', () => {
  const menu = ['Afrique', 'Le Mali', 'Niger', 'Tchad', 'Politique', 'Culture'];
  const lede = 'Le Mali, selon un communiqué lu mardi soir, a fermé ses frontières avec le Niger pour une durée indéterminée.';
  const verdicts = classifyLines([...menu, lede, P2, P3]).map((v) => v.content);
  assert.deepEqual(verdicts.slice(0, menu.length), menu.map(() => false));
});
