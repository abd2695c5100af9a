import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelTopic } from './topic.js';
import { LOCALE_EN } from './locales/en/index.js';
import { LOCALE_FR } from './locales/fr/index.js';

const en = LOCALE_EN.conflictLabels;
const fr = LOCALE_FR.conflictLabels;

test('English labels are the language-neutral about keys', () => {
  assert.equal(labelTopic({ kind: 'date', grain: 'year', concept: 'arrival' }, en), 'year of arrival');
  assert.equal(labelTopic({ kind: 'count', concept: 'death toll', who: 'soldiers', year: null }, en), 'death toll (soldiers)');
  assert.equal(labelTopic({ kind: 'role', person: 'Abdoulaye Diop' }, en), 'role of Abdoulaye Diop');
});

test('French labels, with elision', () => {
  assert.equal(labelTopic({ kind: 'date', grain: 'year', concept: 'arrival' }, fr), "année d'arrivée");
  assert.equal(labelTopic({ kind: 'count', concept: 'death toll', who: 'soldiers', year: '2024' }, fr), 'bilan des morts (soldats) (2024)');
  assert.equal(labelTopic({ kind: 'count', concept: 'magnitude', who: null, year: null }, fr), 'magnitude');
  assert.equal(labelTopic({ kind: 'role', person: 'Abdoulaye Diop' }, fr), "fonction d'Abdoulaye Diop");
  assert.equal(labelTopic({ kind: 'firstName', person: 'ministre russe Lavrov' }, fr), 'prénom de ministre russe Lavrov');
});

test('a place keeps the article’s own words as written', () => {
  assert.equal(labelTopic({ kind: 'place', gist: 'Les combats de Anéfis' }, fr), 'lieu : Les combats de Anéfis');
});
