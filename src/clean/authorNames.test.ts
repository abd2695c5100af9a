import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeskSignature, readSignature } from './authorNames.js';

const visible = (line: string) => readSignature(line, { declared: false });
const declared = (value: string, outlet: string | null = null) => readSignature(value, { declared: true, outlet });

test('a byline: its opener, several authors in order, the role after them', () => {
  assert.deepEqual(visible('Par Awa Diallo et Marc Petit').authors, ['Awa Diallo', 'Marc Petit']);
  assert.deepEqual(visible('By Jane Doe, Staff writer').authors, ['Jane Doe']);
  assert.deepEqual(visible('Awa Diallo | Correspondante à Bamako').authors, ['Awa Diallo']);
  assert.deepEqual(visible('By Jane Doe, John Roe and Ann Poe').authors, ['Jane Doe', 'John Roe', 'Ann Poe']);
  assert.deepEqual(visible('Par Awa Diallo, Agence Sahel Presse').authors, ['Awa Diallo']);
  assert.deepEqual(visible("Par Amadou N'Diaye et Fatou de Souza").authors, ["Amadou N'Diaye", 'Fatou de Souza']);
});

test('an agency is a credit, never an author', () => {
  assert.deepEqual(visible('Par AFP'), { authors: [], credit: 'AFP' });
  assert.deepEqual(visible('Par Awa Diallo avec AFP'), { authors: ['Awa Diallo'], credit: 'AFP' });
  assert.deepEqual(declared('Agence France-Presse'), { authors: [], credit: 'AFP' });
  assert.deepEqual(visible('By Jane Doe and Reuters'), { authors: ['Jane Doe'], credit: 'Reuters' });
});

test('a desk, a place or the outlet is no author', () => {
  assert.deepEqual(declared('La Rédaction').authors, []);
  assert.deepEqual(declared('Staff').authors, []);
  assert.deepEqual(declared('N-Land Redaktion').authors, []);
  assert.deepEqual(visible('Par Bamako').authors, []);
  assert.deepEqual(declared('Sahel Actu', 'Sahel Actu').authors, []);
  assert.equal(isDeskSignature('Rédaction Afrique'), true);
  assert.equal(isDeskSignature('Awa Diallo'), false);
});

test('one word is a name only where metadata declares an author', () => {
  assert.deepEqual(declared('Kemi').authors, ['Kemi']);
  assert.deepEqual(visible('Par Kemi').authors, []);
});

test('texts the markup ran together, possessives, links and sentences are no names', () => {
  assert.deepEqual(visible('By Meg JamesStaff Writer').authors, []);
  assert.deepEqual(visible('Patrick Allan’s Discussions').authors, []);
  assert.deepEqual(declared('https://www.facebook.com/awa.diallo').authors, []);
  assert.deepEqual(visible('By Mike Wuerthele and Malcolm Owen Monday').authors, ['Mike Wuerthele', 'Malcolm Owen']);
  assert.deepEqual(declared('TOM KRISHER, AP Auto Writer').authors, ['TOM KRISHER']);
  assert.deepEqual(visible('By Jane DeArdo').authors, ['Jane DeArdo']);
  assert.deepEqual(visible('By Dr. Jane Doe').authors, ['Dr. Jane Doe']);
});
