import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOrigins, originsOf, outletKey } from './countOrigins.js';
import type { Article } from '../article.js';

const article = (id: string, outlet: string | null): Article => ({
  id, file: id, url: null, outlet, author: null, title: '', published: null, publishedSource: null,
  lang: 'fr', text: '', removed: [], dates: [], mentions: [], quotes: [], notes: [],
});

test('reprints of one dispatch and editions of one outlet are one origin', () => {
  const articles = [article('afp', 'AFP'), article('r1', 'Le Figaro'), article('r2', 'Ouest-France'), article('m1', 'Le Monde'), article('m2', 'lemonde.fr'), article('x', null)];
  const origins = originsOf(articles, new Map([['r1', 'afp'], ['r2', 'afp'], ['afp', null]]));
  assert.equal(countOrigins(['afp', 'r1', 'r2'], origins), 1);
  assert.equal(countOrigins(['m1', 'm2'], origins), 1);
  assert.equal(countOrigins(['afp', 'm1', 'x'], origins), 3);
});

test('a duplicate whose origin is outside the event still groups its reprints', () => {
  const origins = originsOf([article('r1', 'A'), article('r2', 'B')], new Map([['r1', 'gone'], ['r2', 'gone']]));
  assert.equal(countOrigins(['r1', 'r2'], origins), 1);
});

test('a reprint by an outlet that also wrote its own piece joins both into one origin', () => {
  const articles = [article('a', 'X'), article('b', 'Y'), article('c', 'Y')];
  const origins = originsOf(articles, new Map([['b', 'a']]));
  assert.equal(countOrigins(['a', 'b', 'c'], origins), 1);
});

test('outlet keys ignore case, articles, scheme and domain', () => {
  assert.equal(outletKey('https://www.lemonde.fr/afrique'), 'lemonde');
  assert.equal(outletKey('Le Monde'), 'lemonde');
  assert.equal(outletKey('  '), null);
});
