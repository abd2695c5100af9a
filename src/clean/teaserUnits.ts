// Teaser cards: the repeated units of a home page, a tag archive or a "related" box. Each is
// a small element holding a headline link (and often a one-line excerpt and a date), with at
// least MIN_REPEATED_TEASERS siblings of the same tag and the same shape. A story's paragraphs
// are no such units: their container is long, and it is not repeated beside itself.
// The walk counts characters only (no block texts, no markup hints): it runs on every page
// that does not declare itself an article, so it must cost little beside the extraction.
import { BLOCK_TAGS } from './collectBlocks.js';
import { isElement, textOf, walkElements, type HtmlElement } from './htmlTree.js';

/** A card is a headline, an excerpt and a date: beyond this many characters it is a story. */
export const MAX_TEASER_CHARS = 600;
/** Three same-shaped cards side by side make a list; two may be a story and its photo box. */
export const MIN_REPEATED_TEASERS = 3;
/**
 * A headline link: a block (paragraph, heading, list item) that is nearly all link, of a
 * headline's length. One or two words are a menu entry ("Politique"), not a headline; a prose
 * paragraph that links a name is mostly not link.
 */
const HEADLINE_LINK_SHARE = 0.8;
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_CHARS = 220;
/**
 * Table rows and cells are never cards: a results table or a filmography inside a story links
 * a name in every row, and listings laid out as tables are a thing of old portals.
 */
const NOT_CARDS: ReadonlySet<string> = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table']);

export interface TeaserUnits {
  /** Cards and, in a flat list, the excerpts and dates beside their headlines. */
  units: HtmlElement[];
  /** How many cards (headline-bearing units) the page holds. */
  cards: number;
}

interface Counts {
  /** Characters of text in the element's subtree. */
  size: number;
  hasHeadline: boolean;
}

/** The teaser cards of the page, each with at least MIN_REPEATED_TEASERS - 1 siblings like it. */
export function findTeaserUnits(root: HtmlElement): TeaserUnits {
  const counts = measure(root);
  const groups = new Map<HtmlElement, Map<string, HtmlElement[]>>();
  for (const [element, c] of counts) {
    const parent = element.parent;
    if (!c.hasHeadline || !parent || c.size > MAX_TEASER_CHARS || NOT_CARDS.has(element.tag)) continue;
    let byTag = groups.get(parent);
    if (!byTag) groups.set(parent, (byTag = new Map()));
    const same = byTag.get(element.tag);
    if (same) same.push(element);
    else byTag.set(element.tag, [element]);
  }
  const units = new Set<HtmlElement>();
  let cards = 0;
  for (const [parent, byTag] of groups) {
    for (const same of byTag.values()) {
      if (same.length < MIN_REPEATED_TEASERS) continue;
      for (const card of same) units.add(card);
      cards += same.length;
      // A flat list ("<h3><a>…</a></h3><p>excerpt</p><p>date</p><h3>…") puts each card's
      // excerpt and date beside its headline, not in it: the siblings from one headline to the
      // next are the card when they are a card's size. Between two "Lire aussi" links of a
      // story body lie paragraphs longer than that.
      addFlatCards(parent, new Set(same), counts, units);
    }
  }
  // Nested units (a card inside a card list inside a bigger card) count once, by the outermost.
  const outermost = [...units].filter((u) => !hasAncestorIn(u, units));
  return { units: outermost, cards };
}

function addFlatCards(parent: HtmlElement, cards: ReadonlySet<HtmlElement>, counts: Map<HtmlElement, Counts>, units: Set<HtmlElement>): void {
  let segment: HtmlElement[] | null = null;
  let size = 0;
  const close = () => {
    if (segment && segment.length > 1 && size <= MAX_TEASER_CHARS) for (const element of segment) units.add(element);
  };
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    if (cards.has(child)) {
      close();
      segment = [];
      size = 0;
    }
    if (segment === null) continue;
    segment.push(child);
    size += counts.get(child)?.size ?? 0;
  }
  close();
}

/** The text of each unit, for finding kept paragraphs in them. */
export function unitTexts(units: readonly HtmlElement[]): string[] {
  return units.map(textOf);
}

function hasAncestorIn(element: HtmlElement, set: ReadonlySet<HtmlElement>): boolean {
  for (let e = element.parent; e; e = e.parent) if (set.has(e)) return true;
  return false;
}

/**
 * Text size of every element and whether it holds a headline link. Text is counted on its
 * block owner (the nearest paragraph, heading, list item, div…), as collectBlocks cuts blocks.
 */
function measure(root: HtmlElement): Map<HtmlElement, Counts> {
  const own = new Map<HtmlElement, { chars: number; linkChars: number; words: number }>();
  for (const element of walkElements(root)) {
    for (const child of element.children) {
      if (typeof child !== 'string') continue;
      const words = child.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      let owner = element;
      let inLink = false;
      for (; owner.parent && !BLOCK_TAGS.has(owner.tag); owner = owner.parent) if (owner.tag === 'a') inLink = true;
      let stats = own.get(owner);
      if (!stats) own.set(owner, (stats = { chars: 0, linkChars: 0, words: 0 }));
      const chars = words.reduce((sum, w) => sum + w.length + 1, 0);
      stats.chars += chars;
      stats.words += words.length;
      if (inLink) stats.linkChars += chars;
    }
  }
  const counts = new Map<HtmlElement, Counts>();
  for (const [owner, stats] of own) {
    const headline = stats.chars <= HEADLINE_MAX_CHARS && stats.linkChars >= HEADLINE_LINK_SHARE * stats.chars && stats.words >= HEADLINE_MIN_WORDS;
    for (let e: HtmlElement | null = owner; e; e = e.parent) {
      let c = counts.get(e);
      if (!c) counts.set(e, (c = { size: 0, hasHeadline: false }));
      c.size += stats.chars;
      if (headline) c.hasHeadline = true;
    }
  }
  return counts;
}
