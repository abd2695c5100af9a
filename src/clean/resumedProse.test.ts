import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const BODY = [
  'Heavy rain flooded the lower town of Riverside on Monday night, and the fire brigade evacuated forty families from the streets near the harbour.',
  'The river rose by two metres in six hours, the highest level recorded since the floods of 1998, according to the regional water authority.',
  'The mayor said the council would meet on Tuesday to decide whether the two schools near the harbour should stay closed for the rest of the week.',
  'Volunteers filled sandbags through the night in the market square, and the army sent two lorries of pumps from the base at Northfield.',
];
const BOX = ['Weather', 'What the heat does to the roads'];
const RESUMED = 'The council will decide on Friday whether the harbour and the two schools near it reopen, once the water authority says the river has gone down.';

test('a long sentence on the article\'s topic below a box is the article going on', () => {
  const verdicts = classifyLines(['Home', 'News', ...BODY, ...BOX, RESUMED, 'Share', 'Facebook']);
  assert.equal(verdicts[2 + BODY.length + BOX.length].content, true);
});

test('below a tail marker, a sentence on the same topic is a teaser; a notice sharing few words is not the article', () => {
  const teaser = ['Related', 'Flood warnings for the coast'];
  assert.equal(classifyLines(['Home', ...BODY, ...teaser, RESUMED])[1 + BODY.length + teaser.length].content, false);
  const notice = 'We use cookies to improve your experience on our site and to show you personalised advertising, as described in our privacy policy.';
  assert.equal(classifyLines(['Home', ...BODY, ...BOX, notice])[1 + BODY.length + BOX.length].content, false);
});
