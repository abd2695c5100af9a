import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSectionLabel, looksLikeHeadline, splitLead } from './splitLead.js';

test('a place-and-agency dateline glued to the first sentence', () => {
  assert.deepEqual(splitLead('Bamako, 7 février 2023 (AFP) - Le ministre russe est arrivé.'), {
    head: 'Bamako, 7 février 2023 (AFP) -', date: '2023-02-07', rest: 'Le ministre russe est arrivé.',
  });
});

test('a "Publié le" line glued without a space', () => {
  const split = splitLead('Publié le 07/02/2023 à 18:32Le ministre russe est arrivé.');
  assert.equal(split.date, '2023-02-07T18:32');
  assert.equal(split.rest, 'Le ministre russe est arrivé.');
});

test('a capitalised section label glued to the sentence', () => {
  assert.deepEqual(splitLead('MALI Le ministre russe est arrivé.'), { head: 'MALI', date: null, rest: 'Le ministre russe est arrivé.' });
});

test('an acronym that opens a sentence is not a label', () => {
  assert.equal(splitLead('NATO Secretary General Jens Stoltenberg said on Tuesday.').head, null);
});

test('a date alone on its line', () => {
  assert.deepEqual(splitLead('7 février 2023'), { head: '7 février 2023', date: '2023-02-07', rest: '' });
});

test('a sentence that mentions a date later is left alone', () => {
  assert.equal(splitLead('Le sommet, prévu le 7 février 2023, a été reporté.').head, null);
});

test('section labels and headlines', () => {
  assert.ok(isSectionLabel('INTERNATIONAL'));
  assert.ok(isSectionLabel('Afrique'));
  assert.ok(isSectionLabel('Mali :'));
  assert.ok(!isSectionLabel('Le ministre est arrivé à Bamako.'));
  assert.ok(looksLikeHeadline('Lavrov à Bamako : Moscou promet son aide au Mali'));
  assert.ok(!looksLikeHeadline('Le ministre est arrivé mardi à Bamako pour une visite officielle.'));
});

test('a place dateline in capitals with a dash', () => {
  assert.deepEqual(splitLead('BAMAKO — Sergey Lavrov, the Russian foreign minister, pledged support.'), {
    head: 'BAMAKO —', date: null, rest: 'Sergey Lavrov, the Russian foreign minister, pledged support.',
  });
  assert.equal(splitLead('ONU : le Conseil de sécurité a voté.').head, null);
});

test('a sentence opening on its date keeps it', () => {
  assert.equal(splitLead('Le 7 février 2023, le ministre russe est arrivé à Bamako.').head, null);
});
