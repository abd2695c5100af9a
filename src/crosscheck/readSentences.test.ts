import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSentences } from './readSentences.js';
import { toArticle } from './fixtures/loadFixture.js';
import { mention } from './fixtures/mention.js';

test('a name with its title alone states nothing; one predicate word does', () => {
  const text = 'Abdoulaye Diop, ministre malien des Affaires étrangères.\nIl a été reçu par le président de la transition, Assimi Goïta.';
  const article = toArticle({
    id: 'a',
    text,
    mentions: [
      mention(text, 'Abdoulaye Diop', 'person', { roleSpan: { start: text.indexOf('ministre'), end: text.indexOf('.') }, role: 'ministre malien des Affaires étrangères' }),
      mention(text, 'Assimi Goïta', 'person', { roleSpan: { start: text.indexOf('président'), end: text.indexOf(', Assimi') }, role: 'président de la transition' }),
    ],
  });
  assert.deepEqual(readSentences(article).map((s) => s.claimable), [false, true]);
});
