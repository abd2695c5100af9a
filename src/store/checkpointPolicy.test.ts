import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKPOINT_MAX_TAIL, checkpointDue } from './checkpointPolicy.js';

test('a small ingest into a large store writes no checkpoint, between batches or at close', () => {
  assert.equal(checkpointDue(1, 100_000, 'batch'), false);
  assert.equal(checkpointDue(200, 100_000, 'close'), false);
});

test('a new or much grown store is saved at close; a long ingest every few thousand articles', () => {
  assert.equal(checkpointDue(32, 32, 'close'), true);
  assert.equal(checkpointDue(32, 32, 'batch'), false, 'never per batch of a small ingest');
  assert.equal(checkpointDue(1000, 2000, 'batch'), true);
  assert.equal(checkpointDue(CHECKPOINT_MAX_TAIL, 100_000, 'batch'), true);
  assert.equal(checkpointDue(0, 10, 'close'), false, 'nothing new, nothing to save');
});
