// French expressions in sentences of our own, in an article published Tuesday 7 February 2023.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from '../../extractDates.js';
import { testArticle } from '../../testArticle.js';

const PUBLISHED = '2023-02-07';

/** [sentence, expression as written, value, grain, extra fields expected] */
const TABLE: [string, string, string, string, Record<string, unknown>?][] = [
  ['Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé lundi soir à Bamako.', 'lundi soir', '2023-02-06', 'day', { partOfDay: 'evening', relative: true }],
  ['Le chef de la diplomatie malienne le recevra jeudi au palais de Koulouba.', 'jeudi', '2023-02-09', 'day'],
  ['Les deux ministres se sont entretenus ce mardi à Bamako.', 'ce mardi', '2023-02-07', 'day'],
  ['Le sommet prévu vendredi dernier a été reporté.', 'vendredi dernier', '2023-02-03', 'day'],
  ['La junte est au pouvoir depuis 2021.', '2021', '2021', 'year', { mod: 'since' }],
  ['Les élections sont attendues fin 2023.', 'fin 2023', '2023', 'year', { mod: 'end' }],
  ['Une mission est attendue début février.', 'début février', '2023-02', 'month', { mod: 'start' }],
  ['Les troupes sont parties mi-janvier.', 'mi-janvier', '2023-01', 'month', { mod: 'mid' }],
  ["L'accord avait été signé en mars 2022 à Alger.", 'mars 2022', '2022-03', 'month'],
  ['Le convoi a été attaqué le 3 juin dernier près de Gao.', 'le 3 juin dernier', '2022-06-03', 'day'],
  ['Le référendum aura lieu en juin prochain.', 'juin prochain', '2023-06', 'month'],
  ["La France a retiré ses soldats l'an dernier.", "l'an dernier", '2022', 'year'],
  ["Le scrutin est repoussé à l'année prochaine.", "l'année prochaine", '2024', 'year'],
  ['Deux soldats ont été blessés avant-hier.', 'avant-hier', '2023-02-05', 'day'],
  ['Une explosion a retenti hier soir dans le centre.', 'hier soir', '2023-02-06', 'day', { partOfDay: 'evening' }],
  ['Le pays a connu un coup d\'Etat en 1990.', '1990', '1990', 'year'],
  ['Le traité de 1975 reste en vigueur.', '1975', '1975', 'year'],
  ["L'école a changé ses horaires dès octobre 98.", 'octobre 98', '1998-10', 'month'],
  ['Il a grandi dans les années 60 à Ségou.', 'les années 60', '196X', 'decade'],
  ["Le barrage sera achevé à l'automne.", "l'automne", '2023-23', 'season'],
  ['Le village a été construit à la fin du XIXe siècle.', 'la fin du XIXe siècle', '18XX', 'century', { mod: 'end' }],
  ['Le conseil se réunira le 22 février à 18 h 30.', 'le 22 février', '2023-02-22', 'day'],
  ['Le conseil se réunira le 22 février à 18 h 30.', '18 h 30', '2023-02-22T18:30', 'datetime'],
  ['Les faits remontent au 27 mai 1998.', '27 mai 1998', '1998-05-27', 'day'],
  ['Une réunion a eu lieu le 07/02/2023 à la préfecture.', '07/02/2023', '2023-02-07', 'day'],
  ['Le feu a pris dimanche vers 22 h. La nuit, les pompiers sont restés sur place.', 'La nuit', '2023-02-05', 'day', { partOfDay: 'night' }],
  ['Le cortège est parti samedi. Le lendemain, la ville était calme.', 'Le lendemain', '2023-02-05', 'day'],
  ['La délégation repartira le lendemain du vote.', 'le lendemain', '2023-02-08', 'day'],
  ['Le sommet a été avancé à cette semaine.', 'cette semaine', '2023-W06', 'week'],
  ['Le marché sera fermé à Noël.', 'Noël', '2022-12-25', 'day'],
  ['Les magasins ferment pour le lundi de Pâques 2024.', 'le lundi de Pâques 2024', '2024-04-01', 'day'],
  ['Il y a deux ans, la ville était assiégée.', 'Il y a deux ans', '2021', 'year'],
  ['Les deux pays coopèrent désormais.', 'désormais', '2023-02-07', 'day', { mod: 'since' }],
];

for (const [sentence, expression, value, grain, extra] of TABLE) {
  test(`fr: "${expression}" in "${sentence}"`, () => {
    const mentions = extractDates(testArticle(sentence, 'fr', PUBLISHED));
    const start = sentence.indexOf(expression);
    const found = mentions.find((m) => m.start === start);
    assert.ok(found, `nothing at "${expression}": ${JSON.stringify(mentions.map((m) => m.text))}`);
    assert.equal(found.end, start + expression.length, `span ${JSON.stringify(found.text)}`);
    assert.equal(found.value, value);
    assert.equal(found.grain, grain);
    for (const [key, expected] of Object.entries(extra ?? {})) assert.equal(found[key as keyof typeof found], expected, key);
  });
}

/** Words that look like dates and are not. */
const NOT_DATES = [
  'Un chauffeur de bus de 38 ans a été agressé.',
  "Le tribunal l'a condamné à 5.000 F d'amende.",
  'Renseignements au 03.29.88.43.12.',
  "Le Conseil de sécurité a voté la résolution 1405.",
  'La ville compte 2000 habitants.',
  'Les pêcheurs sont partis en mer Méditerranée.',
  "Elle a été transportée à l'hôpital.",
  "L'OM menait 1-0 à la pause.",
  'Le musée est ouvert le mercredi.',
  'Une soirée théâtre est organisée.',
  "Les Jeux d'hiver s'ouvrent.",
  "La sonde s'est posée sur Mars.",
];

for (const sentence of NOT_DATES) {
  test(`fr: no date in "${sentence}"`, () => {
    assert.deepEqual(extractDates(testArticle(sentence, 'fr', PUBLISHED)).map((m) => m.text), []);
  });
}

test('fr: without a publication date only self-standing dates are kept', () => {
  const mentions = extractDates(testArticle('Le 3 juin 2023, soit hier, lundi, les années 60 et en 1990.', 'fr', null));
  assert.deepEqual(mentions.map((m) => m.value), ['2023-06-03', '196X', '1990']);
});
