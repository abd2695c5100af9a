// The standfirst (deck, chapô, "Teaser", lead) sits between the headline and the body, often in
// the page's header block where the body's container does not reach. It is the story's first
// paragraph in every sense but the markup's: we take it back when the markup names it so.
import type { HtmlElement } from './htmlTree.js';
import { negativeWeight } from './markupHints.js';
import type { ScoredBlock } from './scoreBlocks.js';

/** How far above the body the standfirst may sit (headline, kicker, byline, date, photo between). */
export const STANDFIRST_WINDOW = 16;
/** Shorter is a kicker or a label ("Analyse", "Live"), not a standfirst. */
const MIN_STANDFIRST_CHARS = 40;
/** A standfirst is prose, not a list of links. */
const MAX_STANDFIRST_LINK_SHARE = 0.3;
/** Negative markup words this heavy (share, caption, related…) rule a block out. */
const WIDGET_WEIGHT = 4;
/** Ancestors of the block whose names are looked at (the name often sits on a wrapper). */
const NAME_DEPTH = 3;
/**
 * The names templates give it: "c-article-summary", "article-lead", "post-header__text__dek",
 * "teaser", "chapo", "standfirst", "intro", "excerpt", "sapo", "subtitle", "description", "spot" (Turkish).
 */
const STANDFIRST_NAMES = /summary|(?<![a-z])lead(?![a-z])|-lead|lead-|__lead|(?<![a-z])dek(?![a-z])|__dek|-dek|standfirst|stand-first|chapo|chapeau|intro(?!duction)|excerpt|(?<![a-z])teaser(?:-?text)?(?![a-z])|teasertext|sapo|(?<![a-z])deck(?![a-z])|subhead(?:line)?|subtitle|(?<![a-z-])description(?![a-z])|(?<![a-z])spot(?![a-z])/;

/**
 * The block above the first kept one, near the headline (h1), that the markup calls a standfirst:
 * "<h1>…</h1><p class="article-lead">Les forces armées…</p>" -> that paragraph. Null when none.
 */
export function findStandfirst(blocks: readonly ScoredBlock[], firstKept: number): ScoredBlock | null {
  const from = Math.max(0, firstKept - STANDFIRST_WINDOW);
  let headline = -1;
  for (let i = firstKept - 1; i >= from; i--) {
    if (isHeadline(blocks[i].owner)) {
      headline = i;
      break;
    }
  }
  if (headline < 0) return null;
  // Mostly under the headline; some templates set the standfirst above it, the kicker-style.
  for (let i = from; i < firstKept; i++) {
    if (i === headline) continue;
    const block = blocks[i];
    if (block.furniture || block.furnitureText) continue;
    if (block.text.length < MIN_STANDFIRST_CHARS) continue;
    if (block.linkChars > MAX_STANDFIRST_LINK_SHARE * block.text.length) continue;
    // A share bar's or a caption's "description" is no standfirst: no widget word may weigh on it.
    if ([...block.chain.negatives].some((key) => negativeWeight(key) >= WIDGET_WEIGHT)) continue;
    if (namedStandfirst(block.owner)) return block;
  }
  return null;
}

/** An h1, or a block inside one ("<h1><div>Titre</div></h1>"). */
function isHeadline(owner: HtmlElement): boolean {
  let e: HtmlElement | null = owner;
  for (let depth = 0; e && depth < NAME_DEPTH; depth++, e = e.parent) if (e.tag === 'h1') return true;
  return false;
}

/** Whether the markup names a block's element (or a near wrapper) as a standfirst. */
export function namedStandfirst(owner: HtmlElement): boolean {
  let e: HtmlElement | null = owner;
  for (let depth = 0; e && depth < NAME_DEPTH; depth++, e = e.parent) {
    const names = `${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`.toLowerCase();
    if (STANDFIRST_NAMES.test(names)) return true;
  }
  return false;
}
