import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const FIRST = [
  'The regional council approved on Tuesday a plan to close the Riverside pool for two years, after an inspection found cracks in its main basin.',
  'Swimmers from the three clubs that train there will be sent to the pools of Northfield and Eastbury, the council said, with buses paid by the town.',
  'The repairs are expected to cost eleven million euros, a third of which the national sports agency has agreed to pay, according to the mayor.',
  'The pool was built in 1974 and has not been closed for more than a month since then, the council said, even during the works on its roof.',
];
const SECOND = [
  'The clubs said they would rather have kept one of the two basins open during the works, as the pool in Eastbury is already full in the evenings.',
  'The council answered that the cracks run under both basins, and that the engineers could not promise that the smaller one was safe to use.',
  'A public meeting on the timetable of the works will be held at the town hall next Thursday, and the clubs have asked their members to attend.',
  'The mayor said that the town would also look for a way to keep the school swimming lessons going, perhaps with a bus to the sea baths.',
];
// Names with no function words: menu-like lines that cut the body search on both sides of the paragraph.
const PHOTO = 'Riverside Pool Main Basin Northshire Council Engineers Report March 2024 Photo Gallery';
const CREDIT = 'Jane Doe Northshire Gazette Riverside Pool Basin Photo Gallery Image Twelve Fourteen';
const PARAGRAPH = 'Inside, the water has been let out of the main basin and the tiles along its north wall have come loose, showing the cracks the inspectors found in the concrete.';

test('a paragraph a few lines from the article on both sides, cut from it by pictures, is the article', () => {
  const lines = ['Home', 'Sport', ...FIRST, PHOTO, 'What the inspectors found', PARAGRAPH, CREDIT, ...SECOND, 'Share', 'Most read'];
  const verdicts = classifyLines(lines);
  assert.equal(verdicts[lines.indexOf(FIRST[3])].content, true);
  assert.equal(verdicts[lines.indexOf(SECOND[0])].content, true);
  assert.deepEqual(verdicts[lines.indexOf(PARAGRAPH)], { content: true, reason: 'paragraph-between' });
});

test('far from the article on one side, it may be a teaser\'s summary: not taken', () => {
  const lines = ['Home', 'Sport', ...FIRST, PHOTO, 'Weather', 'Travel', 'Culture', PARAGRAPH, CREDIT, ...SECOND, 'Share'];
  const verdicts = classifyLines(lines);
  assert.equal(verdicts[lines.indexOf(SECOND[0])].content, true);
  assert.equal(verdicts[lines.indexOf(PARAGRAPH)].content, false);
});
