import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSegments } from './quoteMarks.js';

const inner = (text: string) => findQuotedSegments(text).map((s) => text.slice(s.start, s.end));

test('guillemets with French spacing, curly and straight quotes', () => {
  assert.deepEqual(inner('Il a dit « oui » puis “non” et "peut-être".'), ['oui', 'non', 'peut-être']);
  assert.deepEqual(inner('Il a dit «\u202foui\u202f».'), ['oui']);
});

test('nested quotes stay inside the outer one', () => {
  assert.deepEqual(inner('« Il m’a dit : “pars” et « reste » », raconte-t-il.'), ['Il m’a dit : “pars” et « reste »']);
});

test('an apostrophe is no closing single quote', () => {
  assert.deepEqual(inner('She said ‘we won’t go’ today.'), ['we won’t go']);
  assert.deepEqual(inner("L'État n’a pas répondu aujourd’hui."), []);
});

test('a quote reopened at each paragraph closes at the last one', () => {
  const text = '« Premier paragraphe.\n\n« Second paragraphe. »\n\nSuite.';
  const [seg] = findQuotedSegments(text);
  assert.equal(text.slice(seg.start, seg.end), 'Premier paragraphe.\n\n« Second paragraphe.');
  assert.equal(seg.unclosed, false);
});

test('a quote never closed stops at its paragraph end', () => {
  const [seg] = findQuotedSegments('« Sans fin\n\nAutre paragraphe.');
  assert.equal(seg.end, 10);
  assert.equal(seg.unclosed, true);
});

test('dialogue dash opens a paragraph of speech', () => {
  assert.deepEqual(inner('Il entra.\n— Bonjour, dit-il.\nElle sourit.'), ['Bonjour, dit-il.']);
});

test('dialogue turns strung in one paragraph after a sentence end or a colon', () => {
  const text = "Elle dit enfin : — C'est pour vous. — Non. — Pourquoi ?";
  assert.deepEqual(findQuotedSegments(text).map((s) => text.slice(s.start, s.end)), ["C'est pour vous.", 'Non.', 'Pourquoi ?']);
});

test('a dash inside a sentence is no dialogue: "Le ministre — absent — a répondu"', () => {
  assert.deepEqual(findQuotedSegments('Le ministre — absent lundi — a répondu par écrit.'), []);
});

test('a double hyphen at the head of a paragraph opens a line of dialogue', () => {
  const text = "Vous êtes l'auteur de l'accident ?\n--Oui, monsieur.";
  assert.deepEqual(findQuotedSegments(text).map((s) => text.slice(s.start, s.end)), ['Oui, monsieur.']);
});
