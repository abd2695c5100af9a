import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extractQuotes.js';
import { testArticle } from './testArticle.js';

function speakers(text: string, lang: string) {
  return extractQuotes(testArticle(text, lang)).map((q) => q.speakerName);
}

test('a name after "de" that follows a noun is a complement: the lawyer speaks, not his client', () => {
  const text = "Ousmane Sonko a été entendu lundi. L'avocat de M. Sonko a affirmé que le dossier était vide.";
  assert.deepEqual(speakers(text, 'fr'), ['avocat de M. Sonko']);
});

test('a name qualifying an English noun is no speaker: the channels and the bloggers speak', () => {
  assert.deepEqual(speakers('Telegram channels close to Wagner said that the losses were heavy.', 'en'), ['Telegram channels close to Wagner']);
  assert.deepEqual(speakers('Twenty fighters were killed, according to Russian military bloggers.', 'en'), ['Russian military bloggers']);
  assert.deepEqual(speakers('Western governments say they are fighters of the Wagner group.', 'en'), ['Western governments']);
});

test('a person followed by a verb the lexicon lacks is still the speaker', () => {
  assert.deepEqual(speakers('Sergei Lavrov arrived in Bamako and said that Russia would stay.', 'en'), ['Sergei Lavrov']);
});

test('"…, which X denies" does not make X the speaker of the sentence', () => {
  assert.ok(!speakers('They are fighters of the Wagner group, which Bamako denies.', 'en').includes('Bamako'));
});

test('a noun object is no reported speech: "acknowledged the losses"', () => {
  assert.deepEqual(speakers('Telegram channels close to Wagner acknowledged the losses, a rare admission.', 'en'), []);
});

test('an English adverb ends the subject phrase: "A jihadist group linked to al-Qaeda later said"', () => {
  assert.deepEqual(speakers('A jihadist group linked to al-Qaeda later said it had taken part in the fighting.', 'en'), ['A jihadist group linked to al-Qaeda']);
});

test('an English past tense ends the subject phrase; a participle before a preposition does not', () => {
  assert.deepEqual(speakers('The site surveyed 56,000 developers but noted that the sample was biased.', 'en'), ['site']);
  assert.deepEqual(speakers('A group linked to al-Qaeda said it had taken part.', 'en'), ['A group linked to al-Qaeda']);
});
