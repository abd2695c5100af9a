import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

const P1 = 'The drivers of the depot rallied before dawn on Tuesday to protest against the new delivery targets set by the company last month.';
const P2 = 'Managers came outside to watch the rally, one driver said, and some of them stood in the crowd for nearly an hour before going back in.';
const P3 = 'The union says the targets break the contract signed two years ago, and it has filed a grievance that a regional panel will hear in June.';

const furniture = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.furniture);

test("a box named after its section, and its links, are teasers up to the article's next paragraph", () => {
  const lines = [P1, 'Related Article', 'Is the Company Retaliating Against Union Activists?', 'Jane Roe', P2, P3];
  assert.deepEqual(furniture(lines), [null, 'prefix', 'teaser', 'teaser', null, null]);
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, false, false, false, true, true]);
});

test("a box heading's short sentence of pitch goes with its links", () => {
  const lines = [P1, 'More from Ask an Advisor', 'Here are more perspectives on how to navigate this economy.', 'Here are three tips for investors', P2];
  assert.deepEqual(furniture(lines).slice(1, 4), ['prefix', 'teaser', 'teaser']);
});

test('a box running on past a few links, or a heading with a colon or a sentence, is left to the classifier', () => {
  const links = Array.from({ length: 8 }, (_, k) => `Headline number ${k + 1} of a long list`);
  const kinds = furniture([P1, 'More in Business', ...links, P2]);
  assert.equal(kinds[1], 'teaser');
  assert.ok(kinds.slice(2, 10).every((kind) => kind === null));
  assert.deepEqual(furniture([P1, 'Related: Ten strange galaxies', 'Jane Roe', P2])[2], null);
});
