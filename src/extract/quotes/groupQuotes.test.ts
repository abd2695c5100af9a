import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../article.js';
import { groupOrigin, groupQuotes } from './groupQuotes.js';

const quote = (article: string, text: string): Quote => ({
  article, text, start: 0, end: text.length, speaker: null, speakerName: null, direct: true, cue: null, group: null,
});

test('the same words across articles share a group: trimmed, cut, other marks and case', () => {
  const grouped = groupQuotes([
    quote('a1', 'Nous allons continuer à aider le Mali à renforcer ses capacités de défense'),
    quote('a2', 'nous allons continuer à aider le Mali […] à renforcer ses capacités de défense'),
    quote('a3', 'Nous allons continuer à aider le Mali'),
    quote('a4', 'Le Mali ne reviendra pas en arrière'),
  ]);
  assert.ok(grouped[0].group);
  assert.equal(grouped[1].group, grouped[0].group);
  assert.equal(grouped[2].group, grouped[0].group);
  assert.equal(grouped[3].group, null);
});

test('quotes of one article alone, and short quotes, get no group', () => {
  const grouped = groupQuotes([quote('a1', 'Nous ne partirons pas du Mali'), quote('a1', 'Nous ne partirons pas du Mali'), quote('a2', 'sans délai'), quote('a3', 'sans délai')]);
  assert.deepEqual(grouped.map((q) => q.group), [null, null, null, null]);
});

test('the origin of a group is its first-published quote', () => {
  const grouped = groupQuotes([quote('late', 'Personne ne nous dictera nos choix, jamais'), quote('early', 'Personne ne nous dictera nos choix')]);
  const published: Record<string, string> = { late: '2023-02-08', early: '2023-02-07' };
  assert.equal(groupOrigin(grouped, grouped[0].group!, (id) => published[id])?.article, 'early');
});
