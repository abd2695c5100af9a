import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../article.js';
import { extractQuotes } from './extractQuotes.js';
import { testArticle } from './testArticle.js';

function speaker(text: string, mentions: EntityMention[] = []) {
  const [q] = extractQuotes(testArticle(text, 'fr', mentions));
  return { name: q?.speakerName, mention: q?.speakerMention };
}

test('a document speaks for its author, past adjectives before it and a participle after it', () => {
  const text = "Le séisme a fait au moins 1 037 morts, selon un nouveau bilan du ministère de l'Intérieur publié samedi.";
  assert.equal(speaker(text).name, "ministère de l'Intérieur");
});

test('a day between the verb and its subject is no part of the speaker', () => {
  assert.equal(speaker("Le Maroc va verser une aide d'urgence à chaque foyer, a annoncé jeudi le Cabinet royal.").name, 'Cabinet royal');
});

test('a body the entities stage found heading the phrase is the speaker, with its mention', () => {
  const text = "Le séisme a fait au moins 632 morts, selon le ministère de l'Intérieur.";
  const start = text.indexOf('ministère');
  const body: EntityMention = { start, end: start + "ministère de l'Intérieur".length, text: "ministère de l'Intérieur", type: 'organization', name: "ministère de l'Intérieur" };
  assert.deepEqual(speaker(text, [body]), { name: "ministère de l'Intérieur", mention: 0 });
});
