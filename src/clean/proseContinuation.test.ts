import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageFeatures } from './lineFeatures.js';
import { proseContinuation } from './proseContinuation.js';

const kept = { content: true, reason: 'good' };
const outside = { content: false, reason: 'outside-body' };

test('sentences below the body that the run search left outside continue it, down to the first line that is no prose', () => {
  const page = pageFeatures([
    'Jackson was on probation for a previous drunk-driving arrest, a highway patrol officer said on Sunday.',
    'He was taken to the San Diego County jail and released a few hours later on bail.',
    'Jackson, 25, caught 59 passes for 1,098 yards and seven touchdowns for the Chargers last season.',
    'Partager',
    'Another story about a different team that the page lists below the article, with a sentence.',
  ]);
  const taken = proseContinuation(page.lines, [kept, outside, outside, outside, outside]);
  assert.deepEqual(taken, [false, true, true, false, false]);
});

test('short sentences are carried along only when a long one follows them', () => {
  const page = pageFeatures([
    'When asked whether she still went out, the actress said she had done enough of everything.',
    'I partied.',
    'I had fun.',
    'I ate and drank and met a lot of people, but I am happy with where I am right now.',
    'Trust me.',
    'MORE NEWS:',
    'A headline of another story that the page lists below the article, with a sentence.',
  ]);
  const verdicts = [kept, outside, outside, outside, outside, outside, outside];
  assert.deepEqual(proseContinuation(page.lines, verdicts), [false, true, true, true, false, false, false]);
});

test('lines judged for another reason and lines above the body are not taken', () => {
  const page = pageFeatures([
    'A teaser sentence above the article that reads like prose but stands before it.',
    'Le ministre des transports a annoncé jeudi la reprise des vols vers Tombouctou et Gao.',
    'Trust me.',
    'Les commerçants du nord saluent une décision attendue depuis des semaines par tous.',
  ]);
  const offTopic = { content: false, reason: 'off-topic' };
  const taken = proseContinuation(page.lines, [outside, kept, offTopic, outside]);
  assert.deepEqual([0, 1, 2, 3].map((i) => taken[i] === true), [false, false, false, false]);
});
