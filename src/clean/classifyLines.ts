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
const RUN_VALUE: Record<LineClass, number> = { good: 1, 'near-good': 0.25, short: -0.15, bad: -1 };

export function classifyLines(lines: readonly string[], options: ClassifyOptions = {}): LineVerdict[] {
  const stoplist = chooseStoplist(lines);
  const classes = lines.map((line) => lineClass(line, stoplist, options.recurring));
  const [start, end] = densestRun(lines, classes);
  const verdicts: LineVerdict[] = lines.map((_, i) => ({
    content: false,
    reason: i < start || i > end ? 'outside-body' : classes[i],
  }));
  let inTail = false;
  for (let i = start; i <= end; i++) {
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
      const before = neighbourClass(classes, i, -1, start, end);
      const after = neighbourClass(classes, i, 1, start, end);
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

function neighbourClass(classes: readonly LineClass[], from: number, step: 1 | -1, start: number, end: number): LineClass | null {
  for (let i = from + step; i >= start && i <= end; i += step) {
    if (classes[i] === 'good' || classes[i] === 'bad') return classes[i];
  }
  return null;
}

/**
 * The run of lines with the largest summed value (maximum subarray): the article body is where
 * prose is densest, so menus above and headline lists below fall outside it.
 */
function densestRun(lines: readonly string[], classes: readonly LineClass[]): [number, number] {
  let best = -Infinity;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < classes.length; i++) {
    const size = Math.min(3, 0.5 + lines[i].length / 200);
    const value = RUN_VALUE[classes[i]] * (classes[i] === 'good' ? size : 1);
    if (sum <= 0) {
      sum = value;
      start = i;
    } else sum += value;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return best > 0 ? [bestStart, bestEnd] : [0, -1];
}
