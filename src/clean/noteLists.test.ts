import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = 'Le barrage de Kandadji, sur le fleuve Niger, doit fournir l’électricité de Niamey et irriguer des milliers d’hectares.';
const P2 = 'Les travaux, commencés en 2008, ont été interrompus à plusieurs reprises faute de financement, selon le ministère.';
const P3 = 'Les villages de la vallée ont été déplacés vers des sites aménagés plus haut, où les familles ont reçu des terres.';

test("a note whose source its markup printed on the next line stays whole, with the notes around it", () => {
  const notes = [
    '^ Ministère de l’Hydraulique (2021). « Kandadji, état des travaux »',
    '. Rapport annuel. Consulté le 3 mai 2022.',
    '^ Diallo, Awa (12 mars 2024). « Le fleuve et ses barrages »',
    ', Sahel Actu, p. 4.',
    '^ Banque africaine de développement (2019). Fiche du projet',
    'consultée le 9 juin 2020.',
  ];
  const verdicts = classifyLines([P1, P2, P3, 'Références', ...notes, 'Accueil', 'Sport']).map((v) => v.content);
  assert.deepEqual(verdicts, [true, true, true, true, ...notes.map(() => true), false, false]);
});

test('a line in lower case after the notes is their rest only right below a note', () => {
  const notes = ['^ Rapport annuel (2021), p. 12.', '^ Sahel Actu (2024), p. 4.', '^ Fiche du projet (2019).'];
  const verdicts = classifyLines([P1, P2, P3, ...notes, 'Accueil', 'voir aussi nos dossiers']).map((v) => v.content);
  assert.deepEqual(verdicts.slice(3), [true, true, true, false, false]);
});

test('the works the notes cite, listed below them, stay; reading suggestions and links after them do not', () => {
  const notes = ['^ Diallo 2024, p. 4.', '^ Traoré 2019, p. 12.', '^ Diallo 2024, p. 9.'];
  const works = ['Bibliographie', 'Diallo, Awa (2024). Le fleuve et ses barrages. Bamako : Éditions du Sahel.', 'Traoré, Issa (2019). Kandadji. ISBN 978-2-00-000000-0.'];
  const after = ['Pour aller plus loin', 'Keita, Modibo (2011). Les barrages du Niger.', 'Site officiel du projet'];
  const verdicts = classifyLines([P1, P2, P3, ...notes, ...works, ...after]).map((v) => v.content);
  assert.deepEqual(verdicts.slice(3), [...notes, ...works].map(() => true).concat(after.map(() => false)));
});
