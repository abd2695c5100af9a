import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportedDate } from './reportedDate.js';
import { testArticle } from './testArticle.js';

test('the day named in the lead: "lundi soir" in a Tuesday article is Monday', () => {
  const article = testArticle(
    'Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé lundi soir à Bamako pour une visite de deux jours. ' +
      "Sa dernière visite remontait au 3 juin 2019. L'accord de 1960 sera discuté.",
    'fr',
    '2023-02-07',
  );
  assert.equal(reportedDate(article), '2023-02-06');
});

test('breaking news without a day in its lead reports its publication day', () => {
  const article = testArticle("Un incendie ravage un entrepôt à Lyon. Le site avait déjà brûlé en 2015.", 'fr', '2023-02-07T09:15:00+01:00');
  assert.equal(reportedDate(article), '2023-02-07');
});

test('background dates in the lead are not the news', () => {
  const article = testArticle('Arrivé au pouvoir le 24 mai 2021, le colonel Goïta a reçu le ministre.', 'fr', '2023-02-07');
  assert.equal(reportedDate(article), '2023-02-07');
});

test('without a publication date, the day mentioned most', () => {
  const article = testArticle('Le 6 février 2023, Lavrov a atterri à Bamako. Le 6 février 2023 restera une date. Le 1er mars 2023 aussi.', 'fr', null);
  assert.equal(reportedDate(article), '2023-02-06');
});

test('nothing to go on gives null', () => {
  assert.equal(reportedDate(testArticle('Rien de daté ici.', 'fr', null)), null);
});
