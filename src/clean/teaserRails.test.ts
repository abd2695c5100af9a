import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const PARAS = [
  'The town council voted on Tuesday to reopen the open-air swimming pool that has been closed since 2009, after a long campaign led by parents.',
  'Repairs to the pool will cost about two million euros, and the council expects the work on the basins and the changing rooms to take a year.',
  'Parents who led the campaign said the pool was the only place in the valley where children could learn to swim during the summer holidays.',
  'The mayor said the pool would open with lower prices for families, and that a lifeguard school would teach young people from the valley.',
];
const RAIL = [
  'Swimming lessons: the valley’s children wait for their pool',
  'Parents say the pool was the only place where children could learn to swim.',
  'Train strike disrupts weekend travel across the region',
  'Commuters faced cancellations on every line as drivers walked out on Friday.',
];
const reasons = (lines: string[]) => classifyLines(lines).map((verdict) => verdict.reason);

test('the headlines and summaries in a row with a headline found off-topic are a rail', () => {
  const got = reasons([...PARAS.slice(0, 2), '3 min', ...RAIL, ...PARAS.slice(2)]);
  assert.deepEqual(got.slice(3, 7), ['teaser-rail', 'teaser-rail', 'off-topic', 'teaser-rail']);
  assert.ok(got.slice(7).every((reason) => reason === 'good'));
});

test("a subheading and a short paragraph right below the story are the story's", () => {
  const got = reasons([...PARAS.slice(0, 2), ...RAIL, ...PARAS.slice(2)]);
  assert.deepEqual(got.slice(2, 4), ['near-good', 'good']);
});

test('a headline found off-topic with only the story going on below it shows no rail', () => {
  const got = reasons([...PARAS.slice(0, 2), RAIL[2], 'Parents who campaigned for the pool said they would hold a party on the day it opens.', ...PARAS.slice(2)]);
  assert.equal(got[3], 'good');
});

test("a headline right above the story's next paragraph heads the story", () => {
  const got = reasons([...PARAS.slice(0, 2), RAIL[2], 'Lifeguards for the pool', ...PARAS.slice(2)]);
  assert.notEqual(got[3], 'teaser-rail');
});
