import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from './extractEntities.js';
import { testArticle } from './testArticle.js';

const texts = (text: string, lang = 'fr') => extractEntities(testArticle(text, lang)).map((m) => `${m.text}|${m.type}`);

test("a wire's code in a dateline is no entity; the place is, and the word after the dash opens a sentence", () => {
  assert.deepEqual(texts('ZINDER (ADP) – Les Forces armées nigériennes ont repris le marché de Tanout.'), [
    'ZINDER|location', 'Forces armées nigériennes|organization', 'Tanout|location',
  ]);
  assert.ok(!texts('Zinder, 3 mai 2024 (ADP) - Le gouverneur a visité Tanout.').some((m) => m.startsWith('ADP')));
  assert.ok(!texts('LAGOS (Reuters) - Fuel prices rose again on Monday.', 'en').some((m) => m.startsWith('Reuters')));
});

test('a code in brackets inside a sentence is still a name', () => {
  assert.ok(texts('Le Conseil national pour la sauvegarde de la patrie (CNSP) - selon Niamey - a parlé.').some((m) => m.includes('CNSP') || m.startsWith('Conseil national')));
  assert.ok(texts("Il a rejoint l'Alliance des États du Sahel (AES) en 2023.").some((m) => m.startsWith('Alliance des États du Sahel') || m.startsWith('AES')));
});

test('a capitalised organisation head takes its lower-case qualifiers, never stands alone', () => {
  assert.deepEqual(texts('Forces armées nigériennes : le bilan est lourd.'), ['Forces armées nigériennes|organization']);
  assert.deepEqual(texts('Les Forces armées tchadiennes ont riposté.'), ['Forces armées tchadiennes|organization']);
  assert.ok(texts('Selon lui, les Forces de défense et de sécurité ont riposté.').includes('Forces de défense et de sécurité|organization'));
  // A head opening a sentence with a plain complement stays a common word.
  assert.deepEqual(texts("Forces de l'ordre et secouristes sont mobilisés."), []);
});
