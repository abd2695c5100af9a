// A product's spec sheet, copied as text: "Dimensions :" / "- 13,3 x 21,2 cm" / "Composition :
// acrylique, bambou" / "Recharge : câble USB". Each line is a label and a value, or a dashed item
// under a label: names and figures with few stop words, so the line classes take them for a
// menu. A menu has no colons; a run of "Label : value" lines standing between two parts of the
// article (its description above, its FAQ or closing line below) is what an analyst pasting
// the page wants kept, as the fact box of a news story is.
import { isBullet } from './bulletLists.js';
import type { LineFeatures } from './lineFeatures.js';

/** A label is a name, not a clause: "Composition", "Certifiée IP44", "Diffusion d'huile". */
export const SPEC_LABEL_MAX_WORDS = 4;
const SPEC_LABEL_MAX_CHARS = 40;
/** Fewer lines make no sheet; fewer "Label : value" pairs make a list, which bulletLists judges. */
export const SPEC_MIN_LINES = 4;
export const SPEC_MIN_PAIRS = 2;
/**
 * How far the article may stand from the sheet, on each side: a gift-wrap notice or a "Description"
 * head may sit between the description and its sheet.
 */
export const SPEC_REACH = 6;

/** A label and its value are a line of a table, not a paragraph: longer lines are not read. */
export const SPEC_LINE_MAX_CHARS = 160;

const LABEL = /^\p{L}[\p{L}\p{N}'’ -]*$/u;

/**
 * Short, no furniture, tail marker or paywall notice, and a bullet or a colon where a label may end
 * it: specShape reads no other line, and the label's own tests (cut, split, a regex) are left to the
 * lines of a stretch long enough to hold a sheet.
 */
function mayBeSpec(line: LineFeatures): boolean {
  const { text } = line;
  if (text.length > SPEC_LINE_MAX_CHARS || line.furniture !== null || line.tail || line.paywall) return false;
  const colon = text.indexOf(':');
  return (colon > 0 && colon <= SPEC_LABEL_MAX_CHARS + 1) || isBullet(text);
}

/** 2: "Label : value"; 1: "Label :" heading a list, or a dashed item; 0: neither. Read on lines that mayBeSpec. */
function specShape(line: LineFeatures): 0 | 1 | 2 {
  const { text } = line;
  if (isBullet(text)) return 1;
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > SPEC_LABEL_MAX_CHARS + 1) return 0;
  const label = text.slice(0, colon).trimEnd();
  if (label.length > SPEC_LABEL_MAX_CHARS || label.split(' ').length > SPEC_LABEL_MAX_WORDS || !LABEL.test(label)) return 0;
  if (colon === text.length - 1) return 1;
  if (text.charCodeAt(colon + 1) !== 0x20) return 0;
  return isHeadline(text.slice(colon + 1).trim()) ? 0 : 2;
}

/** A headline has this many words at least; a value is shorter, or a list. */
export const HEADLINE_MIN_WORDS = 4;
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * "Archäologie: Simple Erklärung für Weihnachtswunder – Experte zerlegt Mythos": a rubric and a
 * teaser's headline (a capital, four words or more, no comma), not a label and its value
 * ("Composition : acrylique, bambou", "Ampoule : LED 6 W (fournie)", "Path A: Iceland, Bulgaria").
 * Figures and units are no words here.
 */
function isHeadline(value: string): boolean {
  if (!UPPER_FIRST.test(value) || value.includes(',')) return false;
  // Words that start with a letter, counted until there are enough: a value may be a long line.
  let words = 1;
  for (let i = 1; i < value.length && words < HEADLINE_MIN_WORDS; i++) {
    if (/\s/.test(value[i - 1]) && LETTER.test(value[i])) words++;
  }
  return words >= HEADLINE_MIN_WORDS;
}

/**
 * For each line, whether it is in a spec sheet: a run of SPEC_MIN_LINES or more spec-shaped
 * lines left out so far (only those are read: most lines of a text are its kept prose), SPEC_MIN_PAIRS of them "Label : value", with a line of the article (`verdicts`, as
 * judged so far) within SPEC_REACH lines above it and another below.
 */
export function specSheets(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  let taken: boolean[] | null = null;
  for (let from = 0; from < lines.length; from++) {
    if (verdicts[from].content || !mayBeSpec(lines[from])) continue;
    // A sheet lies within a stretch of lines left out that may be spec lines, and fills
    // SPEC_MIN_LINES of it: the lines of a shorter one (a caption, a byline between two
    // paragraphs, most of the lines left out) are not read.
    let to = from + 1;
    while (to < lines.length && !verdicts[to].content && mayBeSpec(lines[to])) to++;
    if (to - from >= SPEC_MIN_LINES) taken = sheetsWithin(lines, verdicts, from, to, taken);
    from = to;
  }
  return taken ?? [];
}

/** The sheets within lines [from, to), a stretch of lines left out that may be spec lines, marked in `taken`. */
function sheetsWithin(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], from: number, to: number, taken: boolean[] | null): boolean[] | null {
  for (let i = from; i < to; i++) {
    const first = specShape(lines[i]);
    if (first === 0) continue;
    let end = i;
    let pairs = first === 2 ? 1 : 0;
    for (let k = i + 1; k < to; k++) {
      const shape = specShape(lines[k]);
      if (shape === 0) break;
      if (shape === 2) pairs++;
      end = k;
    }
    if (end - i + 1 >= SPEC_MIN_LINES && pairs >= SPEC_MIN_PAIRS && articleWithin(verdicts, i - 1, -1) && articleWithin(verdicts, end + 1, 1)) {
      taken ??= new Array<boolean>(lines.length).fill(false);
      for (let k = i; k <= end; k++) taken[k] = true;
    }
    // The line that ended the run (no spec line) opens none: it is passed over.
    i = end + 1;
  }
  return taken;
}

function articleWithin(verdicts: readonly { content: boolean }[], from: number, step: 1 | -1): boolean {
  for (let k = from, seen = 0; k >= 0 && k < verdicts.length && seen < SPEC_REACH; k += step, seen++) {
    if (verdicts[k].content) return true;
  }
  return false;
}
