import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyRuns } from './bodyRuns.js';
import { lineClass } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

const BODY = [
  'They handed the ball over at the twenty-seven yard line and the visitors took it back down the field for a touchdown.',
  'It was a game that saw a great performance by their running backs, who rushed for more than three hundred yards together.',
  'Put it all together and the team gained five hundred yards and still managed to lose the game it should have won.',
  'This was the last home game of the season, and it would have been nice if they could have won it for the fans.',
  'Next week they travel to Denver to take on the leaders of the division in their own stadium, high in the mountains.',
  'Denver are twelve and three for the season after defeating Cleveland on Sunday, and they want the first seed.',
];

function runs(lines: string[]): boolean[] {
  const page = pageFeatures(lines);
  return bodyRuns(page.lines, page.lines.map((line, i) => lineClass(line, page.density?.[i] ?? null)));
}

test('prose above the body, parted from it by short sentences only, is the article', () => {
  const lines = [
    'The home side lost possibly the best game they have played all season.',
    'They lost to a late rally.',
    'They blew it on a sneak.',
    'The score was tied.',
    ...BODY,
  ];
  assert.deepEqual(runs(lines), lines.map(() => true));
});

test('parted by labels without a sentence end, it stays out', () => {
  const lines = ['The home side lost possibly the best game they have played all season.', 'Sport', 'Football', 'Share', ...BODY];
  assert.deepEqual(runs(lines).slice(0, 4), [false, false, false, false]);
});

test('a sentence of names and scores does not cut the body in two; a menu line does', () => {
  // "Argentina beat Chile…" has too few stop words to read as prose, but ends on a full stop.
  const results = 'Argentina beat Chile 3-0 in Group C, Pella beating Jarry 6-4, 6-3 and Schwartzman beating Garin 6-2, 6-2.';
  const after = [
    'The tie was already decided when the doubles pair took the third rubber in straight sets in front of a thin crowd.',
    'The captain said after the match that his players had found their best level at the end of a long and tiring season.',
  ];
  // A long body, so that the two paragraphs below it weigh too little to be a body run of their own.
  const long = [...BODY, ...BODY.map((line) => line.replace(/\.$/, ', the coach said on Monday.'))];
  const lines = [...long, 'ARGENTINA CRUISES', results, ...after];
  assert.deepEqual(runs(lines).slice(long.length + 2), [true, true]);
  const menu = [...long, 'Sport', 'Argentina Chile Group C Pella Jarry Schwartzman Garin Davis Cup Madrid', ...after];
  assert.deepEqual(runs(menu).slice(long.length + 2), [false, false]);
});
