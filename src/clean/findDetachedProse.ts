// Some templates cut the story into sibling containers: the body, then a box with the rest of
// the text or a questions-and-answers part, in wrappers the chosen container does not hold. A
// run of prose outside the container, in markup that says nothing against it, is the story's.
import type { HtmlElement } from './htmlTree.js';
import type { ScoredBlock } from './scoreBlocks.js';
import { GOOD as PROSE_WEIGHT, isInside } from './selectBlocks.js';

/** Fewer prose blocks in a run is a teaser with its summary, not a part of the story. */
export const MIN_RUN_PROSE_BLOCKS = 2;
/** Less prose in a run is a promo or a bio. */
export const MIN_RUN_PROSE_CHARS = 400;
/** A line that is not prose joins a run only when this short (a question, a subheading). */
const MAX_LINE_CHARS = 120;
/** More of a line in links than this and it is a teaser's headline. */
const MAX_LINK_SHARE = 0.5;

/**
 * Runs of blocks outside `container` made of prose and short unmarked lines, with no furniture,
 * no negative markup word and enough prose: "Des questions ?" / "Quel est le prix… ?" / "Le prix
 * d'un barbecue se situe…" after the body's container closes -> kept.
 */
export function findDetachedProse(blocks: readonly ScoredBlock[], container: HtmlElement, kept: ReadonlySet<ScoredBlock>): ScoredBlock[] {
  const found: ScoredBlock[] = [];
  let run: ScoredBlock[] = [];
  const close = () => {
    while (run.length > 0 && run[run.length - 1].weight < PROSE_WEIGHT) run.pop();
    const prose = run.filter((b) => b.weight >= PROSE_WEIGHT);
    const chars = prose.reduce((n, b) => n + b.text.length, 0);
    if (prose.length >= MIN_RUN_PROSE_BLOCKS && chars >= MIN_RUN_PROSE_CHARS) found.push(...run);
    run = [];
  };
  let pastContainer = false;
  for (const block of blocks) {
    const inside = isInside(block.owner, container);
    pastContainer ||= inside;
    // Below the story, a new headline or another <article> opens the next story (pages that
    // load the following article under the one read): nothing from there on is this story's.
    if (pastContainer && !inside && (block.tag === 'h1' || otherArticle(block.owner, container))) break;
    if (kept.has(block) || inside || !eligible(block)) {
      close();
      continue;
    }
    // A run opens on prose or a subheading; a linked headline is another page's teaser.
    if (run.length === 0 && (linked(block) || (block.weight < PROSE_WEIGHT && !/^h[2-6]$/.test(block.tag)))) continue;
    run.push(block);
  }
  close();
  return found;
}

/** No furniture, no negative markup word, and prose or a short line (a question, a subheading). */
function eligible(block: ScoredBlock): boolean {
  if (block.furniture || block.furnitureText || block.chain.negatives.size > 0) return false;
  return block.weight > 0 || block.text.length <= MAX_LINE_CHARS;
}

function linked(block: ScoredBlock): boolean {
  return block.linkChars > MAX_LINK_SHARE * block.text.length;
}

/** Inside an <article> element that is not the container nor one of its ancestors. */
function otherArticle(owner: HtmlElement, container: HtmlElement): boolean {
  for (let e: HtmlElement | null = owner; e; e = e.parent) {
    if (e.tag === 'article') return !isInside(container, e);
  }
  return false;
}
