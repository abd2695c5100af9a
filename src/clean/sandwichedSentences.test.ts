import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';
import { sandwichedSentences } from './sandwichedSentences.js';

const kept = { content: true, reason: 'good' };
const bad = { content: false, reason: 'bad' };
const P1 = 'The club announced on Monday that its head coach had been dismissed after a run of eleven defeats.';
const NAMES = 'He became the fourth coach fired this season after Ivan Horvat (Split), Marko Novak (Zagreb) and Ante Kovač (Rijeka).';
/** The finder may leave a sparse list: read it line by line. */
const flags = (taken: boolean[]) => [0, 1, 2].map((i) => taken[i] === true);
const P2 = 'His assistant will lead the team until the end of the season, the club said in a statement.';

test('a sentence of names between two kept lines is the article', () => {
  const page = pageFeatures([P1, NAMES, P2]);
  assert.deepEqual(flags(sandwichedSentences(page.lines, [kept, bad, kept])), [false, true, false]);
});

test('an embed announced with a colon, a bracketed figure, a line set aside for its own reason, or an edge of the body are not taken', () => {
  for (const line of ['WATCH | Fans react to the news of the dismissal of their coach on Monday:', '[figure 2: Horvat, Novak, Kovač, Split, Zagreb, Rijeka, 2024.]']) {
    assert.deepEqual(flags(sandwichedSentences(pageFeatures([P1, line, P2]).lines, [kept, bad, kept])), [false, false, false]);
  }
  const page = pageFeatures([P1, NAMES, P2]);
  assert.deepEqual(flags(sandwichedSentences(page.lines, [kept, { content: false, reason: 'off-topic' }, kept])), [false, false, false]);
  assert.deepEqual(flags(sandwichedSentences(page.lines, [kept, bad, bad])), [false, false, false]);
});

test("a picture's caption flagged above its credit is no sentence of the article", () => {
  const page = pageFeatures([P1, NAMES, P2]);
  page.lines[1] = { ...page.lines[1], caption: true };
  assert.deepEqual(flags(sandwichedSentences(page.lines, [kept, bad, kept])), [false, false, false]);
});
