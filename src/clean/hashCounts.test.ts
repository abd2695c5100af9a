import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HashCounts } from './hashCounts.js';

test('a hash is counted once a mark, however often it comes with it', () => {
  const counts = new HashCounts();
  counts.reset(3);
  for (const [hash, line] of [[7, 0], [7, 0], [-1_900_000_000, 0], [7, 1], [7, 3]]) counts.countIn(counts.add(hash), line);
  assert.equal(counts.countOfHash(7), 3);
  assert.equal(counts.countOfHash(-1_900_000_000), 1);
  assert.equal(counts.countOfHash(8), 0);
});

test('each reading counts the different hashes held, a hash said twice once', () => {
  const counts = new HashCounts();
  counts.reset(2);
  counts.add(263);
  counts.add(7);
  const line = Int32Array.from([7, 263, 7, 519, 263]);
  assert.equal(counts.countHeld(line, 0, line.length), 2);
  assert.equal(counts.countHeld(line, 2, 4), 1);
});

test('a reset empties the table, and makes room for more hashes than it held', () => {
  const counts = new HashCounts();
  counts.reset(1);
  counts.add(5);
  counts.reset(1000);
  assert.equal(counts.countOfHash(5), 0);
  for (let hash = 0; hash < 1000; hash++) counts.countIn(counts.add(hash * 256), hash);
  for (let hash = 0; hash < 1000; hash++) assert.equal(counts.countOfHash(hash * 256), 1);
});
