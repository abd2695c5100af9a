// A block of lines printed twice on one page, far apart, is a menu or a box of teasers that the
// page lays out once per screen size: "Water Matters" / "En Europe, l'eau est soumise à une
// pression accrue…" / "Climate Now" / "Nous vous présentons les dernières données…" in the
// header, and again in the footer. An article repeats a sentence alone (a pull quote), not with
// the line beside it. On the shared slice, 19 such lines are boilerplate and 4 article.
import type { LineFeatures } from './lineFeatures.js';

/** Only lines this long are compared: short titles ("Climate Now") recur for many reasons. */
const BLOCK_MIN_WORDS = 8;
/** Copies nearer than this are a card's doubled labels (classifyLines' isDoubled). */
const BLOCK_MIN_DISTANCE = 3;

/** Marks as furniture ('teaser') both copies of a long line whose neighbour is copied beside it. */
export function markRepeatedBlocks(lines: LineFeatures[]): void {
  // Lines grouped by length and word count first: numbers, where a map of the texts would hash
  // every long line whole. Lines of a group are compared as text only then. Most sizes are met
  // once: a group (an array) is made only for a size met twice, the first line kept apart.
  const firstOfSize = new Map<number, number>();
  const bySize = new Map<number, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const { text, wordCount } = lines[i];
    if (wordCount < BLOCK_MIN_WORDS) continue;
    const size = text.length * 1024 + wordCount;
    const first = firstOfSize.get(size);
    if (first === undefined) {
      firstOfSize.set(size, i);
      continue;
    }
    const group = bySize.get(size);
    if (group === undefined) bySize.set(size, [first, i]);
    else group.push(i);
  }
  // What a group marks depends on its lines' texts only: the order the groups are visited in
  // does not matter. Within a group, lines are sorted by text once (a page pasted twice holds
  // thousands of groups of two, a template line one group of thousands: comparing every line of
  // a group with every other took 8 s on a 5 MB paste).
  const runs = new DoubledRuns(lines);
  for (const group of bySize.values()) {
    for (const copies of byText(lines, group)) {
      // Three copies or more make the line a template (classifyLines), not a block printed twice.
      if (copies.length !== 2) continue;
      const [a, b] = copies as [number, number];
      if (b - a < BLOCK_MIN_DISTANCE || !(sameNeighbour(lines, a, b, -1) || sameNeighbour(lines, a, b, 1))) continue;
      if (runs.backToBack(a, b)) continue;
      for (const i of copies) if (lines[i].furniture === null) lines[i].furniture = 'teaser';
    }
  }
}

/** A group's lines by text, each list in page order. */
function byText(lines: readonly LineFeatures[], group: readonly number[]): number[][] {
  if (group.length === 2) return lines[group[0]!].text === lines[group[1]!].text ? [[...group]] : [];
  const same = new Map<string, number[]>();
  for (const i of group) {
    const list = same.get(lines[i].text);
    if (list) list.push(i);
    else same.set(lines[i].text, [i]);
  }
  return [...same.values()];
}

/**
 * The first copy runs line for line right up to the second: a passage printed twice in a row, as
 * a scraper or a paste doubles an article's paragraphs ("As that little girl lay bleeding…" and
 * the three paragraphs after it, then the same four again). A layout puts its second copy of a
 * menu elsewhere on the page, after other lines.
 *
 * For copies `gap` lines apart, the lines around the first copy that equal the line `gap` further
 * on form a run; the copies are back to back when that run is at least `gap` lines long. Each
 * run is walked once and kept, so a whole article pasted twice costs one walk, not one per line.
 */
class DoubledRuns {
  /** By gap: the last run found, as [start, end) of its first copies. */
  private readonly last = new Map<number, [number, number]>();

  constructor(private readonly lines: readonly LineFeatures[]) {}

  backToBack(a: number, b: number): boolean {
    const gap = b - a;
    let run = this.last.get(gap);
    if (!run || a < run[0] || a >= run[1]) {
      run = this.runAround(a, gap);
      this.last.set(gap, run);
    }
    return run[1] - run[0] >= gap;
  }

  private runAround(a: number, gap: number): [number, number] {
    const { lines } = this;
    let start = a;
    while (start > 0 && lines[start - 1].text === lines[start - 1 + gap].text) start--;
    let end = a + 1;
    while (end + gap < lines.length && lines[end].text === lines[end + gap].text) end++;
    return [start, end];
  }
}

function sameNeighbour(lines: readonly LineFeatures[], a: number, b: number, step: number): boolean {
  const x = lines[a + step];
  const y = lines[b + step];
  return x !== undefined && y !== undefined && x.wordCount > 0 && x.text === y.text;
}
