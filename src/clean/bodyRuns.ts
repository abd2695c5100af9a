// Where the article body lies among the lines of a flattened page: the runs where prose is
// densest (maximum-sum runs of the line classes' values), joined over quiet gaps and furniture,
// with the lighter runs that short sentences alone part from them, and closed by a tail marker
// after the densest one. classifyLines then judges each line inside.
import type { LineClass } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** What each class is worth when looking for the densest run of prose. */
const RUN_VALUE: Record<LineClass, number> = { good: 1, 'near-good': 0, short: -0.7, bad: -4, furniture: -2 };
// Read once, not by the class at each line: a load keyed by five names is a megamorphic one.
const { 'near-good': NEAR_GOOD_VALUE, short: SHORT_VALUE, bad: BAD_VALUE, furniture: FURNITURE_VALUE } = RUN_VALUE;

/** A sentence of names and figures has this many words at least ("Cheeks is in." proves nothing). */
export const NAMES_SENTENCE_MIN_WORDS = 8;
/** Last characters of a full sentence (. ! ? … 。 ！ ？): a colon, a bracket or a quote may close a label or a teaser. */
const FULL_STOPS: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f]);

/**
 * A line with too few stop words to read as prose, yet a long sentence to its full stop: "Argentina
 * comfortably got past Chile 3-0 in Group C, with Guido Pella beating Nicolas Jarry 6-4, 6-3 and
 * Diego Schwartzman…". It costs what a short line does, not what a menu's line does (menus and tag
 * lists have no full stop), so that it does not cut the body in two: on the shared slice the
 * section of a sports round-up below it (+8 lines) and on ECB+ texts 12 sentence lines come back.
 */
function isNamesSentence(line: LineFeatures): boolean {
  return line.wordCount >= NAMES_SENTENCE_MIN_WORDS && FULL_STOPS.has(line.last);
}
/** What a line is worth: a line of prose more as it runs longer, a sentence of names as a short line. */
function runValue(line: LineFeatures, cls: LineClass): number {
  if (cls === 'good') return Math.min(3, 0.5 + line.text.length / 200);
  if (cls === 'short') return SHORT_VALUE;
  if (cls === 'near-good') return NEAR_GOOD_VALUE;
  if (cls === 'bad') return isNamesSentence(line) ? SHORT_VALUE : BAD_VALUE;
  return FURNITURE_VALUE;
}

/** A run of prose worth this share of the densest one is article too (a body cut by an ad box). */
export const SECOND_RUN_SHARE = 0.3;
/**
 * A lighter run between two such runs is article when it weighs this much (two paragraphs or
 * so): the body goes on around it, as a long article's section between a table and a gallery
 * does; a teaser's summary or a caption weighs less.
 */
export const SANDWICHED_MIN_SUM = 3;

interface Run {
  start: number;
  end: number;
  sum: number;
}

/**
 * The runs of lines with the largest summed value (maximum subarray): the article body is where
 * prose is densest, so menus above and headline lists below fall outside it. Runs split from
 * the densest by a box of links are kept when they weigh enough on their own, or when they lie
 * between two that do.
 */
export function bodyRuns(lines: readonly LineFeatures[], classes: readonly LineClass[]): boolean[] {
  // Typed arrays, not arrays made by map: those take their elements kind from what they hold
  // (integers only, fractions, nothing), and the reads of values and major met kinds new to them
  // pass after pass: 'wrong map' deoptimisations at passes 2, 3, 5, 7 and 9 over the 313
  // article-sized texts, each followed by a recompile of this function of 50-64 ms (node
  // --trace-deopt --trace-opt); with typed arrays, none. One array kept from page to page (grown
  // when a page needs more): a typed array of more than a few dozen bytes is allocated outside
  // the heap, at a cost of its own on every page.
  if (lineValues.length < classes.length) lineValues = new Float64Array(2 * classes.length);
  const values = lineValues;
  for (let i = 0; i < classes.length; i++) {
    values[i] = runValue(lines[i], classes[i]);
  }
  const runs = denseRuns(values, classes.length);
  let densest: Run | null = null;
  for (const run of runs) if (!densest || run.sum > densest.sum) densest = run;
  const best = densest?.sum ?? 0;
  // A tail marker after the densest run closes the article: runs beyond it are the prose of
  // teasers and comments ("À lire aussi" / "Joe Biden autorise l'Ukraine…" / "Cette décision…").
  // A paywall notice closes it too: what follows is the paywall's own help text ("Que se
  // passera-t-il si vous continuez à lire ici ?"), prose about the subscription.
  let closed = lines.length;
  for (let i = (densest?.end ?? lines.length) + 1; i < lines.length && closed === lines.length; i++) {
    if (lines[i].tail || lines[i].paywall) closed = i;
  }
  const inBody = new Array<boolean>(lines.length).fill(false);
  let previousEnd = -1;
  const major = new Uint8Array(runs.length);
  for (let r = 0; r < runs.length; r++) major[r] = runs[r].sum >= SECOND_RUN_SHARE * best && runs[r].sum > 0 && runs[r].start <= closed ? 1 : 0;
  const [firstMajor, lastMajor] = [major.indexOf(1), major.lastIndexOf(1)];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (major[r] === 0 && !(r > firstMajor && r < lastMajor && run.sum >= SANDWICHED_MIN_SUM) && !besideByProse(lines, classes, runs, major, r)) continue;
    const start = extendOverFurniture(lines, classes, run.start, -1);
    const end = extendOverFurniture(lines, classes, run.end, 1);
    const from = previousEnd >= 0 && quietGap(lines, classes, previousEnd + 1, start) ? previousEnd + 1 : start;
    for (let i = from; i <= end; i++) inBody[i] = true;
    previousEnd = end;
  }
  return inBody;
}

