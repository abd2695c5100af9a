import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const verdicts = (lines: string[]) => classifyLines(lines).map((v) => v.content);
/** Two paragraphs closing a section, then the next section's two. */
const [P1, P2, P3, P4] = [
  'The fiscal council checks the figures the ministry sends it and makes its own forecasts of growth and borrowing for the next five years.',
  'Those forecasts say whether the government is likely to spend more than it raises, and whether the economy will grow or shrink.',
  'The council uses its forecasts to judge whether the government is on course to meet the borrowing rules it has set itself.',
  'Investors read the council’s verdict closely, because they lend the government the money its budget does not raise in taxes.',
];

test('headlines stacked above a heading put as a question go; the heading and the paragraphs stay', () => {
  const lines = [P1, P2, 'How the government raises and spends its budget each year', 'Budget: the main measures at a glance', 'Why do the council forecasts matter?', P3, P4];
  assert.deepEqual(verdicts(lines), [true, true, false, false, true, true, true]);
});

test('a checklist of questions stays whole', () => {
  const lines = [P1, P2, 'Does the council check the borrowing figures?', 'Will the forecasts be published this year?', 'Why do the council forecasts matter?', P3, P4];
  assert.deepEqual(verdicts(lines), [true, true, true, true, true, true, true]);
});
