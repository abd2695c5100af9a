import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Conflict } from '../../article.js';
import type { EventDetail } from '../../store/Store.js';
import { formatEvent } from './formatEvent.js';

const TOLL: Conflict = {
  id: 'e1-x1',
  event: 'e1',
  about: 'death toll (soldiers)',
  label: 'bilan des morts (soldats)',
  kind: 'number',
  verdict: 'update',
  values: [
    { value: '12', article: 'a1', published: '2024-07-26', start: 0, end: 2 },
    { value: '47', article: 'a2', published: '2024-07-28', start: 0, end: 2 },
  ],
};

function detail(conflicts: Conflict[]): EventDetail {
  return {
    event: { id: 'e1', title: 'Combats près de la frontière', start: '2024-07-26', end: '2024-07-28', storyline: 's1', articles: ['a1', 'a2'] },
    storyline: null,
    articles: [],
    duplicateGroups: [],
    origins: 2,
    entities: [],
    quotes: [],
    dates: [],
    claims: [],
    conflicts,
    summary: [],
    versions: {},
  };
}

test('a conflict is shown by its label in the articles\' language, as the report shows it', () => {
  const text = formatEvent(detail([TOLL]));
  assert.match(text, /Conflicts\n {2}bilan des morts \(soldats\) \(updated over time\)\n {4}12 {2}— unknown outlet, 2024-07-26 {2}\[a1\]/);
  assert.doesNotMatch(text, /death toll/);
});

test('a conflict without a label falls back to what it is about', () => {
  const { label: _label, ...unlabelled } = TOLL;
  assert.match(formatEvent(detail([unlabelled])), /Conflicts\n {2}death toll \(soldiers\) \(updated over time\)/);
});
