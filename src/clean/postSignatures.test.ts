import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = 'La qualité de l’air s’est encore dégradée dimanche dans la capitale, où les écoles resteront fermées jusqu’à mercredi.';
const POST = 'J’invite tous les habitants à porter un masque dès qu’ils sortent et à limiter leurs déplacements en voiture cette semaine.';
const P2 = 'Les vols ont été retardés à l’aéroport, où la visibilité est tombée sous les deux cents mètres en fin de matinée.';

test('the signature of a post the article quotes stays with it; one below a line left out does not', () => {
  const signature = '— Awa Diallo (@awadiallo) 3 novembre 2024';
  assert.deepEqual(classifyLines([P1, POST, signature, P2]).map((v) => v.content), [true, true, true, true]);
  assert.deepEqual(classifyLines([P1, POST, P2, 'Accueil', signature]).map((v) => v.content).slice(3), [false, false]);
});