let lineValues = new Float64Array(256);

/** Rescanning stops after this many visits per line: a hostile page must not take quadratic time. */
const MAX_VISITS_PER_LINE = 8;

/**
 * Maximum-sum runs of the first `count` values, in page order. Kadane's scan finds the best run of
 * each stretch between two points where the sum falls to zero; what follows that best run within
 * the stretch is scanned again on its own, so that a paragraph after a dip is a run of its own. In "P1 P2 / AFRIQUE /
 * Une reprise symbolique / P3", the two short lines cost more than P3 brings, so P3 never
 * lifts the stretch's sum above its best (after P2): without the rescan P3 belongs to no run.
 */
function denseRuns(values: Float64Array, count: number): Run[] {
  const runs: Run[] = [];
  let budget = MAX_VISITS_PER_LINE * count;
  let from = 0;
  while (from < count && budget > 0) {
    // The best run so far as three numbers (bestEnd < 0: none yet), made a Run once found: a
    // paragraph of prose raises it at each line.
    let bestStart = 0;
    let bestEnd = -1;
    let bestSum = 0;
    let sum = 0;
    let start = from;
    for (let i = from; i < count && budget-- > 0; i++) {
      if (sum <= 0) {
        if (bestEnd >= 0) break;
        sum = 0;
        start = i;
      }
      sum += values[i];
      if (sum > 0 && (bestEnd < 0 || sum > bestSum)) {
        bestStart = start;
        bestEnd = i;
        bestSum = sum;
      }
    }
    if (bestEnd < 0) break;
    runs.push({ start: bestStart, end: bestEnd, sum: bestSum });
    from = bestEnd + 1;
  }
  return runs;
}

/** A list inside an article is a few items; forty category links between two texts are a sidebar. */
export const QUIET_GAP_LINES = 8;

/**
 * Between two runs of the body, a gap of short lines with no menu-like line nor tail marker is
 * part of the article: a list ("Mali", "Niger", "Burkina Faso") or a run of subheadings costs
 * more than it weighs, yet sits inside the story. Its lines are then judged by context.
 */
function quietGap(lines: readonly LineFeatures[], classes: readonly LineClass[], from: number, to: number): boolean {
  if (to - from > QUIET_GAP_LINES) return false;
  for (let i = from; i < to; i++) {
    if (classes[i] === 'bad' || lines[i].tail) return false;
  }
  return true;
}

/**
 * A paragraph of prose parted from the body by furniture alone belongs to it: in "…last
 * paragraph. / Sign up for our briefing. / The visit was part of an African tour…" the promotion
 * costs more than the closing sentence brings, yet nothing but furniture stands between them.
 * A tail marker ("Related:", "Les plus lus") stops the search.
 */
function extendOverFurniture(lines: readonly LineFeatures[], classes: readonly LineClass[], from: number, step: 1 | -1): number {
  let edge = from;
  for (let i = from + step; i >= 0 && i < classes.length; i += step) {
    if (classes[i] === 'good') edge = i;
    else if (classes[i] !== 'furniture' || lines[i].tail) break;
  }
  return edge;
}

/** At most this many short sentences between a run and the body: a few, as one paragraph has. */
export const PROSE_GAP_LINES = 3;

/**
 * A lighter run right beside the body, parted from it by short sentences alone, is the article
 * going on: "The Chiefs lost possibly their best game of the season." / "This time it was the
 * coach's fault." / "He should have played it safe." / "They blew it on a sneak." / the body.
 * Each short line costs more than it weighs, yet it is prose; a menu, a byline, a label or a
 * headline has no sentence end, and a line ending on a colon announces a box ("MORE NEWS:").
 * On the 313 flattened pages this changes no verdict; on ECB+ texts it keeps 6 more sentences.
 */
function besideByProse(lines: readonly LineFeatures[], classes: readonly LineClass[], runs: readonly Run[], major: Uint8Array, r: number): boolean {
  const [previous, next] = [runs[r - 1], runs[r + 1]];
  if (next !== undefined && major[r + 1] === 1 && proseGap(lines, classes, runs[r].end + 1, next.start)) return true;
  return previous !== undefined && major[r - 1] === 1 && proseGap(lines, classes, previous.end + 1, runs[r].start);
}

function proseGap(lines: readonly LineFeatures[], classes: readonly LineClass[], from: number, to: number): boolean {
  if (to - from > PROSE_GAP_LINES) return false;
  for (let i = from; i < to; i++) {
    if (classes[i] !== 'short' || !lines[i].sentence || lines[i].colon || lines[i].tail || lines[i].paywall) return false;
  }
  return true;
}
