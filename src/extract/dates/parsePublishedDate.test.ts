import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePublishedDate } from './parsePublishedDate.js';

const CASES: [string, string | undefined, string | null][] = [
  ['Publié le 7 février 2023 à 18h32', 'fr', '2023-02-07T18:32'],
  ['Mis à jour le 07/02/2023 à 18:32', 'fr', '2023-02-07T18:32'],
  ['07/02/2023', undefined, '2023-02-07'],
  ['2023-02-07T18:32:00+01:00', undefined, '2023-02-07T18:32:00+01:00'],
  ['2023-02-07', undefined, '2023-02-07'],
  ['Tue, 07 Feb 2023 18:32:00 +0100', undefined, '2023-02-07T18:32:00+01:00'],
  ['Tuesday 7 February 2023', 'en', '2023-02-07'],
  ['February 7, 2023 6:32 PM', 'en', '2023-02-07T18:32'],
  ['mardi 7 février 2023', 'fr', '2023-02-07'],
  ['7 févr. 2023', 'fr', '2023-02-07'],
  ['le 7 février', 'fr', null],
  ['2023-02-30', undefined, null],
  ['aucune date ici', 'fr', null],
  ['', undefined, null],
];

for (const [text, lang, expected] of CASES) {
  test(`parsePublishedDate(${JSON.stringify(text)})`, () => {
    assert.equal(parsePublishedDate(text, lang), expected);
  });
}

test('parsePublishedDate never throws on non-strings', () => {
  assert.equal(parsePublishedDate(undefined as unknown as string), null);
});
