// A shop's product page or a category page sets its headline (h1) in a column of its own, beside
// or above the long description the container holds: the product's name, a rating, a price, then
// the short description that says what the thing is. That text sits under the headline but
// outside the body's container, often after it in page order (a right-hand column): it is the
// page's lead, as a news story's standfirst is, and is taken back when the markup names it so.
import type { HtmlElement } from './htmlTree.js';
import type { ScoredBlock } from './scoreBlocks.js';
import { STANDFIRST_WINDOW } from './findStandfirst.js';
import { isInside } from './selectBlocks.js';

/** How far under the headline the description may start (a rating, a price, a few sub-category links between). */
export const DESCRIPTION_WINDOW = 8;
/** Shorter is a label or a badge ("Bestseller", "En stock"), not a description. */
const MIN_DESCRIPTION_CHARS = 40;
/** A description is text, not a list of links. */
const MAX_DESCRIPTION_LINK_SHARE = 0.3;
/** Ancestors of the block whose names are looked at (the name often sits on a wrapper). */
const NAME_DEPTH = 3;
/**
 * The names shop templates give it: "product-description-short", "category-description",
 * "c-pdt__desc", "product-summary", "short-description".
 */
const DESCRIPTION_NAMES = /description|(?<![a-z])desc(?![a-z])|summary|(?<![a-z])lead(?![a-z])|standfirst|chapo|intro(?!duction)/;

/**
 * The blocks of the element named as a description that opens within DESCRIPTION_WINDOW blocks
 * under the page's first h1, when that headline stands apart from the body (below it, or further
 * above it than a story's headline does) and none of them is kept already: "<h1>Diffuseur à flamme</h1>
 * <div>79,00 €</div><h2 class="description"><p>Une lanterne diffuseur…</p><p>Une belle idée
 * cadeau…</p></h2>" -> both paragraphs. No negative markup word may weigh on them but those of
 * the headline's own column ("sidebar" on the column holding the h1 is the page's head).
 */
export function findHeadlineDescription(blocks: readonly ScoredBlock[], kept: ReadonlySet<ScoredBlock>, firstKept: number): ScoredBlock[] {
  const h = blocks.findIndex((b) => b.tag === 'h1');
  // A headline right above the body is a story's: its standfirst is findStandfirst's to find.
  if (h < 0 || (h < firstKept && h >= firstKept - STANDFIRST_WINDOW)) return [];
  const headline = blocks[h].owner;
  for (let i = h + 1; i < blocks.length && i <= h + DESCRIPTION_WINDOW; i++) {
    if (kept.has(blocks[i])) return [];
    if (!describes(blocks[i], headline)) continue;
    const named = namedDescription(blocks[i].owner);
    if (!named) continue;
    const found: ScoredBlock[] = [];
    for (let k = i; k < blocks.length && isInside(blocks[k].owner, named); k++) {
      if (kept.has(blocks[k])) return [];
      if (describes(blocks[k], headline)) found.push(blocks[k]);
    }
    return found;
  }
  return [];
}

function describes(block: ScoredBlock, headline: HtmlElement): boolean {
  if (block.furniture || block.furnitureText || block.text.length < MIN_DESCRIPTION_CHARS) return false;
  if (block.linkChars > MAX_DESCRIPTION_LINK_SHARE * block.text.length) return false;
  for (const key of block.chain.negatives) {
    const carrier = block.chain.carriers.get(key);
    if (!carrier || !isInside(headline, carrier)) return false;
  }
  return true;
}

/** The element (the block's owner or a near wrapper) whose markup names it a description. */
function namedDescription(owner: HtmlElement): HtmlElement | null {
  let e: HtmlElement | null = owner;
  for (let depth = 0; e && depth < NAME_DEPTH; depth++, e = e.parent) {
    const names = `${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`.toLowerCase();
    if (DESCRIPTION_NAMES.test(names)) return e;
  }
  return null;
}
