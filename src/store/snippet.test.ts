import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryTerms } from './queryTerms.js';
import { makeSnippet } from './snippet.js';

const marked = (text: string, query: string, size?: number) => {
  const snippet = makeSnippet(text, queryTerms(query), size);
  return snippet.marks.map((m) => snippet.text.slice(m.start, m.end));
};

test('matches are marked whatever their accents, case and ending', () => {
  assert.deepEqual(marked('Les Élections au Mali : une élection reportée.', 'election mali'), ['Élections', 'Mali', 'élection']);
});

test('the window sits on the densest run of matches, with ellipses where text is cut', () => {
  const text = `${'mot '.repeat(40)}Bamako annonce des élections à Bamako. ${'fin '.repeat(40)}`.trim();
  const snippet = makeSnippet(text, queryTerms('bamako elections'), 10);
  assert.equal(snippet.text, '…mot mot mot mot Bamako annonce des élections à Bamako…');
  assert.deepEqual(
    snippet.marks.map((m) => snippet.text.slice(m.start, m.end)),
    ['Bamako', 'élections', 'Bamako'],
  );
});

test('white space around the text does not shift the marks', () => {
  assert.deepEqual(marked('\n  Bamako vote.\n', 'bamako'), ['Bamako']);
});

test('a text without a match gives its beginning, unmarked', () => {
  assert.deepEqual(makeSnippet('Un court texte.', queryTerms('absent')), { text: 'Un court texte.', marks: [] });
});
