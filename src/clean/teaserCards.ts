// A list of teaser cards: repeated items (li, article) that each open with a linked headline,
// then a summary, an author, a date. The summaries read as prose, one by one; the repetition
// of linked headlines is what gives the list away.
import type { HtmlElement } from './htmlTree.js';
import type { ScoredBlock } from './scoreBlocks.js';

/** Tags of the repeated item of a list of cards, and the class words of one built of divs. */
const ITEM_TAGS: ReadonlySet<string> = new Set(['li', 'article']);
const ITEM_NAMES = /teaser|card/i;
/** How far above a block its card may start (card > text column > summary). */
const ITEM_DEPTH = 5;
/** A linked headline: mostly link text, and long enough to be a headline, not "Lire". */
const HEADLINE_LINK_SHARE = 0.5;
const HEADLINE_MIN_CHARS = 20;
/** A card is short: more text than this is a story, not its teaser. */
const CARD_MAX_CHARS = 800;
/** From this many cards with a linked headline under one parent, the list is teasers. */
export const MIN_TEASER_CARDS = 3;
/** Two are enough when the markup calls them so ("article-teaser", "card"): "Mehr zum Thema" and two stories. */
export const MIN_NAMED_CARDS = 2;

/**
 * Blocks inside cards of a teaser list: "<ul><li><h5><a>Kemp Foundation embraces…</a></h5>
 * <div>Quin Hillyer</div><div>Jimmy Kemp sounds a whole lot like…</div></li>…" -> the summary
 * "Jimmy Kemp sounds…" and its neighbours, once three such cards share the list.
 */
export function teaserCardBlocks(blocks: readonly ScoredBlock[], container: HtmlElement): Set<ScoredBlock> {
  const itemOf = new Map<ScoredBlock, HtmlElement>();
  const headed = new Set<HtmlElement>();
  const chars = new Map<HtmlElement, number>();
  for (const block of blocks) {
    const item = cardItem(block.owner, container);
    if (!item) continue;
    itemOf.set(block, item);
    chars.set(item, (chars.get(item) ?? 0) + block.text.length);
    if (isLinkedHeadline(block)) headed.add(item);
  }
  for (const item of headed) if ((chars.get(item) ?? 0) > CARD_MAX_CHARS) headed.delete(item);
  const cardsPerList = new Map<HtmlElement | null, number>();
  for (const item of headed) cardsPerList.set(item.parent, (cardsPerList.get(item.parent) ?? 0) + 1);
  const teasers = new Set<ScoredBlock>();
  for (const [block, item] of itemOf) {
    if (!headed.has(item)) continue;
    const cards = cardsPerList.get(item.parent) ?? 0;
    if (cards >= MIN_TEASER_CARDS || (cards >= MIN_NAMED_CARDS && ITEM_NAMES.test(item.attrs.class ?? ''))) teasers.add(block);
  }
  return teasers;
}

/** A block of link text, or one that opens with a link as long as a headline ("<a>Title</a> <span>Summary…</span>"). */
function isLinkedHeadline(block: ScoredBlock): boolean {
  if (block.text.length >= HEADLINE_MIN_CHARS && block.linkChars > HEADLINE_LINK_SHARE * block.text.length) return true;
  return block.leadLinkChars >= HEADLINE_MIN_CHARS;
}

/**
 * The card holding a block: the outermost item within reach, below the container, never the
 * container or above it ("div.teaser > div.teasertext > p" -> the div.teaser).
 */
function cardItem(owner: HtmlElement, container: HtmlElement): HtmlElement | null {
  let found: HtmlElement | null = null;
  let e: HtmlElement | null = owner;
  for (let depth = 0; e && e !== container && depth < ITEM_DEPTH; depth++, e = e.parent) {
    if (ITEM_TAGS.has(e.tag) || ITEM_NAMES.test(e.attrs.class ?? '')) found = e;
  }
  return found;
}
