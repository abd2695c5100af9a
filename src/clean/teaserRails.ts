// A rail of related headlines printed between two paragraphs of the story, without a marker above
// it: "Einsatz von KI unter Studierenden: Herausforderung für Unis" / "Mehr als 80 Prozent der
// Studierenden wünschen sich klare Leitlinien …" / "Literarische Übersetzungen: Was der Mensch der
// KI voraus hat" / "Intelligente Sprachmodelle scheinen …". Topical coherence (topicalCoherence.ts)
// catches the headlines that share no word with the story; the others of the same rail share a
// word or two (they are related articles, on the same topic) and get through, and so does every
// summary, a sentence of prose. One headline found off-topic shows the rail: the headlines,
// names and summaries in a row with it, read up and down from it while they keep a rail's
// shape, are the rail's too. A paragraph of the story (a sentence longer than a summary) ends it.
// On the shared slice: 26 false lines out, 2 true (one an artefact of the derived labels).
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { dropDatedHeadlines } from './datedHeadlines.js';
import { dropKickerRails } from './kickerRails.js';
import { dropPromoBoxPitches } from './promoBoxes.js';
import { isSpeakerLine } from './speakerLines.js';
import { dropHeadlinesAboveQuestion } from './stackedHeadlines.js';
import { isArrowButton } from './teaserLine.js';

/** A headline found off-topic shows a rail when it reads as one: a few words at least. */
const ORIGIN_MIN_WORDS = 4;
/** A headline: no sentence end but a question mark, a few words. */
const HEADLINE_MAX_WORDS = 25;
/** A label between the cards: a name, a section, a date ("Anne Balay", "Demografie"). */
const LABEL_MAX_WORDS = 3;
/** At most this many labels in a row: more is a menu, and the rail has ended. */
const MAX_LABELS = 2;
/**
 * A summary: one sentence, rarely two, under its headline. A paragraph of the story is longer:
 * the story's own subheading and first paragraph below a rail are left alone.
 */
const SUMMARY_MIN_WORDS = 5;
const SUMMARY_MAX_WORDS = 30;

/**
 * A rail shows more than one headline: a line found off-topic with only a sentence below it is as
 * often a box's heading above the story going on ("Advice if you're upset by the news" / "At least
 * 70 people have been hurt in the protests over the past eight days.").
 */
const MIN_OTHER_HEADLINES = 1;

const HEADLINE = 1;
const SUMMARY = 2;
const LABEL = 3;
const OTHER = 4;

/**
 * Reasons of the lines kept as the classifier read them (classifyLines.ts): a line kept as a part
 * of the article (a bullet list, a table, the contents) is the article's structure, and no rail
 * runs through it.
 */
const READ_AS_PROSE = new Set(['good', 'near-good', 'short', 'heading', 'list-item']);

/**
 * Drops ('teaser-rail') the kept lines of each rail around a headline found off-topic, and each
 * row of kicker headlines (kickerRails.ts) or of headlines each above its date (datedHeadlines.ts);
 * the pitch of each promotion box (promoBoxes.ts), each button printed before its arrow, and each
 * name and role signing a pull quote or a portrait (speakerLines.ts).
 */
export function dropTeaserRails(page: PageFeatures, verdicts: LineVerdict[]): void {
  dropPromoBoxPitches(page, verdicts);
  dropLineFurniture(page, verdicts);
  dropDatedHeadlines(page, verdicts);
  const rows = dropKickerRails(page, verdicts);
  const { lines } = page;
  for (let r = 0; r < rows.length; r += 2) {
    const rail: number[] = [];
    railUp(lines, verdicts, rows[r], rail);
    // A sentence right below the row is the story going on, not a summary of its last headline.
    if (rows[r + 1] < lines.length && !lines[rows[r + 1]].sentence) railDown(lines, verdicts, rows[r + 1] - 1, rail);
    for (const i of rail) if (verdicts[i].content) verdicts[i] = { content: false, reason: 'teaser-rail' };
  }
  for (let o = 0; o < lines.length; o++) {
    if (verdicts[o].reason !== 'off-topic' || !isOrigin(lines[o])) continue;
    const rail: number[] = [];
    const headlines = railUp(lines, verdicts, o, rail) + railDown(lines, verdicts, o, rail);
    if (headlines < MIN_OTHER_HEADLINES) continue;
    for (const i of rail) {
      if (!verdicts[i].content) continue;
      verdicts[i].content = false;
      verdicts[i].reason = 'teaser-rail';
    }
  }
}

/**
 * Drops each kept link or button printed before its arrow ('teaser', teaserLine.ts), each name and
 * role signing a pull quote or a portrait ('speaker', speakerLines.ts), and the links stacked above
 * a heading put as a question (stackedHeadlines.ts). One pass, each line's last char read first: a
 * sentence ends on its mark, and most lines are read no further.
 */
