import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedAt } from './text.js';

test('publication dates print in one shape, the wall time as the outlet wrote it', () => {
  assert.equal(publishedAt('2024-07-27T09:15:00Z'), '2024-07-27 09:15');
  assert.equal(publishedAt('2024-07-28T20:30:00+01:00'), '2024-07-28 20:30');
  assert.equal(publishedAt('2024-07-27T11:02'), '2024-07-27 11:02');
  assert.equal(publishedAt('2024-07-25'), '2024-07-25');
  assert.equal(publishedAt(null), 'undated');
});
