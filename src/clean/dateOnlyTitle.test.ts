import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDateOnlyTitle } from './dateOnlyTitle.js';

describe('isDateOnlyTitle', () => {
  const stamps = [
    'DECEMBER 16, 2008',
    'Updated: November 11, 2011 20:09 IST',
    '9:53 AM, MON 22 JUL 2013',
    '8:24am:',
    '8 / 2 / 13 at 1:30 PM',
    '21 July 2013 Last updated at 11:11 GMT',
    'Publié le mardi 7 février 2023 à 18h32',
    'Mis à jour le 05.05.2015 à 20h13',
  ];
  for (const title of stamps) it(`reads "${title}" as a time stamp`, () => assert.equal(isDateOnlyTitle(title), true));

  const headlines = [
    '3 dead after protesters torch Greek bank',
    'Lavrov à Bamako le 7 février 2023',
    'Mali: 2023, année de rupture',
    'Another day in Hollywood; another star in rehab.',
    '27 / 09 / 2013 - Turkmenistan to hold first-ever parliamentary elections',
    '',
  ];
  for (const title of headlines) it(`keeps "${title}" as a headline`, () => assert.equal(isDateOnlyTitle(title), false));
});