/** Two headlines and the paragraph above them (stackedHeadlines.ts). */
const MIN_LINES_ABOVE_QUESTION = 3;

function dropLineFurniture(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines } = page;
  for (let i = 0; i < lines.length; i++) {
    const { last } = lines[i];
    if (last >= 0x61 && last <= 0x7a) {
      if (isSpeakerLine(lines, verdicts, i)) verdicts[i] = { content: false, reason: 'speaker' };
    } else if (last === 0x3f /* ? */) {
      if (i >= MIN_LINES_ABOVE_QUESTION) dropHeadlinesAboveQuestion(lines, verdicts, i);
    } else if (last >= 0x2192 && verdicts[i].content && isArrowButton(lines[i].text, lines[i].wordCount, last)) {
      verdicts[i] = { content: false, reason: 'teaser' };
    }
  }
}

const NOT_KEPT: LineVerdict = { content: false, reason: 'off-topic' };

/**
 * "Sehernur Karsu | 05.04.2025" or "Francesco Carta | Getty Images" found off-topic are a byline
 * or a credit, not a headline of a rail; "4th - and - 10 – Dustin Colquitt punt" opens on a
 * number, an item of a list or a table.
 */
function isOrigin(line: LineFeatures): boolean {
  const { text } = line;
  if (roleOf(line, NOT_KEPT) !== HEADLINE || line.wordCount < ORIGIN_MIN_WORDS) return false;
  const first = text.charCodeAt(0);
  return !(first >= 0x30 && first <= 0x39) && text.indexOf('|') < 0 && text.indexOf('©') < 0;
}

function roleOf(line: LineFeatures, verdict: LineVerdict): number {
  if (verdict.content && !READ_AS_PROSE.has(verdict.reason)) return OTHER;
  if (line.furniture !== null || line.wordCount === 0) return LABEL;
  const { wordCount, sentence } = line;
  if (wordCount <= LABEL_MAX_WORDS && !sentence) return LABEL;
  if (!sentence || line.last === 0x3f /* ? */) return wordCount <= HEADLINE_MAX_WORDS ? HEADLINE : OTHER;
  return wordCount >= SUMMARY_MIN_WORDS && wordCount <= SUMMARY_MAX_WORDS ? SUMMARY : OTHER;
}

/** Above the headline: headlines, labels, and summaries each under its headline, pushed on `rail`. Returns the headlines read. */
function railUp(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[], origin: number, rail: number[]): number {
  let labels = 0;
  let headlines = 0;
  for (let i = origin - 1; i >= 0; i--) {
    const role = roleOf(lines[i], verdicts[i]);
    if (role === OTHER) break;
    if (role === LABEL) {
      if (++labels > MAX_LABELS) break;
    } else labels = 0;
    if (role === SUMMARY) {
      if (i === 0 || roleOf(lines[i - 1], verdicts[i - 1]) !== HEADLINE) break;
      // The story's own subheading and a short paragraph, right below the story: not the rail's.
      if (i > 1 && isProse(roleOf(lines[i - 2], verdicts[i - 2]))) break;
      rail.push(i--);
    }
    if (role !== LABEL) headlines++;
    rail.push(i);
  }
  return headlines;
}

function isProse(role: number): boolean {
  return role === SUMMARY || role === OTHER;
}

/**
 * Below the headline: a summary right under a headline, headlines, labels. A headline right above
 * a paragraph heads the story going on ("A Closer Look at MRSA" / "But First: What's a
 * Superbug?" / "It's a term coined by the media …"), and stays. Returns the headlines read.
 */
function railDown(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[], origin: number, rail: number[]): number {
  let previous = HEADLINE;
  let labels = 0;
  let headlines = 0;
  for (let i = origin + 1; i < lines.length; i++) {
    const role = roleOf(lines[i], verdicts[i]);
    if (role === OTHER) {
      if (previous === HEADLINE && i - 1 > origin) {
        rail.pop();
        headlines--;
      }
      break;
    }
    if (role === LABEL) {
      if (++labels > MAX_LABELS) break;
    } else labels = 0;
    if (role === SUMMARY && previous !== HEADLINE) break;
    // The story's own subheading and a short paragraph, with the story going on below them.
    if (role === SUMMARY && i - 1 > origin && i + 1 < lines.length && isProse(roleOf(lines[i + 1], verdicts[i + 1]))) {
      rail.pop();
      headlines--;
      break;
    }
    if (role === HEADLINE) headlines++;
    rail.push(i);
    previous = role;
  }
  return headlines;
}
