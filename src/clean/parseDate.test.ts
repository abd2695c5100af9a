import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, findDate, normalizeDate } from './parseDate.js';

test('ISO metadata values keep their time and zone', () => {
  assert.equal(normalizeDate('2023-02-07T18:32:00+01:00'), '2023-02-07T18:32:00+01:00');
  assert.equal(normalizeDate('2023-02-07'), '2023-02-07');
});

test('RFC 2822 dates are read', () => {
  assert.equal(normalizeDate('Tue, 07 Feb 2023 18:32:00 +0100'), '2023-02-07T18:32');
});

test('French date lines with "à 18h32"', () => {
  assert.equal(normalizeDate('Publié le 7 février 2023 à 18h32'), '2023-02-07T18:32');
  assert.equal(normalizeDate('1er mars 2023'), '2023-03-01');
});

test('numeric dates are day first unless impossible', () => {
  assert.equal(normalizeDate('07/02/2023'), '2023-02-07');
  assert.equal(normalizeDate('02/17/2023'), '2023-02-17');
});

test('English month-first dates with pm', () => {
  assert.equal(normalizeDate('February 7, 2023 at 6:32 pm'), '2023-02-07T18:32');
});

test('findDate gives the span of the first date', () => {
  const text = 'Bamako, 7 février 2023 (AFP) - Le ministre';
  const found = findDate(text);
  assert.deepEqual(found, { value: '2023-02-07', start: 8, end: 22 });
});

test('no date, no value', () => {
  assert.equal(normalizeDate('hier soir'), null);
  assert.equal(normalizeDate('32/13/2023'), null);
});

test('URL date patterns', () => {
  assert.equal(dateFromUrl('https://x.example/afrique/2023/02/07/lavrov'), '2023-02-07');
  assert.equal(dateFromUrl('https://x.example/article-20230207.html'), null);
  assert.equal(dateFromUrl('https://x.example/mali/12345'), null);
});
