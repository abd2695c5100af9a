import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const ARTICLE = [
  'The regional rail operator will add four night trains a week between the capital and the coast from June, its chief executive said on Monday.',
  'The trains will leave the capital shortly before midnight and reach the coast early in the morning, with sleeping cars and a dining carriage.',
  'The operator says demand for the night service has doubled since the route reopened two years ago, and that tickets for the summer already sell out.',
  'Rail unions welcomed the plan but asked the operator to hire more staff for the night shifts, which they say are already stretched on the route.',
];
const MENU = ['Latest', 'Politics', 'Business', 'Sport', 'Culture', 'Weather', 'Travel', 'Opinion', 'Video', 'Podcasts'];
const OTHER_STORY = [
  'Farmers in the northern valleys expect a poor apple harvest after a late frost damaged blossoms in April, their association warned.',
  'Growers said that some orchards lost more than half of their fruit, and that prices in markets could rise by a fifth before autumn.',
];

test("another story's paragraphs far below the article, sharing none of its words, go", () => {
  const lines = ['Home', ...ARTICLE, ...MENU, ...OTHER_STORY, 'Privacy'];
  const verdicts = classifyLines(lines);
  for (const line of ARTICLE) assert.equal(verdicts[lines.indexOf(line)].content, true, line);
  for (const line of OTHER_STORY) assert.deepEqual(verdicts[lines.indexOf(line)], { content: false, reason: 'off-topic-run' }, line);
});

test("the article's own part set apart, on its subject, stays", () => {
  const closing = [
    'Night trains to the coast ran on the route until the operator cut the service fifteen years ago, when demand for sleeping cars fell.',
    'The operator says the new trains will run through the winter if demand for tickets holds, and that a second route may follow.',
  ];
  const lines = ['Home', ...ARTICLE, ...MENU, ...closing, 'Privacy'];
  const verdicts = classifyLines(lines);
  for (const line of closing) assert.notEqual(verdicts[lines.indexOf(line)].reason, 'off-topic-run', line);
});

test('prose two lines below the article is not a run apart: the rule leaves it to the line rules', () => {
  const lines = ['Home', ...ARTICLE, 'Share', 'Print', ...OTHER_STORY, 'Privacy'];
  const verdicts = classifyLines(lines);
  for (const line of OTHER_STORY) assert.equal(verdicts[lines.indexOf(line)].content, true, line);
});
