// English expressions in sentences of our own, in an article published Tuesday 7 February 2023.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from '../../extractDates.js';
import { testArticle } from '../../testArticle.js';

const PUBLISHED = '2023-02-07';

const TABLE: [string, string, string, string, Record<string, unknown>?][] = [
  ['Russian Foreign Minister Sergei Lavrov arrived in Bamako on Monday evening.', 'on Monday evening', '2023-02-06', 'day'],
  ['He will meet the transition president on Thursday.', 'on Thursday', '2023-02-09', 'day'],
  ['The junta has ruled the country since 2021.', '2021', '2021', 'year', { mod: 'since' }],
  ['French troops left the country last year.', 'last year', '2022', 'year'],
  ['A vote is expected in early March.', 'early March', '2023-03', 'month', { mod: 'start' }],
  ['Elections were postponed to late 2024.', 'late 2024', '2024', 'year', { mod: 'end' }],
  ['The city grew fast in the 1990s.', 'the 1990s', '199X', 'decade'],
  ['The convoy was attacked on June 12, 2022 near Gao.', 'June 12, 2022', '2022-06-12', 'day'],
  ['Two soldiers were wounded yesterday at 6:30 pm.', 'yesterday at 6:30 pm', '2023-02-06T18:30', 'datetime', { relative: true }],
  ['The ceasefire collapsed two weeks ago.', 'two weeks ago', '2023-01-24', 'day', { relative: true }],
  ['The dam will be finished next summer.', 'next summer', '2023-22', 'season'],
  ['The vote is due in March.', 'March', '2023-03', 'month'],
  ['Markets close on Good Friday.', 'Good Friday', '2023-04-07', 'day'],
];

for (const [sentence, expression, value, grain, extra] of TABLE) {
  test(`en: "${expression}" in "${sentence}"`, () => {
    const mentions = extractDates(testArticle(sentence, 'en', PUBLISHED));
    const start = sentence.indexOf(expression);
    const found = mentions.find((m) => m.start === start);
    assert.ok(found, `nothing at "${expression}": ${JSON.stringify(mentions.map((m) => m.text))}`);
    assert.equal(found.end, start + expression.length, `span ${JSON.stringify(found.text)}`);
    assert.equal(found.value, value);
    assert.equal(found.grain, grain);
    for (const [key, expected] of Object.entries(extra ?? {})) assert.equal(found[key as keyof typeof found], expected, key);
  });
}

const NOT_DATES = [
  'The Security Council adopted resolution 2334.',
  'About 2000 troops were deployed.',
  'The team won 3-1 at home.',
  'May I ask why they march?',
];

for (const sentence of NOT_DATES) {
  test(`en: no date in "${sentence}"`, () => {
    assert.deepEqual(extractDates(testArticle(sentence, 'en', PUBLISHED)).map((m) => m.text), []);
  });
}

test('an article of unknown language is read with both locales', () => {
  const mentions = extractDates(testArticle('Lavrov est arrivé lundi soir; the talks started on Monday evening.', '', PUBLISHED));
  assert.deepEqual(mentions.map((m) => m.value), ['2023-02-06', '2023-02-06']);
});
