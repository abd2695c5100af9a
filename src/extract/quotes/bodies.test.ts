import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../article.js';
import { extractQuotes } from './extractQuotes.js';
import { testArticle } from './testArticle.js';

function org(text: string, name: string, inText: string): EntityMention {
  const start = inText.indexOf(text);
  return { start, end: start + text.length, text, type: 'organization', name };
}

function speakerOf(text: string, lang: string, mentions: EntityMention[]) {
  const [q] = extractQuotes(testArticle(text, lang, mentions));
  return { name: q?.speakerName, mention: q?.speakerMention };
}

const CLASHES = 'The column came under attack from separatist rebels of the Permanent Strategic Framework (CSP). A jihadist group linked to al-Qaeda also claimed a part.\n\n';

test('a spokesman for a described body speaks for the one body the article described so', () => {
  const text = `${CLASHES}“The enemy column was destroyed,” a spokesman for the rebel alliance told reporters.`;
  const mentions = [org('Permanent Strategic Framework', 'Permanent Strategic Framework', text), org('al-Qaeda', 'Al-Qaeda', text)];
  assert.deepEqual(speakerOf(text, 'en', mentions), { name: 'Permanent Strategic Framework', mention: 0 });
});

test('a description two bodies fit, or none, names no body', () => {
  const text = `The rebels of the CSP and the rebels of the FLA met.\n\n“We stand together,” a spokesman for the rebel alliance said.`;
  const mentions = [org('CSP', 'CSP', text), org('FLA', 'FLA', text)];
  assert.equal(speakerOf(text, 'en', mentions).mention, null);
  assert.equal(speakerOf(`“We stand together,” a spokesman for the rebel alliance said.`, 'en', []).mention, null);
});

test('« un porte-parole du CSP » speaks for the CSP; a named spokesperson speaks for himself', () => {
  const text = '« La colonne a été détruite », a déclaré un porte-parole du Cadre stratégique permanent.';
  assert.equal(speakerOf(text, 'fr', [org('Cadre stratégique permanent', 'Cadre stratégique permanent', text)]).name, 'Cadre stratégique permanent');
  const named = '« La colonne a été détruite », a déclaré le porte-parole du Cadre stratégique permanent, Mohamed Elmaouloud Ramadane.';
  assert.equal(speakerOf(named, 'fr', [org('Cadre stratégique permanent', 'Cadre stratégique permanent', named)]).name, 'Mohamed Elmaouloud Ramadane');
});
