import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const HEADER = ['Accueil', 'Jardin', 'Mobilier de jardin', 'Salon de jardin en teck Orsay', '349,00 €', 'Ajouter au panier'];
const DESCRIPTION = [
  'Ce salon de jardin en teck massif accueille quatre personnes autour d’une table ronde aux pieds croisés, pour les déjeuners d’été sur la terrasse.',
  'Le bois huilé prend avec les saisons une teinte argentée, et les chaises se plient pour passer l’hiver dans un abri ou un garage.',
  'Chaque pièce est assemblée à la main dans un atelier de Bretagne, avec des vis en inox qui ne rouillent pas au bord de la mer.',
];
const FEATURES = ['Les points forts', 'Teck issu de forêts gérées', 'Chaises pliantes et légères', 'Résiste à la pluie et au gel', 'Montage en dix minutes'];
const FOOTER = ['Vous aimerez aussi', 'Parasol déporté Lina', '129,00 €', 'Housse de protection', '39,90 €', 'Mentions légales'];

test('on a shop page, a short list of phrases under a heading right below the description is the product\'s', () => {
  const verdicts = classifyLines([...HEADER, ...DESCRIPTION, ...FEATURES, ...FOOTER]);
  const start = HEADER.length + DESCRIPTION.length;
  for (let k = 0; k < FEATURES.length; k++) assert.equal(verdicts[start + k].content, true, FEATURES[k]);
  assert.equal(verdicts[start + FEATURES.length].content, false);
});

test('the same list on a page that prints no prices is a menu', () => {
  const header = HEADER.filter((line) => !line.endsWith('€'));
  const footer = FOOTER.filter((line) => !line.endsWith('€'));
  const verdicts = classifyLines([...header, ...DESCRIPTION, ...FEATURES, ...footer]);
  const start = header.length + DESCRIPTION.length;
  assert.equal(verdicts[start + 1].content, false);
});

test('names under a heading are a menu or a spec table, and a heading with a figure heads the terms of sale', () => {
  const names = ['Nos marques', 'Maison Orsay', 'Atelier Kerlann', 'Teck & Co', 'Bois Dormant'];
  let verdicts = classifyLines([...HEADER, ...DESCRIPTION, ...names, ...FOOTER]);
  const start = HEADER.length + DESCRIPTION.length;
  for (let k = 0; k < names.length; k++) assert.equal(verdicts[start + k].content, false, names[k]);
  const terms = ['Livraison offerte dès 299 €', 'Retrait en magasin sous 2h', 'Payez en 3 ou 4 fois', 'Retours gratuits sous 30 jours'];
  verdicts = classifyLines([...HEADER, ...DESCRIPTION, ...terms, ...FOOTER]);
  for (let k = 0; k < terms.length; k++) assert.equal(verdicts[start + k].content, false, terms[k]);
});
