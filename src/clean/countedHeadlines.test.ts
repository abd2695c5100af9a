import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';

const furniture = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.furniture);

test('three headlines or more, each with its count of comments, are a box of teasers', () => {
  const lines = ['The coach says the team lost its way (142)', 'Week 12 power rankings (133)', 'League fines the owner for his remarks (130)'];
  assert.deepEqual(furniture(lines), ['teaser', 'teaser', 'teaser']);
});

test('a place with its department number, or two lines with a figure, are not', () => {
  assert.deepEqual(furniture(['Paris (75)', 'Lille (59)', 'Lyon (69)']), [null, null, null]);
  assert.deepEqual(furniture(['The first survey counted the answers (142)', 'The second one counted more of them (230)']), [null, null]);
});
