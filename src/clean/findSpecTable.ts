// A product page sets its specifications ("Matière : Inox", "Nombre de convives : 4 à 8") in a
// table of label-value rows right after the long description, in a section of its own that the
// description's container does not hold. The rows have no prose for the container's choice to
// weigh, yet they are what an analyst pasting the page wants beside the description.
import type { HtmlElement } from './htmlTree.js';
import { negativeWeight } from './markupHints.js';
import type { ScoredBlock } from './scoreBlocks.js';
import { isInside } from './selectBlocks.js';

/** The table starts within this many blocks after the body's last kept one (its heading between). */
export const SPEC_TABLE_WINDOW = 3;
/** Fewer rows is a price line or a caption, not a sheet. */
const MIN_ROWS = 3;
/** A label or a value is short; a longer cell is a table of text, read by the usual rules. */
const MAX_CELL_CHARS = 80;
/** Negative markup words this heavy (a related box, a widget) rule the table out. */
const WIDGET_WEIGHT = 4;
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
const HEADING_TAG = /^h[2-6]$/;

/**
 * The label-value table that follows the body's container, with the heading above it:
 * "<h2>Caractéristiques</h2><table><tr><th>Matière</th><td>Inox</td></tr>…" -> those blocks.
 * Every row holds two cells, every cell is short and unlinked; empty when no such table is there.
 */
export function findSpecTable(blocks: readonly ScoredBlock[], container: HtmlElement, kept: ReadonlySet<ScoredBlock>): ScoredBlock[] {
  let last = -1;
  for (const block of kept) if (block.index > last && isInside(block.owner, container)) last = block.index;
  if (last < 0) return [];
  for (let i = last + 1; i < blocks.length && i <= last + SPEC_TABLE_WINDOW; i++) {
    const table = tableOf(blocks[i]);
    if (!table) continue;
    const cells: ScoredBlock[] = [];
    const rows = new Set<HtmlElement>();
    let k = i;
    for (; k < blocks.length && isInside(blocks[k].owner, table); k++) {
      const cell = cellOf(blocks[k]);
      if (!cell || !fieldCell(blocks[k], kept) || !twoCells(cell.parent)) return [];
      rows.add(cell.parent!);
      cells.push(blocks[k]);
    }
    if (rows.size < MIN_ROWS) return [];
    const heading = blocks[i - 1];
    return i - 1 > last && HEADING_TAG.test(heading.tag) && fieldCell(heading, kept) ? [heading, ...cells] : cells;
  }
  return [];
}

function fieldCell(block: ScoredBlock, kept: ReadonlySet<ScoredBlock>): boolean {
  if (kept.has(block) || block.furniture || block.furnitureText) return false;
  if (block.text.length > MAX_CELL_CHARS || block.linkChars > 0) return false;
  for (const key of block.chain.negatives) if (negativeWeight(key) >= WIDGET_WEIGHT) return false;
  return true;
}

/** The td or th holding a block (its owner, or the owner's parent: "<td><p>Inox</p></td>"). */
function cellOf(block: ScoredBlock): HtmlElement | null {
  if (CELL_TAGS.has(block.tag)) return block.owner;
  const parent = block.owner.parent;
  return parent && CELL_TAGS.has(parent.tag) ? parent : null;
}

function tableOf(block: ScoredBlock): HtmlElement | null {
  const cell = cellOf(block);
  for (let e = cell?.parent ?? null; e; e = e.parent) if (e.tag === 'table') return e;
  return null;
}

function twoCells(row: HtmlElement | null): boolean {
  if (!row || row.tag !== 'tr') return false;
  let n = 0;
  for (const c of row.children) if (typeof c !== 'string' && CELL_TAGS.has(c.tag)) n++;
  return n === 2;
}
