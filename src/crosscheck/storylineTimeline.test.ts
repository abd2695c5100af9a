import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storylineTimeline } from './storylineTimeline.js';
import { toArticle } from './fixtures/loadFixture.js';

test('events come in date order with their sources sorted by publication', () => {
  const articles = new Map(
    [
      toArticle({ id: 'a', text: 'x', outlet: 'B', published: '2024-03-06T10:00:00Z' }),
      toArticle({ id: 'b', text: 'x', outlet: 'A', published: '2024-03-05T09:00:00Z' }),
      toArticle({ id: 'c', text: 'x', outlet: 'C', published: '2024-03-01T09:00:00Z', dates: [{ start: 0, end: 1, text: 'x', value: '2024-03-01', grain: 'day', relative: false }] }),
    ].map((a) => [a.id, a]),
  );
  const events = [
    { id: 'e1', title: 'Later', articles: ['a', 'b'], start: '2024-03-05', end: '2024-03-06', storyline: 's1' },
    { id: 'e2', title: 'Earlier', articles: ['c'], start: '2024-03-01', end: '2024-03-01', storyline: 's1' },
    { id: 'e3', title: 'Undated', articles: [], start: null, end: null, storyline: 's1' },
  ];
  const timeline = storylineTimeline({ id: 's1', title: 'S', events: ['e3', 'e1', 'e2', 'gone'] }, events, articles);
  assert.deepEqual(timeline.map((e) => e.event), ['e2', 'e1', 'e3']);
  assert.deepEqual(timeline[1]!.sources.map((s) => s.article), ['b', 'a']);
  assert.deepEqual(timeline[0]!.dates, ['2024-03-01']);
});
