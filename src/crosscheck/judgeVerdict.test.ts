import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeVerdict } from './judgeVerdict.js';
import { toArticle } from './fixtures/loadFixture.js';
import type { ConflictDraft } from './conflictDraft.js';

const articles = new Map(
  [
    toArticle({ id: 'a', text: 'Une attaque a fait 12 morts.' }),
    toArticle({ id: 'b', text: 'Le bilan de l’attaque s’est alourdi à 14 morts.' }),
    toArticle({ id: 'c', text: 'Une attaque a fait 14 morts.' }),
  ].map((a) => [a.id, a]),
);

function toll(values: Array<[string, number, string | null]>, cumulative = true): ConflictDraft {
  return {
    about: 'death toll', topic: { kind: 'count', concept: 'death toll', who: null, year: null }, kind: 'number', cumulative,
    values: values.map(([article, n, published]) => ({ article, value: String(n), start: 0, end: 2, published })),
    ranges: values.map(([, n]) => [n, n]),
  };
}

test('a toll that rises hours later is an update, within the hour a contradiction', () => {
  assert.equal(judgeVerdict(toll([['a', 12, '2024-03-05T08:00:00Z'], ['c', 14, '2024-03-05T15:00:00Z']]), articles), 'update');
  assert.equal(judgeVerdict(toll([['a', 12, '2024-03-05T08:00:00Z'], ['c', 14, '2024-03-05T08:40:00Z']]), articles), 'contradiction');
});

test('within the hour, an article that says the toll was revised makes it an update', () => {
  assert.equal(judgeVerdict(toll([['a', 12, '2024-03-05T08:00:00Z'], ['b', 14, '2024-03-05T08:40:00Z']]), articles), 'update');
});

test('a toll that falls later, or figures that are not counts that grow, contradict', () => {
  assert.equal(judgeVerdict(toll([['c', 14, '2024-03-05T08:00:00Z'], ['a', 12, '2024-03-05T15:00:00Z']]), articles), 'contradiction');
  assert.equal(judgeVerdict(toll([['a', 12, '2024-03-05T08:00:00Z'], ['c', 14, '2024-03-06T08:00:00Z']], false), articles), 'contradiction');
});

test('different days count as hours apart; undated figures need the revision said', () => {
  assert.equal(judgeVerdict(toll([['a', 12, '2024-03-05'], ['c', 14, '2024-03-06']]), articles), 'update');
  assert.equal(judgeVerdict(toll([['a', 12, null], ['c', 14, null]]), articles), 'contradiction');
  assert.equal(judgeVerdict(toll([['a', 12, null], ['b', 14, null]]), articles), 'update');
});
