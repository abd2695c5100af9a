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

test('date lines open on every cue the locales list', () => {
  const cases: [string, string][] = [
    ['Mis en ligne le 22/03/2025 à 16h05', '2025-03-22T16:05'],
    ['Mise en ligne : 22 mars 2025', '2025-03-22'],
    ['Dernière mise à jour : 23 mars 2025 à 9h40', '2025-03-23T09:40'],
    ['Publiée le mardi 7 février 2023', '2023-02-07'],
    ['Last updated on March 23, 2025', '2025-03-23'],
    ['First published: 7 February 2023', '2023-02-07'],
  ];
  for (const [line, date] of cases) assert.deepEqual(splitLead(line), { head: line, date, rest: '' }, line);
});

test('a cue glued to the first sentence is split off with its date', () => {
  const split = splitLead('Mis en ligne le 04/05/2024 à 08h15 Les pluies ont emporté le pont de Kayes.');
  assert.equal(split.date, '2024-05-04T08:15');
  assert.equal(split.rest, 'Les pluies ont emporté le pont de Kayes.');
});

test('an agency dateline with a code no list knows, and one in mixed case', () => {
  assert.deepEqual(splitLead('ZINDER (ANZ) – Les marchés ont rouvert lundi.'), {
    head: 'ZINDER (ANZ) –', date: null, rest: 'Les marchés ont rouvert lundi.',
  });
  assert.equal(splitLead('LAGOS (Reuters) - Fuel prices rose again.').head, 'LAGOS (Reuters) -');
  assert.equal(splitLead('Le Conseil (CNSP) a parlé.').head, null);
});
