import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = "L'agence spatiale a retenu cinq nouvelles entreprises pour livrer du matériel scientifique à la surface de la Lune d'ici à 2028.";
const P2 = 'Elles rejoignent les neuf sociétés choisies l’an dernier, ce qui porte à quatorze le nombre de prestataires de ce programme.';
const P3 = 'Les contrats, d’un montant total de 2,6 milliards de dollars, seront attribués mission par mission au cours des prochaines années.';

const content = (lines: string[]) => classifyLines(lines).map((v) => v.content);

test('a list of records laid out alike, right above a paragraph of the article, is the article’s', () => {
  const records = ['Blue Origin, Kent, Washington', 'Ceres Robotics, Palo Alto, California', 'SpaceX, Hawthorne, California', 'Tyvak Nano-Satellite Systems Inc., Irvine, California'];
  const verdicts = content(['Accueil', 'Espace', P1, P2, 'Photo 1 sur 5', 'Photo 2 sur 5', ...records, P3, 'Accueil']);
  assert.deepEqual(verdicts.slice(6, 6 + records.length), records.map(() => true));
});

test('a list of records under a short heading right below the article is the article’s, heading included', () => {
  const records = ['Angleterre (groupe A) : 10e participation', 'Espagne (groupe F) : 11e participation', 'Suède (groupe F) : 7e participation', 'Finlande (groupe J) : première participation'];
  const verdicts = content([P1, P2, P3, 'Équipes qualifiées', ...records, 'Roger Gonzalez', 'Accueil']);
  assert.deepEqual(verdicts.slice(3), [true, ...records.map(() => true), false, false]);
});

test('share buttons, archive counts and a menu beside the article are no records', () => {
  const share = ['Envoyer via : Facebook (nouvelle fenêtre)', 'Envoyer via : Messenger (nouvelle fenêtre)', 'Envoyer via : WhatsApp (nouvelle fenêtre)'];
  assert.deepEqual(content([P1, P2, P3, ...share]).slice(3), share.map(() => false));
  const archive = ['Espace (15)', 'Sciences (31)', 'Climat (8)', 'Économie (120)'];
  assert.deepEqual(content([P1, P2, P3, ...archive]).slice(3), archive.map(() => false));
  const menu = ['Accueil', 'Espace', 'Sciences', 'Climat'];
  assert.deepEqual(content([...menu, P1, P2, P3]).slice(0, 4), menu.map(() => false));
});
