import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const kept = (lines: string[]) => classifyLines(lines).map((v) => v.content);
const P1 = 'The city council approved on Tuesday a budget that raises spending on schools and buses by a tenth, after a debate that lasted well into the night.';
const P2 = 'The mayor said the budget would be paid for by the sale of two office buildings and by savings on the cost of the city’s own energy bills next year.';
const P3 = 'Opposition councillors voted against the budget, saying the sale of the buildings would bring in far less money than the mayor expects for the schools.';

test('headlines each above its date, two or more in a row, are a box of related articles', () => {
  const lines = [P1, 'City Council Weighs a Budget for Schools and Buses', 'July 30, 2018', 'How the Mayor Plans to Pay for the Schools Budget', 'July 25, 2018', P2, P3];
  assert.deepEqual(kept(lines), [true, false, false, false, false, true, true]);
});

test('one headline above a date is left to the classifier', () => {
  const lines = [P1, 'City Council Weighs a Budget for Schools and Buses', 'July 30, 2018', P2, P3];
  assert.deepEqual(kept(lines)[1], kept([P1, 'City Council Weighs a Budget for Schools and Buses', P2, P3])[1]);
});
