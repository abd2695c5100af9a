import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';

const furniture = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.furniture);
const card = (n: number) => [`Chipmaker number ${n} says its new rollout will be faster`, `The company also outlined how it will target ${n} adjacent markets next year.`];

test('three headline / summary pairs under a tail marker are a rail of teasers', () => {
  const kinds = furniture(['Related Stories', '1 of 3', ...card(1), 'Mobility', ...card(2), ...card(3)]);
  assert.ok(kinds.slice(1).every((kind) => kind === 'teaser'));
});

test('the story going on in paragraphs under a box marker is no rail', () => {
  const para = 'The council voted on Tuesday to reopen the open-air pool that has been closed since 2009, after a long campaign led by parents of the town.';
  const kinds = furniture(['Lire aussi', ...card(1), para, 'Work on the pool', para, para]);
  assert.ok(kinds.slice(1).every((kind) => kind === null));
});

test('two pairs are not enough', () => {
  assert.ok(furniture(['Related Stories', ...card(1), ...card(2)]).slice(1).every((kind) => kind === null));
});
