// A table of the article copied as text, one cell per line: "Groundhog Day" / "1993" / "Self-
// centered television weatherman Phil Connors…" / "Christmas Every Day" / "1996" / "An American
// television movie…". Its cells are short and dense with names, so the densest-run search leaves
// the table out after its first rows; its shape says what it is: records of k lines, the same
// columns holding figures in every record. A menu has no column of figures, and a ranking of
// links ("1" / "Longtime CT gunmaker leaving state" / "2" / …) or a list of teasers with their
// dates ("Азия" / "Новости компаний" / "14.05.2025") has figures that count or date, not data.
import type { LineFeatures } from './lineFeatures.js';

/** Records of two to eight cells: a label and a value, up to a row of a climate table. */
export const MIN_CELLS = 2;
export const MAX_CELLS = 8;
/** Fewer records make no table to recover. */
export const MIN_RECORDS = 3;
/** How far below the last article line the table may start (its caption, its header row between). */
export const TABLE_REACH = 8;

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/u;
/** "14.05.2025", "20/12/2019": a teaser's date, not a figure of a table. */
const DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/u;
/** "3", "12.": a rank. */
const RANK = /^\d{1,3}\.?$/u;

/** A cell of figures is short: "1,628,900", "23/16", "$206 billion" is already words. */
const FIGURE_MAX_CHARS = 24;

function isFigure(text: string): boolean {
  return text.length <= FIGURE_MAX_CHARS && HAS_DIGIT.test(text) && !HAS_LETTER.test(text) && !DATE.test(text);
}

/**
 * Whether each line is a figure, read only for the lines a table is looked for in. The answers
 * are kept in one buffer shared from page to page (zeroed for each): a typed array of more than a
 * few dozen bytes is allocated outside the heap, at a cost of its own on every page.
 */
let knownFigures = new Int8Array(256);

class Figures {
  private readonly known: Int8Array;

  constructor(private readonly lines: readonly LineFeatures[]) {
    if (knownFigures.length < lines.length) knownFigures = new Int8Array(2 * lines.length);
    else knownFigures.fill(0, 0, lines.length);
    this.known = knownFigures;
  }

  at(i: number): boolean {
    if (i >= this.lines.length) return false;
    if (this.known[i] === 0) this.known[i] = isFigure(this.lines[i].text) ? 1 : 2;
    return this.known[i] === 1;
  }
}

/**
 * For each line, whether it is a cell of a table that starts within TABLE_REACH lines below a
 * line of the article (`verdicts`, as judged so far), or that lies between two lines of the
 * article and ends within TABLE_REACH lines above the lower one (a figure's title, its source and
 * a gallery may part it from the paragraph above: "Largest urban areas" / "Statistics New Zealand
 * June 2018 estimate" / "Rank" / … / "Auckland" / "Wellington" / "2" / "Wellington" / …): MIN_RECORDS
 * or more records of k cells (MIN_CELLS..MAX_CELLS) where the same cells hold figures in every
 * record, at least one cell does not, and not every column of figures counts 1, 2, 3. Known
 * furniture or a tail marker ends it. A market ticker above the article has no article line
 * above it.
 */
export function recordTables(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  let cells: boolean[] | null = null;
  const figure = new Figures(lines);
  let lastContent = -Infinity;
  // The first line of the article at or below `start`, found when asked (lines.length: none).
  let next = -1;
  // The first figure at or below `start`, found when asked: each line is read once.
  let nextFigure = -1;
  for (let start = 0; start < lines.length; start++) {
    if (verdicts[start].content) {
      lastContent = start;
      continue;
    }
    // Below the article, or inside it: between two of its lines, however far the one above is.
    const below = start - lastContent <= TABLE_REACH;
    if (!below && lastContent < 0) continue;
    if (!below && next < start) for (next = start; next < lines.length && !verdicts[next].content; next++);
    if (!below && next === lines.length) continue;
    if (nextFigure < start) for (nextFigure = start; nextFigure < lines.length && !figure.at(nextFigure); nextFigure++);
    if (nextFigure >= start + MAX_CELLS) continue;
    let span = 0;
    let columns = 0;
    for (let k = MIN_CELLS; k <= MAX_CELLS; k++) {
      const records = recordsOf(lines, figure, start, k);
      if (records >= MIN_RECORDS && records * k > span && !isRanking(lines, figure, start, k, records)) [span, columns] = [records * k, k];
    }
    if (span === 0 || (!below && next - (start + span) >= TABLE_REACH)) continue;
    cells ??= new Array<boolean>(lines.length).fill(false);
    for (let i = start; i < start + span; i++) cells[i] = true;
    const top = recordsAboveGallery(lines, verdicts, figure, start, columns);
    if (top < start) {
      for (let i = top; i < start; i++) cells[i] = true;
      const header = Math.min(labelsAbove(lines, verdicts, figure, top), 2 * columns + GALLERY_MAX_LABELS);
      if (header >= columns) for (let i = top - header; i < top; i++) cells[i] = true;
    } else if (isHeaderRow(lines, verdicts, figure, start - columns, start)) for (let i = start - columns; i < start; i++) cells[i] = true;
    start += span - 1;
    // The table is the article's: a record that breaks its shape (a cell of two paragraphs) and
    // the table going on after it are measured from its last cell, not from the line above it.
    lastContent = start;
  }
  return cells ?? [];
}

