import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';
import { sharedWords, topicWords } from './topicalCoherence.js';

test("the topic below a tail marker is the article's sentences, not a headline kept above it", () => {
  const page = pageFeatures([
    'The harbour authority in Dakar opened a new ferry terminal on Monday for the island crossing.',
    'Senate impeachment hearings resume with new witnesses',
    'Most Read',
    'Impeachment hearings: the witnesses who could change the outcome this week.',
  ]);
  const topic = topicWords(page, [{ content: true }, { content: true }, { content: false }, { content: false }], 2);
  assert.equal(sharedWords(page, 3, topic), 0);
  assert.ok(sharedWords(page, 0, topic) >= 2);
});
