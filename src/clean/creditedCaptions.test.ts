import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P = [
  'The river rose by more than two metres overnight, and the town council opened the sports hall for families who had to leave their homes.',
  'Engineers from the water board spent the night checking the dykes along the northern bank, where the current is strongest after heavy rain.',
  'The mayor said that the school on the riverside would stay closed until the end of the week, and asked drivers to avoid the lower town.',
  'Forecasters expect the rain to ease on Wednesday, but warned that the river may keep rising for two more days as water comes down from the hills.',
  'Insurers have opened a hotline for residents whose cellars were flooded, and the council promised help with the cost of pumping them out.',
];
const KNOWN = ['Sandbags piled along the quay in the lower town on Monday.', 'Jane Roe/Reuters'];

test('on a page whose captions were found with their credit below, a sentence and a short source line are another caption', () => {
  const caption = 'The shaded area shows the part of the town the water reached.';
  const credit = 'Regional Water Board';
  const lines = ['Home', 'News', P[0], ...KNOWN, P[1], P[2], caption, credit, P[3], P[4], 'Privacy'];
  const verdicts = classifyLines(lines);
  assert.equal(verdicts[lines.indexOf(KNOWN[1])].reason, 'caption');
  assert.deepEqual(verdicts[lines.indexOf(caption)], { content: false, reason: 'caption' });
  assert.deepEqual(verdicts[lines.indexOf(credit)], { content: false, reason: 'caption' });
  for (const paragraph of P) assert.equal(verdicts[lines.indexOf(paragraph)].content, true, paragraph);
});

test('without a caption pair found on the page, a short line after a sentence is left to the subheading rules', () => {
  const heading = 'Schools stay closed';
  const lines = ['Home', 'News', P[0], P[1], P[2], heading, P[3], P[4], 'Privacy'];
  assert.equal(classifyLines(lines)[lines.indexOf(heading)].content, true);
});
