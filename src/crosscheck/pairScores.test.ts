import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PairScores } from './pairScores.js';

test('a pair is one score whichever way it is asked, 0 when never set', () => {
  const scores = new PairScores(10);
  scores.set(7, 2, 0.5);
  assert.equal(scores.get(2, 7), 0.5);
  assert.equal(scores.get(7, 2), 0.5);
  assert.equal(scores.get(2, 8), 0);
});

test('thousands of pairs: each keeps its last score, listed in the order first set', () => {
  const size = 5_000;
  const scores = new PairScores(size);
  const expected = new Map<number, [number, number, number]>();
  for (let n = 0; n < 20_000; n++) {
    const i = (n * 7919) % size;
    const j = (n * 104729 + 13) % size;
    if (i === j) continue;
    const pair: [number, number] = i < j ? [i, j] : [j, i];
    const key = pair[0] * size + pair[1];
    const score = (n % 97) / 97;
    scores.set(i, j, score);
    const previous = expected.get(key);
    if (previous) previous[2] = score;
    else expected.set(key, [...pair, score]);
  }
  assert.deepEqual([...scores.entries()], [...expected.values()]);
  for (const [i, j, score] of expected.values()) assert.equal(scores.get(j, i), score);
});
