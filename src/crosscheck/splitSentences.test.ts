import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './splitSentences.js';

test('splits on end punctuation and keeps spans into the text', () => {
  const text = "Le bilan s'élève à 12 morts. M. Diop a réagi mardi.\nLes secours « sont sur place ». Fin";
  const sentences = splitSentences(text);
  assert.deepEqual(
    sentences.map((s) => s.text),
    ["Le bilan s'élève à 12 morts.", 'M. Diop a réagi mardi.', 'Les secours « sont sur place ».', 'Fin'],
  );
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('does not split after initials or decimals', () => {
  const sentences = splitSentences('J. Smith said 1.5 million people left. Others stayed.');
  assert.equal(sentences.length, 2);
});

test('empty text gives no sentence', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('  \n\n '), []);
});
