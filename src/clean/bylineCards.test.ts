import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';

const card = (n: number) => [
  'Photo',
  `Le maire de la commune ${n} veut rouvrir la piscine`,
  `Fermé depuis des années, le bassin numéro ${n} pourrait accueillir de nouveau les familles du canton dès l’été prochain.`,
  `Par Awa Diallo et Jean Martin`,
];
const furniture = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.furniture);

test('a rail of three signed cards is teasers: headlines, summaries and bylines', () => {
  const lines = [...card(1), ...card(2), ...card(3)];
  const kinds = furniture(lines);
  for (let k = 0; k < 3; k++) assert.deepEqual(kinds.slice(4 * k + 1, 4 * k + 4), ['teaser', 'teaser', 'teaser']);
});

test("an article's own title, standfirst and byline are one card, followed by the article", () => {
  const body = 'Le conseil municipal a voté mardi soir un budget de deux millions d’euros pour remettre en état le bassin et ses vestiaires, fermés depuis 2009.';
  const lines = [...card(1), body, body + ' Les travaux commenceront en janvier.', ...card(2), ...card(3)];
  assert.deepEqual(furniture(lines).slice(1, 6), [null, null, null, null, null]);
});

test('two signed cards are no rail', () => {
  assert.ok(furniture([...card(1), ...card(2)]).every((kind) => kind !== 'teaser'));
});

test("a card's long headline, or a card another rule already took for a teaser's, stays in the rail", () => {
  const long = [
    'Photo',
    '‘Le bassin va rester fermé tout l’été’ : dans la commune, les familles attendent toujours la réouverture de la piscine municipale',
    'Fermé depuis des années, le bassin pourrait accueillir de nouveau les familles du canton dès l’été prochain, selon la mairie.',
    'Par Awa Diallo',
  ];
  const kinds = furniture([...card(1), ...long, ...card(3)]);
  assert.deepEqual(kinds.slice(5, 8), ['teaser', 'teaser', 'teaser']);
});
