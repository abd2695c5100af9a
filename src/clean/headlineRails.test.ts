import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';

const furniture = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.furniture);
const PARA = 'The council voted on Tuesday to reopen the open-air pool that has been closed since 2009, after a long campaign led by parents of the town.';
const card = (n: number) => [`Chipmaker number ${n} says its new rollout will be faster`, `The company also outlined how it will target ${n} adjacent markets next year.`];

test('three headline / summary pairs under a tail marker are a rail of teasers', () => {
  const kinds = furniture([PARA, 'Related Stories', '1 of 3', ...card(1), 'Mobility', ...card(2), ...card(3)]);
  assert.ok(kinds.slice(2).every((kind) => kind === 'teaser'));
});

test('a rail with no article above it is the page itself, left to the page kind', () => {
  assert.ok(furniture(['À la une', ...card(1), ...card(2), ...card(3)]).slice(1).every((kind) => kind === null));
});

test('the story going on in paragraphs under a box marker is no rail', () => {
  const kinds = furniture([PARA, 'Lire aussi', ...card(1), PARA, 'Work on the pool', PARA, PARA]);
  assert.ok(kinds.slice(2).every((kind) => kind === null));
});

test('two pairs are not enough', () => {
  assert.ok(furniture([PARA, 'Related Stories', ...card(1), ...card(2)]).slice(2).every((kind) => kind === null));
});
