import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsWithAnyCredit, endsWithCommissionCredit, endsWithCredit } from './creditLine.js';

const words = (text: string) => text.split(/\s+/).length;

test('a caption closed by its labelled credit', () => {
  const caption = 'Der Minister bei seiner Ankunft in Dakar. Foto: Jane Doe';
  assert.ok(endsWithCredit(caption, words(caption)));
});

test('a caption closed by the photographer and the outlet they shot for', () => {
  for (const caption of [
    'The new ferry terminal at dusk. Jane Doe for The Harbour Times',
    'Le port de Dakar au lever du jour. Awa Diallo pour Le Monde',
  ]) assert.ok(endsWithCommissionCredit(caption, words(caption)), caption);
  for (const line of [
    'Best Savings Accounts for First Homes',
    'The mayor thanked the volunteers. She also voted for Jane Doe for Mayor.',
    'Residents waited for hours in the rain for the ferry to Gorée',
  ]) assert.ok(!endsWithCommissionCredit(line, words(line)), line);
});

test('an initial or an abbreviation inside a labelled credit is no sentence end', () => {
  assert.ok(endsWithCredit('Deforestation in the Amazon since 1988. Source: Natl Inst. for Space Research (INPE), Brazil', 14));
  assert.ok(!endsWithCredit('Le point sur la carte : il faut agir. Puis on verra', 11));
});

test('a credit in brackets after its label and "by" or "courtesy" closes a caption; an unlabelled bracket does not', () => {
  assert.ok(endsWithAnyCredit('Anne Roe at the market. (Photo by Jean Dupont)', 9));
  assert.ok(endsWithAnyCredit('Anne Roe speaks at the rally in Lyon. (Courtesy of Anne Roe)', 12));
  assert.ok(!endsWithAnyCredit('The fire started north of the city. (CNN News Article)', 10));
  assert.ok(!endsWithAnyCredit('He said the picture was taken in 1999 (photos by his father).', 12));
});
