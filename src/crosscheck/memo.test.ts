import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memo } from './memo.js';

test('computes once per key, including falsy results', () => {
  let calls = 0;
  const f = memo((k: string) => {
    calls++;
    return k === 'none' ? undefined : k.length;
  });
  assert.equal(f('abc'), 3);
  assert.equal(f('abc'), 3);
  assert.equal(f('none'), undefined);
  assert.equal(f('none'), undefined);
  assert.equal(calls, 2);
});

test('stays bounded: past the limit the cache starts over', () => {
  let calls = 0;
  const f = memo((k: string) => {
    calls++;
    return k;
  }, 2);
  f('a');
  f('b');
  f('c');
  f('a');
  assert.equal(calls, 4);
});
