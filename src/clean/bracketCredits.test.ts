import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const BODY = [
  'The harbour board approved on Monday the sale of the old customs house to a group of local investors, who plan to turn it into a hotel.',
  'The building has stood empty for twelve years, since the customs service moved its offices to the new container terminal outside the town.',
  'Residents asked that the ground floor stay open to the public, and the investors have promised a café and a small museum of the port.',
  'Work is expected to start next spring and to last about two years, the board said in a statement published after the meeting.',
];
const KNOWN = 'Members of the harbour board arrive for the vote at the town hall. (AP)';
const UNKNOWN = 'The customs house was put up for sale by the town last year. (Harbour Realty)';

test("on a page whose captions close on a known credit in brackets, a caption closing on an unknown one goes", () => {
  const lines = ['Home', 'News', BODY[0], KNOWN, BODY[1], BODY[2], UNKNOWN, BODY[3], 'Privacy'];
  const verdicts = classifyLines(lines);
  assert.deepEqual(verdicts[lines.indexOf(UNKNOWN)], { content: false, reason: 'caption' });
  for (const paragraph of BODY) assert.equal(verdicts[lines.indexOf(paragraph)].content, true, paragraph);
});

test('without a caption found on the page, a bracket closing a sentence is left to the text', () => {
  const note = 'The customs house stands at the end of the old quay, north of the market. (City News Service)';
  const lines = ['Home', 'News', BODY[0], BODY[1], note, BODY[2], BODY[3], 'Privacy'];
  assert.equal(classifyLines(lines)[lines.indexOf(note)].content, true);
});

test('an editor’s code or a date in brackets is no credit', () => {
  for (const line of ['The board will publish the terms of the sale once the contract is signed. (E-2)', 'The board will publish the terms of the sale once the contract is signed. (March 2024)']) {
    const lines = ['Home', 'News', BODY[0], KNOWN, BODY[1], line, BODY[2], BODY[3], 'Privacy'];
    assert.equal(classifyLines(lines)[lines.indexOf(line)].content, true, line);
  }
});
