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
  // does not matter.
  for (const group of bySize.values()) {
    for (const a of group) {
      const copies = group.filter((b) => lines[b].text === lines[a].text);
      // Three copies or more make the line a template (classifyLines), not a block printed twice.
      if (copies.length !== 2 || copies[0] !== a) continue;
      const b = copies[1];
      if (b - a < BLOCK_MIN_DISTANCE || !(sameNeighbour(lines, a, b, -1) || sameNeighbour(lines, a, b, 1))) continue;
      if (backToBack(lines, a, b)) continue;
      for (const i of copies) if (lines[i].furniture === null) lines[i].furniture = 'teaser';
    }
  }
}

/**
 * The first copy runs line for line right up to the second: a passage printed twice in a row, as
 * a scraper or a paste doubles an article's paragraphs ("As that little girl lay bleeding…" and
 * the three paragraphs after it, then the same four again). A layout puts its second copy of a
 * menu elsewhere on the page, after other lines.
 */
function backToBack(lines: readonly LineFeatures[], a: number, b: number): boolean {
  let start = a;
  while (start > 0 && start - 1 + (b - a) < lines.length && lines[start - 1].text === lines[start - 1 + (b - a)].text) start--;
  for (let k = start; k < start + (b - a); k++) if (lines[k].text !== lines[k + (b - a)]?.text) return false;
  return true;
}

function sameNeighbour(lines: readonly LineFeatures[], a: number, b: number, step: number): boolean {
  const x = lines[a + step];
  const y = lines[b + step];
  return x !== undefined && y !== undefined && x.wordCount > 0 && x.text === y.text;
}
