import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeFor } from './locale.js';
import { findCues } from './speechCues.js';
import { tokenize } from './tokens.js';

function cues(text: string, lang = 'fr') {
  return findCues(tokenize(text), localeFor(lang)).map((c) => [text.slice(c.start, c.end), c.lemma, c.pronoun]);
}

test('French forms: compound past, inversion, present, pronominal, locution', () => {
  assert.deepEqual(cues('a déclaré'), [['a déclaré', 'déclarer', null]]);
  assert.deepEqual(cues('a-t-il encore ajouté'), [['a-t-il encore ajouté', 'ajouter', 'il']]);
  assert.deepEqual(cues('estime-t-elle'), [['estime-t-elle', 'estimer', 'elle']]);
  assert.deepEqual(cues("s'est vivement inquiété"), [["s'est vivement inquiété", "s'inquiéter", null]]);
  assert.deepEqual(cues('il a mis en garde'), [['a mis en garde', 'mettre en garde', null]]);
  assert.deepEqual(cues('a de son côté salué'), [['a de son côté salué', 'saluer', null]]);
});

test('inflection rules: répète, rappelle, annonça, exigea, concède', () => {
  const verbs = localeFor('fr').verbs;
  for (const [form, lemma] of [['répète', 'répéter'], ['rappelle', 'rappeler'], ['annonça', 'annoncer'], ['exigea', 'exiger'], ['concède', 'concéder'], ['regrette', 'regretter'], ['reconnaît', 'reconnaître']]) {
    assert.equal(verbs.get(form)?.lemma, lemma, form);
  }
  assert.ok(verbs.size > 1500, `only ${verbs.size} French forms`);
});

test('a noun reading is no cue: "la note", "l\'annonce"; a bare participle needs its auxiliary', () => {
  assert.deepEqual(cues("la note et l'annonce"), []);
  assert.deepEqual(cues('Interrogé, déclaré coupable'), []);
});

test('infinitive after a lead: "a tenu à préciser", "avant d\'ajouter"', () => {
  assert.deepEqual(cues('a-t-il tenu à préciser'), [['a-t-il tenu à préciser', 'préciser', 'il']]);
  assert.deepEqual(cues("avant d'ajouter"), [["avant d'ajouter", 'ajouter', null]]);
});

test('sources: selon, d\'après, according to', () => {
  assert.deepEqual(cues("selon lui, d'après l'AFP").map((c) => c[1]), ['selon', "d'après"]);
  assert.deepEqual(cues('according to the ministry', 'en').map((c) => c[1]), ['according to']);
});

test('English forms: said, has told, denied, admitted; "the report" is a noun', () => {
  assert.deepEqual(cues('he said, she has told, they denied, he admitted; the report', 'en').map((c) => c[1]), ['say', 'tell', 'deny', 'admit']);
});

test('« être » before a speech participle is a passive, unless reflexive', () => {
  const fr = localeFor('fr');
  assert.deepEqual(findCues(tokenize("Des cas d'urgence absolue sont prévus par la loi."), fr), []);
  assert.equal(findCues(tokenize("Il s'est dit prêt à gouverner."), fr).length, 1);
});
