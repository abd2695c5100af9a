import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const OPENING = [
  'Most gardeners have heard of compost, but few know that the worms living in a compost heap do most of the work of turning kitchen waste into soil.',
  'These worms, the red wigglers, eat their own weight in kitchen waste every day and leave behind a dark soil that gardeners prize for their vegetables.',
];
// A shop's rail: a line of names ends the standfirst's search upwards (standfirst.ts).
const BREAK = ['Sign up for our gardening newsletter', 'Subscribe', 'Worm Towers Raised Beds Seed Trays Garden Tools Watering Cans Greenhouses', 'Worms', 'Soil'];
const BODY = [
  'A worm bin needs little room: a wooden box on a balcony holds enough worms to eat the kitchen waste of a family of four, and it does not smell.',
  'The worms like shredded paper and cardboard under their kitchen waste, and a gardener should keep the soil in the box damp but never wet.',
  'After three months the gardener can take the dark soil from the bottom of the box and spread it on the vegetables, while the worms stay on top.',
  'Red wigglers breed fast, so a box that starts with a few hundred worms holds a few thousand by the end of the first year of kitchen waste.',
  'The worms do not like onions, citrus peel or meat, and a gardener who puts too much of them in the box will find the worms trying to leave it.',
  'In winter the box should stand in a shed or a cellar, since the worms slow down in the cold and stop eating the kitchen waste below ten degrees.',
  'Some gardeners sell their spare worms to neighbours, and a few towns now give a worm box to any family that asks for one at the town hall.',
  'The soil the worms make holds water well, so the vegetables grown in it need less watering in the summer than those grown in plain garden soil.',
];

test('two long paragraphs above the body, on its topic, cut from it by a box, open the article', () => {
  const lines = ['Home', 'Garden', 'How worms make soil', ...OPENING, ...BREAK, ...BODY, 'Share', 'Privacy'];
  const verdicts = classifyLines(lines);
  assert.equal(verdicts[lines.indexOf(BODY[0])].content, true);
  for (const line of OPENING) assert.deepEqual(verdicts[lines.indexOf(line)], { content: true, reason: 'opening-paragraph' });
});

test('one paragraph alone above the body, or prose on another topic, is not taken', () => {
  let lines = ['Home', 'Garden', 'How worms make soil', OPENING[0], ...BREAK, ...BODY, 'Share'];
  assert.equal(classifyLines(lines)[lines.indexOf(OPENING[0])].content, false);
  const other = [
    'The city council voted on Tuesday to close the harbour car park for two years while engineers repair the sea wall damaged by the winter storms.',
    'Drivers will be sent to the new car park near the railway station, the council said, and the bus from there to the harbour will run every ten minutes.',
  ];
  lines = ['Home', 'Garden', 'How worms make soil', ...other, ...BREAK, ...BODY, 'Share'];
  const verdicts = classifyLines(lines);
  for (const line of other) assert.equal(verdicts[lines.indexOf(line)].content, false);
});
