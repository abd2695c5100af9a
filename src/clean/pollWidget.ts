// A poll printed into the page, with its results: "Have you played it yet?" / "Yes, the game is
// cool (29%, 1,186 Votes)" / "No (15%, 625 Votes)" / "Total Voters: 4,145". Each answer reads as
// a sentence and the question as a subheading; the share and the count of votes after each answer
// give the widget away, and the question above the first answer goes with it.
import type { LineFeatures } from './lineFeatures.js';

/** "(29%, 1,186 Votes)", "(15 %, 625 votes)", "(41%, 1.680 Stimmen)" closing an answer. */
const RESULT = /\(\d{1,3}(?:[.,]\d+)?\s?%,\s*\d[\d,.\s]*\s(?:votes?|stimmen|voix|votos|voti)\)$/iu;
/** A poll offers a choice: one result line alone may be a sentence quoting a survey. */
const MIN_RESULTS = 2;

/** Marks as furniture ('poll') the result lines of a poll and the question above the first. */
export function markPolls(lines: LineFeatures[]): void {
  const results: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i];
    // Cheap tests first: a result ends with ")" and holds a "%".
    if (text.charCodeAt(text.length - 1) === 0x29 && text.includes('%') && RESULT.test(text)) results.push(i);
  }
  if (results.length < MIN_RESULTS) return;
  for (const i of results) lines[i].furniture = 'poll';
  let question = results[0] - 1;
  while (question >= 0 && lines[question].wordCount === 0) question--;
  if (question >= 0 && lines[question].text.endsWith('?') && lines[question].furniture === null) lines[question].furniture = 'poll';
}
