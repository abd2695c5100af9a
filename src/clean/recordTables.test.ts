import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = 'Depuis sa création, le festival a primé des films venus de tout le continent, souvent tournés avec des moyens très modestes.';
const P2 = 'Le tableau ci-dessous rappelle les lauréats des dernières éditions, avec le nombre de spectateurs venus voir chaque film.';
const lauréats = ['Le Fleuve de sable', '2019', '12 400', 'Nuit sur Kidal', '2021', '9 800', 'Les Enfants du port', '2023', '15 100'];

test("a table below the article, one cell a line, with a column of figures, is the article's", () => {
  const verdicts = classifyLines([P1, P2, ...lauréats, 'Accueil']).map((v) => v.content);
  assert.deepEqual(verdicts, [true, true, ...lauréats.map(() => true), false]);
});

test('a ranking of links or a list of teasers with their dates is no table', () => {
  const ranking = ['1', 'Le Fleuve de sable primé à Ouagadougou', '2', 'Nuit sur Kidal en salles', '3', 'Les Enfants du port en tournée'];
  assert.deepEqual(classifyLines([P1, P2, ...ranking]).slice(2).map((v) => v.content), ranking.map(() => false));
  const teasers = ['Culture', 'Le Fleuve de sable primé', '14.05.2025', 'Cinéma', 'Nuit sur Kidal en salles', '15.05.2025', 'Culture', 'Les Enfants du port', '16.05.2025'];
  assert.deepEqual(classifyLines([P1, P2, ...teasers]).slice(2).map((v) => v.content), teasers.map(() => false));
});

test('a table goes on past a record that breaks its shape, however far it now is from the prose above', () => {
  const before = ['Le Fleuve de sable', '2019', 'Premier long métrage', 'Nuit sur Kidal', '2021', 'Documentaire', 'Les Enfants du port', '2023', 'Fiction'];
  // A description printed as two cells: the first reading of the table ends there.
  const broken = ['Le Vent du Sahel', '2024', 'Court métrage', 'Tourné à Agadez'];
  const after = ['La Route de Gao', '2025', 'Documentaire', 'Sous le baobab', '2025', 'Animation', 'Le Dernier Griot', '2026', 'Fiction'];
  const verdicts = classifyLines([P1, P2, ...before, ...broken, ...after, 'Accueil']).map((v) => v.content);
  assert.deepEqual(verdicts.slice(0, 2 + before.length + broken.length), [true, true, ...before.map(() => true), ...broken.map(() => true)]);
  // Read again from the cell that broke the shape, the records below keep their figures' column.
  assert.deepEqual(verdicts.slice(2 + before.length + broken.length, -2), after.slice(0, -1).map(() => true));
});

test("the row naming the table's columns, right above its first record, is the table's", () => {
  const header = ['Film', 'Année', 'Spectateurs'];
  const verdicts = classifyLines([P1, P2, ...header, ...lauréats, 'Accueil']).map((v) => v.content);
  assert.deepEqual(verdicts, [true, true, ...header.map(() => true), ...lauréats.map(() => true), false]);
});

test('a ranked table with a column of data is a table, not a ranking of links', () => {
  const classement = ['Rang', 'Ville', 'Habitants', '1', 'Bamako', '2 810 000', '2', 'Sikasso', '226 000', '3', 'Kalaburgi', '180 000', '4', 'Ségou', '133 000'];
  const verdicts = classifyLines([P1, P2, ...classement, 'Accueil']).map((v) => v.content);
  assert.deepEqual(verdicts, [true, true, ...classement.map(() => true), false]);
});

test('a table between two paragraphs is taken however long its caption block above', () => {
  // The figure's title, its source and a gallery's labels part the table from the paragraph above.
  const above = ['v', 't', 'e', 'Villes du festival', 'Recensement de 2022', 'Photo', 'Bamako', 'Photo', 'Ségou', 'Carte'];
  const table = ['Bamako', 'Mali', '2 810 000', 'Ouagadougou', 'Burkina Faso', '2 415 000', 'Niamey', 'Niger', '1 334 000', 'Dakar', 'Sénégal', '1 438 000'];
  const after = 'Les trois capitales accueillent chaque année les projections en plein air, gratuites pour les écoles du quartier.';
  const verdicts = classifyLines([P1, P2, ...above, ...table, after, 'Accueil']).map((v) => v.content);
  assert.deepEqual(verdicts.slice(2 + above.length), [...table.map(() => true), true, false]);
});

test('a table of figures above the article, with no article line above it, stays out (a market ticker)', () => {
  const ticker = ['CAC 40', '7 612,52', '+0,55 %', 'DAX', '18 407,20', '+0,21 %', 'Dow Jones', '40 954,48', '+0,59 %'];
  const verdicts = classifyLines(['Accueil', 'Marchés', ...ticker, P1, P2]).map((v) => v.content);
  assert.deepEqual(verdicts.slice(0, 2 + ticker.length), [false, false, ...ticker.map(() => false)]);
});

test("a table's first rows and header rows above a gallery's labels between its rows are the table's", () => {
  // Two tables side by side, each headed "Rang / Ville / Pays / Habitants"; the gallery's labels
  // ("Bamako" / "Dakar") stand above the first row and after it ("Niamey" / "Ségou").
  const header = ['Rang', 'Ville', 'Pays', 'Habitants', 'Rang', 'Ville', 'Pays', 'Habitants'];
  const firstRows = ['Bamako', 'Dakar', '1', 'Bamako', 'Mali', '2 810 000', '5', 'Ségou', 'Mali', '133 000', 'Niamey', 'Ségou'];
  const rows = [
    '2', 'Dakar', 'Sénégal', '1 438 000', '6', 'Thiès', 'Sénégal', '120 000',
    '3', 'Niamey', 'Niger', '1 334 000', '7', 'Zinder', 'Niger', '110 000',
    '4', 'Ouagadougou', 'Burkina Faso', '2 415 000', '8', 'Kaya', 'Burkina Faso', '66 000',
  ];
  const after = 'Les trois capitales accueillent chaque année les projections en plein air, gratuites pour les écoles du quartier.';
  const lines = [P1, P2, 'Villes du festival', 'Recensement de 2022', ...header, ...firstRows, ...rows, after, 'Accueil'];
  const verdicts = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(verdicts.slice(4, 4 + header.length + firstRows.length + rows.length), [...header, ...firstRows, ...rows].map(() => true));
});
