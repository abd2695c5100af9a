import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Article } from '../../article.js';
import { extractDates, VERSION } from './extractDates.js';
import { testArticle } from './testArticle.js';

test('exports its version', () => {
  assert.match(VERSION, /^dates-\d+/);
});

test('a weekday follows the tense: past report vs announcement', () => {
  const text = 'Le président a inauguré lundi le pont. Il se rendra lundi à Kayes.';
  const values = extractDates(testArticle(text, 'fr', '2023-02-08')).map((m) => m.value);
  assert.deepEqual(values, ['2023-02-06', '2023-02-13']);
});

test('a clock time takes the day mentioned before it, or the day right after it', () => {
  const text = 'Samedi 4 février, à 18 h 30, messe à Ségou. Vers 0 h 40, jeudi, un camion a pris feu.';
  const values = extractDates(testArticle(text, 'fr', '2023-02-03')).map((m) => `${m.text}=${m.value}`);
  assert.deepEqual(values, ['Samedi 4 février=2023-02-04', '18 h 30=2023-02-04T18:30', '0 h 40=2023-02-02T00:40', 'jeudi=2023-02-02']);
});

test('a bare weekday written with its date elsewhere in the article is that date', () => {
  const text = 'Concert à Besançon mardi. En concert mardi 1er juin au Kursaal.';
  const values = extractDates(testArticle(text, 'fr', '1999-05-30')).map((m) => m.value);
  assert.deepEqual(values, ['1999-06-01', '1999-06-01']);
});

test('a bare month takes the year written just before it in the sentence', () => {
  const text = 'Deux ruptures en 97 (en janvier rue Saint-Dizier, en octobre rue de Metz).';
  const values = extractDates(testArticle(text, 'fr', '1999-07-29')).map((m) => m.value);
  assert.deepEqual(values, ['1997', '1997-01', '1997-10']);
});

test('bad input never throws', () => {
  assert.deepEqual(extractDates({} as Article), []);
  assert.deepEqual(extractDates(testArticle('hier', 'fr', 'pas une date')), []);
});

test('any text: spans point into the text and values are well formed', () => {
  const pieces = fc.constantFrom('hier soir', 'le 3 juin', '1990', ' ', ', ', 'mardi', '22 h', 'fin 2023', 'les années 60', 'à', 'x', '12', 'Noël');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), fc.constantFrom('fr', 'en', ''), (parts, lang) => {
      const text = parts.join(' ');
      for (const m of extractDates(testArticle(text, lang, '2023-02-07'))) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.match(m.value, /^(\d{4}(-(\d{2}(-\d{2}(T\d{2}:\d{2})?)?|W\d{2}|2[1-4]))?|\d{3}X|\d{2}XX)$/);
      }
    }),
    { numRuns: 200 },
  );
});
