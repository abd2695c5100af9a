// Content or boilerplate, for a page copied as text (one block per line, no markup left).
// In the manner of jusText: each line gets a class from its own text (length, stop-word
// density, sentence shape, boilerplate phrases, lines recurring across the outlet), the body is
// the densest run of prose lines, and context decides the short lines inside it.
import { boilerplateKind, isTailMarker, normalizeLine } from './boilerplateLexicon.js';
import { chooseStoplist, endsLikeSentence, stopDensity, words } from './textStats.js';

export type LineClass = 'good' | 'near-good' | 'short' | 'bad';

export interface LineVerdict {
  content: boolean;
  /** Why: the class of the line, or the rule that overrode it. */
  reason: string;
}

export interface ClassifyOptions {
  /** Normalised lines that recur across the outlet's articles (CleanContext). */
  recurring?: ReadonlySet<string>;
}

/** Lines shorter than this are judged by their neighbours ("Le contexte", "Par Awa Diallo"). */
export const LINE_SHORT_CHARS = 50;
/** A line this long with prose density is content on its own. */
export const LINE_LONG_CHARS = 100;
export const LINE_STOP_HIGH = 0.25;
export const LINE_STOP_LOW = 0.12;

/** What each class is worth when looking for the densest run of prose. */
const RUN_VALUE: Record<LineClass, number> = { good: 1, 'near-good': 0, short: -0.7, bad: -4 };

export function classifyLines(lines: readonly string[], options: ClassifyOptions = {}): LineVerdict[] {
  const stoplist = chooseStoplist(lines);
  const classes = lines.map((line) => lineClass(line, stoplist, options.recurring));
  const inBody = bodyRuns(lines, classes);
  const verdicts: LineVerdict[] = lines.map((_, i) => ({ content: false, reason: inBody[i] ? classes[i] : 'outside-body' }));
  let inTail = false;
  for (let i = 0; i < lines.length; i++) {
    if (!inBody[i]) continue;
    if (isTailMarker(lines[i])) {
      inTail = true;
      verdicts[i].reason = 'tail-marker';
      continue;
    }
    const cls = classes[i];
    if (inTail && cls !== 'good') {
      verdicts[i].reason = 'tail';
      continue;
    }
    if (cls === 'good') verdicts[i].content = true;
    else if (cls === 'near-good' || cls === 'short') {
      const before = neighbourClass(classes, inBody, i, -1);
      const after = neighbourClass(classes, inBody, i, 1);
      verdicts[i].content =
        cls === 'near-good'
          ? before === 'good' || after === 'good'
          : before === 'good' && after === 'good' && !looksLikeLabel(lines[i]);
    }
  }
  return verdicts;
}

export function lineClass(
  line: string,
  stoplist: ReadonlySet<string> | null,
  recurring?: ReadonlySet<string>,
): LineClass {
  const text = line.trim();
  if (text === '' || boilerplateKind(text) !== null) return 'bad';
  if (recurring?.has(normalizeLine(text))) return 'bad';
  if (text.length < LINE_SHORT_CHARS) return 'short';
  const density = stoplist ? stopDensity(words(text), stoplist) : null;
  const sentence = endsLikeSentence(text);
  if (density === null) return sentence ? 'good' : text.length >= LINE_LONG_CHARS ? 'near-good' : 'short';
  if (density >= LINE_STOP_HIGH && (sentence || text.length >= LINE_LONG_CHARS)) return 'good';
  if (density >= LINE_STOP_LOW) return 'near-good';
  return 'bad';
}

/** A section label or a byline left alone on its line: "INTERNATIONAL", "Par Awa Diallo". */
function looksLikeLabel(line: string): boolean {
  const text = line.trim();
  return text === text.toUpperCase() || /^(?:par|by|de)\s+\p{Lu}/u.test(text);
}

function neighbourClass(classes: readonly LineClass[], inBody: readonly boolean[], from: number, step: 1 | -1): LineClass | null {
  for (let i = from + step; i >= 0 && i < classes.length && inBody[i]; i += step) {
    if (classes[i] === 'good' || classes[i] === 'bad') return classes[i];
  }
  return null;
}

/** A run of prose worth this share of the densest one is article too (a body cut by an ad box). */
export const SECOND_RUN_SHARE = 0.3;

/**
 * The runs of lines with the largest summed value (maximum subarray): the article body is where
 * prose is densest, so menus above and headline lists below fall outside it. Runs split from
 * the densest by a box of links are kept when they weigh enough on their own.
 */
function bodyRuns(lines: readonly string[], classes: readonly LineClass[]): boolean[] {
  const runs: { start: number; end: number; sum: number }[] = [];
  let current: { start: number; end: number; sum: number } | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < classes.length; i++) {
    const size = Math.min(3, 0.5 + lines[i].length / 200);
    const value = RUN_VALUE[classes[i]] * (classes[i] === 'good' ? size : 1);
    if (sum <= 0) {
      if (current) runs.push(current);
      current = null;
      sum = value;
      start = i;
    } else sum += value;
    if (sum > 0 && (!current || sum > current.sum)) current = { start, end: i, sum };
  }
  if (current) runs.push(current);
  const best = Math.max(0, ...runs.map((r) => r.sum));
  const inBody = lines.map(() => false);
  for (const run of runs) {
    if (run.sum >= SECOND_RUN_SHARE * best && run.sum > 0) for (let i = run.start; i <= run.end; i++) inBody[i] = true;
  }
  return inBody;
}
