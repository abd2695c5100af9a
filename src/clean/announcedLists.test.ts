import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = 'The band will go back on the road next summer for its first tour together in nearly a quarter century, the promoter said.';
const P2 = 'Tickets go on sale on Friday, and the band has promised to play its best-known songs along with a few rarities from the vault.';
const P3 = 'The tour opens in Florida in June and closes in Texas in October, with a hometown show in California in September.';
const DATES = ['June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL', 'June 10 -- Credit Union Amphitheatre, Tampa, FL', 'June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA', 'June 17 -- Bridgestone Arena, Nashville, TN'];

test('a list announced by a colon after the last paragraph is article, up to a line of another size', () => {
  const lines = [P1, P2, P3, 'The tour dates:', ...DATES, 'FACEBOOK', 'Magazine'];
  const verdicts = classifyLines(lines);
  assert.deepEqual(verdicts.map((v) => v.content), [true, true, true, true, true, true, true, true, false, false]);
  assert.equal(verdicts[5].reason, 'list-item');
});

test('a comment thread is no list: each head announces two lines only', () => {
  const lines = [P1, P2, P3, 'jbaxt says:', 'November 19, 2019 at 10:15 am', 'Why would you stop running?', 'devin says:', 'November 19, 2019 at 10:41 am', 'Time to go.'];
  assert.deepEqual(classifyLines(lines).slice(3).map((v) => v.content), [false, false, false, false, false, false]);
});
