// Links to other articles stacked right above a section's heading put as a question, the paragraph
// of the section before above them: "…whether the UK's economy will grow or shrink." / "How the
// government raises and spends £1 trillion a year" / "Budget: Key points at a glance" / "Why do OBR
// forecasts matter?" / "The OBR uses its forecasts to…". Each link shares the story's words, and
// one alone reads as a subheading. A section opens on one heading; an explainer puts its headings
// as questions, and headlines that are not questions stacked two or more above one close the
// section before, as its related links. A list of questions (a checklist, an interview's) is
// all questions and stays. On the shared slice the lines this finds are all boilerplate (5).
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** The heading put as a question: a few words. */
const QUESTION_MAX_WORDS = 15;
/** A link's headline: a few words. */
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_WORDS = 20;
/** At least this many headlines stacked above the question. */
const MIN_STACKED = 2;
/** The paragraph above the stack: a sentence of some length, not a caption or a label. */
const PARAGRAPH_MIN_WORDS = 12;
/** Reasons of the lines kept as prose (classifyLines.ts): a list's item or a table's cell is left alone. */
const READ_AS_PROSE = new Set(['good', 'near-good', 'short', 'heading']);

/**
 * Drops ('related-link') the headlines stacked above kept line `q`, a heading put as a question.
 * Read on kept lines ending on "?" only (teaserRails.ts reads each line's last char once).
 */
export function dropHeadlinesAboveQuestion(lines: readonly LineFeatures[], verdicts: LineVerdict[], q: number): void {
  if (lines[q].wordCount > QUESTION_MAX_WORDS || !verdicts[q].content || !READ_AS_PROSE.has(verdicts[q].reason)) return;
  let top = q;
  while (top > 0 && isLinkHeadline(lines[top - 1], verdicts[top - 1])) top--;
  if (q - top < MIN_STACKED || top === 0) return;
  const above = lines[top - 1];
  if (!verdicts[top - 1].content || !above.sentence || above.wordCount < PARAGRAPH_MIN_WORDS) return;
  for (let i = top; i < q; i++) verdicts[i] = { content: false, reason: 'related-link' };
}

/** A kept headline that is not a question: no sentence end, or a quotation's ("… after report of US 'review'"). */
function isLinkHeadline(line: LineFeatures, verdict: LineVerdict): boolean {
  if (!verdict.content || line.furniture !== null || line.wordCount < HEADLINE_MIN_WORDS || line.wordCount > HEADLINE_MAX_WORDS) return false;
  const { last } = line;
  if (line.sentence && last !== 0x27 && last !== 0x2019 && last !== 0x22 && last !== 0x201d) return false;
  return READ_AS_PROSE.has(verdict.reason);
}
