import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../article.js';
import { readSentences } from './readSentences.js';
import { SentenceReadings, readingKey } from './readSentencesOnce.js';

function article(id: string, text: string): Article {
  return {
    id, url: null, outlet: 'Le Quotidien', title: null, published: '2024-03-05', publishedSource: 'stated', lang: 'fr', text,
    mentions: [], dates: [], quotes: [], notes: [],
  } as unknown as Article;
}

const TEXT = 'Le barrage de Sélingué a rouvert mardi après trois semaines de travaux. Les pêcheurs du lac attendaient cette décision depuis janvier.';

test('a reading is kept and given back for the same article', () => {
  const readings = new SentenceReadings(10);
  const a = article('a1', TEXT);
  const first = readings.read(a);
  assert.deepEqual(first, readSentences(a));
  assert.equal(readings.read({ ...a }), first);
});

test('a changed text or entity mention is read anew', () => {
  const a = article('a1', TEXT);
  const edited = { ...a, text: TEXT.replace('trois', 'quatre') };
  const resolved = { ...a, mentions: [{ start: 14, end: 22, text: 'Sélingué', name: 'Sélingué', type: 'location', entity: 'n4' }] } as unknown as Article;
  assert.notEqual(readingKey(a), readingKey(edited));
  assert.notEqual(readingKey(a), readingKey(resolved));
  const readings = new SentenceReadings(10);
  readings.read(a);
  assert.deepEqual(readings.read(edited), readSentences(edited));
});

test('no more readings are kept than the limit, the least recently used go first', () => {
  const readings = new SentenceReadings(2);
  const [a, b, c] = ['a', 'b', 'c'].map((id) => article(id, TEXT));
  const kept = readings.read(a!);
  readings.read(b!);
  readings.read(a!);
  readings.read(c!);
  assert.equal(readings.size, 2);
  assert.equal(readings.read(a!), kept);
});
