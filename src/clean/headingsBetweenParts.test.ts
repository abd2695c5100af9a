import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

// Names and figures: the standfirst stays out of the body's densest run, and is taken back on its own.
const STANDFIRST = 'Riverside pool: cracks in main basin, eleven million euros of repairs, Northfield and Eastbury pools for clubs. Council vote 31 to 4, reopening planned in 2026.';
const BODY = [
  'The regional council approved on Tuesday a plan to close the Riverside pool for two years, after an inspection found cracks in its main basin.',
  'Swimmers from the three clubs that train there will be sent to the pools of Northfield and Eastbury, the council said, with buses paid by the town.',
  'The repairs are expected to cost eleven million euros, a third of which the national sports agency has agreed to pay, according to the mayor.',
];

function page(between: string): string[] {
  return ['Home', 'Sport', 'Riverside pool to close for two years', 'By Jane Doe', '12 March 2024', STANDFIRST, between, ...BODY, 'Share', 'Most read', 'Weather'];
}

test('a short line between a kept part (the standfirst) and the first paragraph belongs to the article', () => {
  const lines = page('RIVERSIDE, NORTHSHIRE');
  const verdicts = classifyLines(lines);
  const at = lines.indexOf('RIVERSIDE, NORTHSHIRE');
  assert.equal(verdicts[at - 1].reason, 'standfirst');
  assert.deepEqual(verdicts[at], { content: true, reason: 'heading' });
});

test('a byline or a sentence in that place is not taken', () => {
  for (const between of ['By Jane Doe', 'Photo taken by the author.']) {
    const lines = page(between);
    assert.equal(classifyLines(lines)[lines.lastIndexOf(between)].content, false, between);
  }
});
