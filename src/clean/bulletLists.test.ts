import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = 'La nouvelle version du logiciel de gestion des semences, publiée lundi par la coopérative, change beaucoup de choses.';
const P2 = 'Les agriculteurs qui l’utilisent depuis deux ans pourront garder leurs données, assure son équipe de développement.';

test("a list typed with bullets beside the article is the article's; a menu of dashes apart from it is not", () => {
  const items = ['+ Ajout des variétés de mil', '+ Ajout du suivi des pluies', '* Export des parcelles', '- Retrait des anciennes cartes'];
  const menu = ['- Accueil', '- Nos offres', '- Contact'];
  const verdicts = classifyLines([P1, ...items, P2, 'Publicité', 'Publicité', 'Publicité', ...menu]).map((v) => v.content);
  assert.deepEqual(verdicts, [true, true, true, true, true, true, false, false, false, false, false, false]);
});
