import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropClosingBios, isAuthorBio, isClosingNote } from './authorBios.js';
import { classifyLines } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

test('a note about the author names a person, a verb and a role', () => {
  assert.ok(isAuthorBio('Jane Roe is a freelance journalist based in Lyon.'));
  assert.ok(isAuthorBio('Anna Beispiel ist ZDF-Reporterin für das Berichtsgebiet Osteuropa.'));
  assert.ok(isAuthorBio('John Roe (john@example.org) is the editor and publisher of The Weekly Review.'));
  assert.ok(!isAuthorBio('The company is a leading producer of steel in the region.'));
  assert.ok(!isAuthorBio('Jane Roe is a mother of three who moved to Lyon in 2015.'));
});

const P1 = 'The council voted on Tuesday to reopen the open-air pool that has been closed since 2009, after a campaign led by parents.';
const P2 = 'Jane Roe is a professor of urban planning at the university and has studied public pools in the region for a decade.';
const P3 = 'Work on the pool and its changing rooms will start in January and should be finished before the summer holidays begin.';
const BIO = 'John Doe is a freelance journalist based in Lyon who writes about towns and their public services.';

test("the last kept lines' note about the author goes; an expert introduced in the story stays", () => {
  const lines = [P1, P2, P3, BIO];
  const page = pageFeatures(lines);
  const verdicts = classifyLines(lines);
  dropClosingBios(page, verdicts);
  assert.deepEqual(verdicts.map((v) => v.content), [true, true, true, false]);
});

test('a note may name the role first, then the writer and what they write', () => {
  assert.ok(isClosingNote('Award-winning journalist Jane Roe writes a weekly column on city life for the paper.'));
  assert.ok(isClosingNote('Wirtschaftsjournalistin Anna Beispiel schreibt jede Woche über Geld und Steuern.'));
  assert.ok(!isClosingNote('Veteran journalist John Doe writes in his new book that the mayor knew.'));
  assert.ok(!isClosingNote('The journalists of the paper write about the city every day.'));
});

test("the name and role heading the closing note go with it when the note opens on that name", () => {
  const lines = [P1, P2, P3, 'ABOUT THE AUTHOR', 'John Doe', 'Producer', BIO];
  const verdicts = classifyLines(lines);
  assert.deepEqual(verdicts.slice(4).map((v) => v.content), [false, false, false]);
  const other = classifyLines([P1, P2, 'A new pool', 'Producer', BIO]);
  assert.equal(other[2].content, classifyLines([P1, P2, 'A new pool', 'Producer', P3])[2].content);
});
