// A poll printed into the page, with its results: "Have you played it yet?" / "Yes, the game is
// cool (29%, 1,186 Votes)" / "No (15%, 625 Votes)" / "Total Voters: 4,145". Each answer reads as
// a sentence and the question as a subheading; the share and the count of votes after each answer
// give the widget away, and the question above the first answer goes with it.
import type { LineFeatures } from './lineFeatures.js';

/** "(29%, 1,186 Votes)", "(15 %, 625 votes)", "(41%, 1.680 Stimmen)" closing an answer. */
const RESULT = /\(\d{1,3}(?:[.,]\d+)?\s?%,\s*\d[\d,.\s]*\s(?:votes?|stimmen|voix|votos|voti)\)$/iu;
/** A poll offers a choice: one result line alone may be a sentence quoting a survey. */
const MIN_RESULTS = 2;

/**
 * A poll not yet voted on shows only its question and its choices: "Sollten Plattformen wie
 * Tiktok strenger reguliert werden?" / "Ja, unbedingt." / "Nein, das wäre Zensur." / "Ich bin mir
 * nicht sicher." The choices are a few words each and one says yes, another no: an interview's
 * answer to a question is longer, and one answer does not say both.
 */
const YES_CHOICE = /^(?:ja|yes|oui|sí|si)\b/iu;
const NO_CHOICE = /^(?:nein|no|non)\b/iu;
/** A choice is a few words ("Nur wenn es konkrete Beweise gibt."). */
const CHOICE_MAX_WORDS = 8;
/** A poll offers a handful of choices. */
const MAX_CHOICES = 6;

/** Marks as furniture ('poll') the result lines of a poll and the question above the first. */
export function markPolls(lines: LineFeatures[]): void {
  markChoices(lines);
  const results: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Cheap tests first: a result ends with ")" (the line's last code, read from the page's units:
    // no megamorphic charCodeAt on the string) and holds a "%".
    if (lines[i].last === 0x29 && lines[i].text.includes('%') && RESULT.test(lines[i].text)) results.push(i);
  }
  if (results.length < MIN_RESULTS) return;
  for (const i of results) lines[i].furniture = 'poll';
  let question = results[0] - 1;
  while (question >= 0 && lines[question].wordCount === 0) question--;
  if (question >= 0 && lines[question].text.endsWith('?') && lines[question].furniture === null) lines[question].furniture = 'poll';
}

/** Marks as furniture ('poll') a question and the choices below it, when one says yes and one no. */
function markChoices(lines: LineFeatures[]): void {
  for (let i = 0; i < lines.length - 2; i++) {
    if (lines[i].last !== 0x3f /* ? */) continue;
    let yes = false;
    let no = false;
    let end = i + 1;
    while (end < lines.length && end - i <= MAX_CHOICES && lines[end].wordCount > 0 && lines[end].wordCount <= CHOICE_MAX_WORDS) {
      yes ||= YES_CHOICE.test(lines[end].text);
      no ||= NO_CHOICE.test(lines[end].text);
      end++;
    }
    if (!yes || !no) continue;
    for (let k = i; k < end; k++) if (lines[k].furniture === null) lines[k].furniture = 'poll';
    i = end - 1;
  }
}