/** A column's name is a few words: "Location", "Jan/Feb (°C)", "Population 2018". */
const HEADER_MAX_WORDS = 4;

/**
 * The k lines right above the first record name the table's k columns ("Location" / "Jan/Feb
 * (°C)" / … above "Auckland" / "23/16" / …): left out so far, a few words each, no figure alone,
 * no furniture or tail marker.
 */
function isHeaderRow(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], figure: Figures, from: number, to: number): boolean {
  if (from < 0) return false;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (verdicts[i].content || figure.at(i) || line.wordCount === 0 || line.wordCount > HEADER_MAX_WORDS || line.furniture !== null || line.tail) return false;
  }
  return true;
}

/**
 * A table with a gallery beside it, copied as text, has the pictures' labels between its rows:
 * "Rank" / "Name" / "Region" / "Pop." (twice, two tables side by side) / "Auckland" / "Wellington"
 * (the pictures) / "1" / "Auckland" / "Auckland" / "1,628,900" / … / "Christchurch" / "Hamilton" /
 * "2" / "Wellington" / …. The records are found below the last labels; those above them, each
 * shaped as the table's first (the same cells hold figures) and parted from it by one or two
 * labels at most, are its first rows, and the labels above them its header rows with the gallery's
 * first labels (the header of each table side by side: up to two rows of k, and the labels; the
 * figure's title above them is left out).
 */
export const GALLERY_MAX_LABELS = 2;

/** A picture's label or a column's name: a few words left out, no figure alone, no furniture or tail marker. */
function isLabel(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], figure: Figures, i: number): boolean {
  const line = lines[i];
  return !verdicts[i].content && !figure.at(i) && line.wordCount > 0 && line.wordCount <= HEADER_MAX_WORDS && line.furniture === null && !line.tail;
}

/** The first line of the records found above the table's first one across a gallery's labels; `start` when none. */
function recordsAboveGallery(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], figure: Figures, start: number, k: number): number {
  let top = start;
  for (;;) {
    let labels = 0;
    while (labels < GALLERY_MAX_LABELS && top - labels - 1 >= 0 && isLabel(lines, verdicts, figure, top - labels - 1)) labels++;
    const first = top - labels - k;
    if ((labels === 0 && top === start) || first < 0 || !sameShape(lines, verdicts, figure, first, start, k)) return top;
    top = first;
  }
}

/** Whether the k lines from `from` hold figures where the record at `start` does, none of them kept, furniture or a tail marker. */
function sameShape(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], figure: Figures, from: number, start: number, k: number): boolean {
  for (let c = 0; c < k; c++) {
    const i = from + c;
    if (verdicts[i].content || figure.at(i) !== figure.at(start + c) || lines[i].tail || lines[i].furniture !== null) return false;
  }
  return true;
}

/** How many labels stand right above line `top`. */
function labelsAbove(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], figure: Figures, top: number): number {
  let count = 0;
  while (top - count - 1 >= 0 && isLabel(lines, verdicts, figure, top - count - 1)) count++;
  return count;
}

/** How many records of k cells from `start` keep the first record's columns of figures. */
function recordsOf(lines: readonly LineFeatures[], figure: Figures, start: number, k: number): number {
  let figures = 0;
  for (let c = 0; c < k && start + c < lines.length; c++) if (figure.at(start + c)) figures++;
  if (figures === 0 || figures === k) return 0;
  let records = 0;
  for (; start + (records + 1) * k <= lines.length; records++) {
    for (let c = 0; c < k; c++) {
      const i = start + records * k + c;
      if (figure.at(i) !== figure.at(start + c) || lines[i].tail || lines[i].furniture !== null) return records;
    }
  }
  return records;
}

/**
 * Whether every column of figures is a rank going up by the same step (1, 2, 3 or 1., 2., 3.):
 * a ranking of links ("1" / "Longtime CT gunmaker leaving state" / "2" / …, read two by two or
 * four by four). A rank beside a column of data ("1" / "Auckland" / "1,628,900") is a table.
 */
function isRanking(lines: readonly LineFeatures[], figure: Figures, start: number, k: number, records: number): boolean {
  for (let c = 0; c < k; c++) if (figure.at(start + c) && !isCounter(lines, start + c, k, records)) return false;
  return true;
}

/** Whether the column of figures from line `first`, one cell every k lines, counts by the same step. */
function isCounter(lines: readonly LineFeatures[], first: number, k: number, records: number): boolean {
  const from = parseInt(lines[first].text, 10);
  const step = parseInt(lines[first + k].text, 10) - from;
  if (!(step > 0)) return false;
  for (let r = 0; r < records; r++) {
    const text = lines[first + r * k].text;
    if (!RANK.test(text) || parseInt(text, 10) !== from + r * step) return false;
  }
  return true;
}

