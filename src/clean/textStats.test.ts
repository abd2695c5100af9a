import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseStoplist, stopDensity, STOPLISTS, textStopDensity, words } from './textStats.js';

const byRegex = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

test('words are the lowercased runs of letters and digits, as the Unicode regex reads them', () => {
  const samples = [
    "L'Élysée a reçu 3 000 manifestants, « hier » à 18h30.",
    'İstanbul: ΣΟΦΊΑ Straße ½ ²³ ٣٤ 中文字 한국어',
    'math 𝐀𝐁c, emoji 😀x, lone \ud800 high, lone \udc00 low, end \ud835',
    '',
    '   ',
  ];
  for (const text of samples) assert.deepEqual(words(text), byRegex(text), text);
  assert.deepEqual(words("L'Élysée, 18h30"), ['l', 'élysée', '18h30']);
});

test('the stop list of a page is the one covering most of its words, none below the threshold', () => {
  assert.equal(chooseStoplist(['Le président de la République a annoncé que les élections auront lieu en mai.']), STOPLISTS.fr);
  assert.equal(chooseStoplist(['The president said that the elections will be held in May, and that he would run.']), STOPLISTS.en);
  assert.equal(chooseStoplist(['Москва Санкт-Петербург Новосибирск']), null);
  assert.equal(chooseStoplist([]), null);
});

test('the stop-word density of a text is that of its words, long words and emoji included', () => {
  const texts = [
    "Le Premier ministre a présenté mardi à l'Assemblée nationale son programme de gouvernement.",
    'Anticonstitutionnellement, disait-il, et non pas 😀 sans raison : les électeurs se prononceront.',
    'The committee said on Friday that it would publish the report before the end of the year.',
    '',
    '— … —',
  ];
  for (const text of texts) {
    for (const list of [STOPLISTS.fr, STOPLISTS.en, new Set(['a', 'anticonstitutionnellement'])]) {
      assert.equal(textStopDensity(text, list), stopDensity(words(text), list));
    }
  }
  // A page long enough to hold more words than the span buffer starts with.
  const long = Array.from({ length: 400 }, (_, i) => `le mot ${i} et la phrase`).join(' ');
  assert.equal(textStopDensity(long, STOPLISTS.fr), stopDensity(words(long), STOPLISTS.fr));
  assert.equal(words(long).length, 2400);
});
