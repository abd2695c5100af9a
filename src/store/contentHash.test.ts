import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, freeId } from './contentHash.js';

const raw = { id: 'a1', file: 'a.txt', title: 'Titre', text: 'Corps du texte.', notes: [] };

test('the same content found under another id or path hashes the same', () => {
  assert.equal(contentHash(raw), contentHash({ ...raw, id: 'b7', file: 'copie/a.txt' }));
});

test('any visible change changes the hash', () => {
  assert.notEqual(contentHash(raw), contentHash({ ...raw, text: 'Corps du texte !' }));
  assert.notEqual(contentHash(raw), contentHash({ ...raw, outlet: 'Le Monde' }));
});

test('field boundaries count: moving words from the title to the text is other content', () => {
  assert.notEqual(
    contentHash({ ...raw, title: 'ab', text: 'c' }),
    contentHash({ ...raw, title: 'a', text: 'bc' }),
  );
});

test('freeId keeps a free id and suffixes a taken one', () => {
  const taken = new Set(['a1', 'a1~2']);
  assert.equal(freeId('z9', (id) => taken.has(id)), 'z9');
  assert.equal(freeId('a1', (id) => taken.has(id)), 'a1~3');
});
