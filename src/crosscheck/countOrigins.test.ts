import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOrigins, distinctOutlets, originsOf, outletKey } from './countOrigins.js';
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

/** How many origins the outlets make, one article each, no duplicates. */
function originCount(outlets: string[]): number {
  const articles = outlets.map((outlet, i) => article(`a${i}`, outlet));
  return countOrigins(articles.map((a) => a.id), originsOf(articles, new Map()));
}

test('one outlet written as a domain, a name with or without its article, in any case: one key', () => {
  const same: string[][] = [
    ['littoralpost.example', 'The Littoral Post', 'THE LITTORAL POST', 'Littoral Post', 'https://www.littoralpost.example/monde/x'],
    ['Le Soleil', 'lesoleil.sn', 'LE SOLEIL'],
    ['Les Échos du Delta', 'lesechosdudelta.ml', 'Les Echos du Delta'],
    ['Le Monde', 'afrique.lemonde.fr', 'm.lemonde.fr'],
    ['The Daily Lantern', 'dailylantern.co.uk'],
    // An acronym meets the name it abbreviates; an agency's code its full name.
    ['Agence Delta Presse', 'ADP', '(ADP)'], ['Agence France-Presse', 'AFP'], ['Associated Press', 'AP'],
    ['Thomson Reuters', 'Reuters'], ['Maghreb Arabe Presse', 'MAP'],
  ];
  for (const names of same) assert.equal(originCount(names), 1, names.join(' / '));
});

test('different outlets keep apart, also when one name extends the other or initials match', () => {
  const apart: [string, string][] = [
    ['Le Monde', 'Le Monde Afrique'], ['Le Monde', 'Le Monde diplomatique'], ['France 24', 'France Inter'],
    ['Agence Delta Presse', 'Agence Dune Presse'], ['Le Soir', 'Soirée Magazine'], ['liberation.fr', 'iberation.example'],
  ];
  for (const pair of apart) assert.equal(originCount(pair), 2, pair.join(' / '));
  assert.equal(originCount(['Agence Delta Presse', 'Agence Dune Presse', 'ADP']), 2);
});

test('an event lists each outlet once, by its name rather than its domain', () => {
  assert.deepEqual(
    distinctOutlets(['meridianpost.example', 'The Meridian Post', null, 'Le Monde', 'lemonde.fr', 'Le Monde Afrique', '']),
    ['The Meridian Post', 'Le Monde', 'Le Monde Afrique'],
  );
  assert.deepEqual(distinctOutlets(['ASP', 'Agence Sahel Presse']), ['ASP']);
});
