import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const BODY = [
  'The quarterback completed his first seventeen passes and led the visitors to their eighth win in a row on the road.',
  'It was the kind of game the team had hoped for all season, the coach said after the final whistle had gone.',
  'The defence held the home side to a single field goal in the second half, and the crowd left well before the end.',
];
const LEDE = 'Colts quarterback Peyton Manning passed for 364 yards and three touchdowns against Jacksonville Thursday night.';

test('the lede sentences above the body of a clean pasted article are kept, the headline is not', () => {
  const verdicts = classifyLines(['Colts clinch a playoff spot in Jacksonville', 'Dec. 19, 2008', LEDE, ...BODY]);
  assert.deepEqual(verdicts.map((v) => v.content), [false, false, true, true, true, true]);
  assert.equal(verdicts[2].reason, 'lede');
});

test('under a menu, the same sentence above the body stays out', () => {
  const menu = 'Home Sport NFL NBA MLB NHL Scores Schedule Standings Teams Players Video Podcasts';
  const verdicts = classifyLines(['Colts clinch a playoff spot in Jacksonville', menu, LEDE, ...BODY]);
  assert.equal(verdicts[2].content, false);
});
