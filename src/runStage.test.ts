import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStage } from './runStage.js';

test('a failing stage leaves the article as it was, with a note naming the stage', () => {
  const article = { id: 'a', notes: [] as Array<{ stage: string; rule: string; message: string }> };
  const result = runStage('dates', article, () => {
    throw new Error('boom');
  });
  assert.equal(result.id, 'a');
  assert.deepEqual(result.notes, [{ stage: 'dates', rule: 'stage-failed', message: 'dates failed: boom' }]);
  assert.deepEqual(article.notes, [], 'the input is not mutated');
});

test('a passing stage returns its result', () => {
  assert.equal(runStage('x', 0, () => 42), 42);
});
