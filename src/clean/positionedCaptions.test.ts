import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const BODY = [
  'The city council voted on Tuesday to turn the old tram depot into a covered market, ending a debate that had lasted for most of the last decade.',
  'Traders who now sell from stalls along the river will be offered places first, and the council expects the market to open in the spring of next year.',
  'Opponents had argued that the building should house a museum of the tram network, and they say they will keep collecting signatures for a new vote.',
];

test('a caption placing who stands where in the picture goes, between paragraphs', () => {
  for (const caption of ['Mayor Ines Valdez (left) and the depot’s last driver, Tomas Berg, outside the hall.', 'Die Bürgermeisterin (l.) vor der alten Remise.', 'The depot in 1931, with the workshops shown (in red) on the plan.']) {
    const lines = ['Home', 'Local', BODY[0], caption, BODY[1], BODY[2], 'Privacy'];
    const verdicts = classifyLines(lines);
    assert.deepEqual(verdicts[3], { content: false, reason: 'caption' }, caption);
    for (const paragraph of BODY) assert.equal(verdicts[lines.indexOf(paragraph)].content, true, paragraph);
  }
});

test("a lede pointing at the photo above it is the first line kept, and stays", () => {
  const lede = 'Council leader Ines Valdez (left) said on Tuesday that the old tram depot will become a covered market, ending a debate that lasted a decade.';
  const lines = ['Home', 'Local', lede, ...BODY, 'Privacy'];
  assert.equal(classifyLines(lines)[2].content, true);
});

test('brackets that place nothing in a picture leave the line alone', () => {
  const line = 'The market will have eighty stalls (twice as many as the river quay) and a hall for events on the upper floor, the council said.';
  const lines = ['Home', BODY[0], line, BODY[1], BODY[2], 'Privacy'];
  assert.equal(classifyLines(lines)[2].content, true);
});
