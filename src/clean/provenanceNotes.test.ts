import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const BODY = [
  'Astronomers have found that a small galaxy near the Milky Way holds far less dark matter than their models predicted, a result that puzzles the field.',
  'The team measured how fast the stars at its edge move, and found speeds that the visible stars and gas alone can explain, without any unseen mass.',
  'They now plan to observe a dozen other small galaxies with the same instrument next year, to learn whether this one is an exception or the rule.',
];
const RELATED = ['15 Amazing Images of Stars', 'The Biggest Questions About Dark Matter'];

test('the note naming where the article first ran, a few links below it, is its last line', () => {
  for (const note of ['Originally published on Space Daily.', 'This article was reprinted on Wired.com.', "Cet article a d'abord été publié dans Le Temps."]) {
    const lines = ['Home', 'Science', ...BODY, ...RELATED, note, 'Sign up for our newsletter', 'Privacy'];
    assert.equal(classifyLines(lines)[lines.indexOf(note)].content, true, note);
  }
});

test('a date line, or the note below a tail marker or far below the article, is not taken', () => {
  const dated = 'First published: Tuesday, November 19, 2019';
  let lines = ['Home', ...BODY, dated, 'Privacy'];
  assert.equal(classifyLines(lines)[lines.indexOf(dated)].content, false);
  const note = 'Originally published on Space Daily.';
  lines = ['Home', ...BODY, 'Most read', note];
  assert.equal(classifyLines(lines)[lines.indexOf(note)].content, false);
  lines = ['Home', ...BODY, 'Weather', 'Sport', 'Culture', 'Travel', 'Jobs', note];
  assert.equal(classifyLines(lines)[lines.indexOf(note)].content, false);
});
