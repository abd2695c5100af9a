import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const E1 = 'Lors des premiers échanges, l’indice phare de la place de Paris gagne un peu plus d’un demi-point, porté par les banques.';
const E2 = 'Le groupe industriel a vu ses commandes reculer de trois pour cent au deuxième trimestre, selon ses comptes publiés ce matin.';
const E3 = 'Les exportations du pays ont progressé pour le septième mois consécutif en juin, mais à un rythme plus lent qu’en mai.';

test("a live blog's timed headings stay with the paragraphs they head", () => {
  const lines = [E1, '9h05 - La Bourse de Paris ouvre en hausse, portée par les valeurs bancaires Société Générale BNP Paribas', E2, '8h47 - ABB Siemens Schneider Electric Alstom Legrand Nexans Vallourec', E3];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, true, true]);
});

test('a single timed line, or a list of timed teasers apart from the prose, is not taken', () => {
  const teasers = ['14h05 - Les marchés européens en baisse', '13h40 - Le pétrole recule', '13h12 - La BCE maintient ses taux'];
  assert.deepEqual(classifyLines([E1, E2, E3, 'Accueil', ...teasers]).map((v) => v.content).slice(3), [false, false, false, false]);
});

test("a live blog's entry left above the article, an ad between, is taken; a timed line over a list of links is not", () => {
  const entry = ['9h05 - La Bourse de Paris ouvre dans le vert', 'Lors des premiers échanges, le CAC 40 gagne un bon demi-point.'];
  const links = ['9h00 - Les principales infos de ce matin', '> Europe : les ventes de voitures neuves progressent', '> Le Village olympique ouvre ses portes'];
  const blog = ['8h47 - ABB voit ses commandes fléchir', E2, E2.replace('trois', 'quatre'), '8h35 - Les exportations progressent encore', E3, E3.replace('juin', 'mai'), '8h10 - Ouverture en hausse à Tokyo', E1, E1.replace('banques', 'assureurs')];
  const verdicts = classifyLines(['Accueil', 'Marchés', 'Le fil info', ...entry, 'Publicité', ...links, ...blog]).map((v) => v.content);
  assert.deepEqual(verdicts.slice(3, 5), [true, true]);
  assert.deepEqual(verdicts.slice(6, 9), [false, false, false]);
});
