import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../article.js';
import { salientKeys } from './anchorKeys.js';

function article(title: string, text: string, mentions: Article['mentions'] = []): Article {
  return {
    id: 'a', file: 'a', url: null, outlet: null, author: null, title, published: null, publishedSource: null,
    lang: 'en', text, removed: [], dates: [], mentions, quotes: [], notes: [],
  };
}

test('salient keys are the names of the headline and first sentence, not those recalled further down', () => {
  const text =
    'Fred LaRue, a Nixon aide who delivered payments in the Watergate affair, died in Biloxi at 75.\n' +
    'He was among those once rumoured to be Deep Throat, the source Mark Felt later said he had been.';
  const keys = [...salientKeys(article('Watergate figure Fred LaRue dies', text)).keys()];
  for (const key of ['fred', 'laru', 'nixon']) assert.ok(keys.includes(key), key);
  assert.ok(!keys.includes('felt'));
  // A capitalised headline word the text never writes as a name is not one.
  assert.ok(!keys.includes('dies'));
});

test('a text that opens on its own headline is read from the sentence after it, with the entities stage names', () => {
  const title = 'Supermarket fire';
  const text = `${title}\nA fire destroyed the Waitrose in Wellington, Somerset, early on Tuesday.\nThe Banstead store burned last year.`;
  const at = (name: string) => text.indexOf(name);
  const mentions: Article['mentions'] = [
    { start: at('Waitrose'), end: at('Waitrose') + 8, text: 'Waitrose', type: 'organization', name: 'Waitrose' },
    { start: at('Wellington'), end: at('Wellington') + 10, text: 'Wellington', type: 'location', name: 'Wellington' },
    { start: at('Banstead'), end: at('Banstead') + 8, text: 'Banstead', type: 'location', name: 'Banstead' },
  ];
  const keys = [...salientKeys(article(title, text, mentions)).keys()];
  assert.equal(keys.length, 2);
  assert.ok(!keys.some((k) => k.includes('banst')));
});
