import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extractQuotes.js';
import { testArticle } from './testArticle.js';

function quotes(text: string) {
  return extractQuotes(testArticle(text, 'fr')).map((q) => ({ text: q.text, speaker: q.speakerName }));
}

test('an incise inside the marks splits the quotation in two, both for its speaker', () => {
  const text = 'Abdoulaye Diop a reçu la presse lundi.\n\n« Nous partirons, a-t-il dit, mais nous reviendrons. »';
  assert.deepEqual(quotes(text), [
    { text: 'Nous partirons', speaker: 'Abdoulaye Diop' },
    { text: 'mais nous reviendrons.', speaker: 'Abdoulaye Diop' },
  ]);
});

test('a dash line goes on after its incise with speech, not with narration', () => {
  assert.deepEqual(quotes('— Moi, je suis veuf, dit Bouvard, et sans enfants !').map((q) => q.text), ['Moi, je suis veuf', 'et sans enfants !']);
  assert.deepEqual(quotes('— Elle ! dit Pécuchet, en désignant la porte.').map((q) => q.text), ['Elle !']);
});

test('a short dash line is dialogue, never a scare quote', () => {
  assert.deepEqual(quotes('— Comment !').map((q) => q.text), ['Comment !']);
});

test('an adverb may stand between the incise verb and its subject', () => {
  assert.deepEqual(quotes("— Je crois qu'il est au théâtre, dit timidement Louisa. Il a répétition.").map((q) => q.text), ["Je crois qu'il est au théâtre", 'Il a répétition.']);
});
