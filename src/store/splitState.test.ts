import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinState, splitState } from './splitState.js';

test('a state split into chunks joins back to the same value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const state = JSON.parse(JSON.stringify(value)) as unknown;
      assert.deepEqual(joinState(splitState(state, 40)), state);
    }),
  );
});

test('large arrays are split into runs no longer than the chunk size', () => {
  const state = { version: 1, entities: { list: Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, name: 'x'.repeat(i % 50) })) } };
  const chunks = [...splitState(state, 2000)];
  const runs = chunks.filter((c) => c.path === 'entities.list' && c.kind === 'array');
  assert.ok(runs.length > 10, `${runs.length} runs`);
  assert.ok(chunks.every((c) => c.json.length <= 2000), 'every chunk fits');
  assert.deepEqual(joinState(chunks), state);
});

test('a key named __proto__ stays a key, at any depth', () => {
  const state = JSON.parse('{"__proto__":{"a":1},"terms":{"__proto__":2,"x.y":{"__proto__":3}}}') as unknown;
  assert.deepEqual(joinState(splitState(state, 10)), state);
});

test('values with toJSON, empty containers and keys holding dots survive', () => {
  const state = {
    dates: { toJSON: () => [['2024', 3]] },
    empty: {},
    none: [],
    'a.b': { c: 1 },
    '': 2,
    skipped: undefined,
  };
  assert.deepEqual(joinState(splitState(state, 10)), { dates: [['2024', 3]], empty: {}, none: [], 'a.b': { c: 1 }, '': 2 });
});
