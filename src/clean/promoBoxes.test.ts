import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const kept = (lines: string[]) => classifyLines(lines).map((v) => v.content);
const P1 = 'The council voted on Tuesday to reopen the open-air pool that has been closed since 2009, after a long campaign led by parents.';
const P2 = 'Work on the pool and its changing rooms will start in January and should be finished before the summer holidays begin next year.';
const P3 = 'The mayor said the cost would be shared with the region, which has set aside money for sports grounds in the valley for a decade.';

test("a promotion box's pitch between its heading and its button goes", () => {
  const lines = [P1, P2, 'Join Our Newsletter', 'Local stories, every morning, straight to you.', 'Count me in', P3, P1.replace('Tuesday', 'Monday')];
  assert.deepEqual(kept(lines).slice(0, 4), [true, true, false, false]);
});

test('a paragraph (longer than a pitch) after a sign-up line and before a subheading stays', () => {
  const lines = [P1, 'Join Our Newsletter', P2, 'A long campaign', P3];
  assert.equal(kept(lines)[2], true);
});
