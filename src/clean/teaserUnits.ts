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
  /** How many cards the page holds, counted innermost. */
  cards: number;
  /**
   * Elements of a card's shape met once (a front page's lead story: headline link, excerpt,
   * date): they are teasers only on a page that is made of cards elsewhere.
   */
  lone: HtmlElement[];
}

interface Counts {
  /** Characters of text in the element's subtree. */
  size: number;
  hasHeadline: boolean;
  /** The first text-holding block inside the element, in page order. */
  first: HtmlElement;
  /** How many text-holding blocks it holds. */
  blocks: number;
}

/** The teaser cards of the page, each with at least MIN_REPEATED_TEASERS - 1 siblings like it. */
export function findTeaserUnits(root: HtmlElement): TeaserUnits {
  const { counts, headlines } = measure(root);
  const candidates = [...counts].filter(([element, c]) => c.hasHeadline && element.parent && c.size <= MAX_TEASER_CHARS && !NOT_CARDS.has(element.tag));
  const units = new Set<HtmlElement>();
  const cards = new Set<HtmlElement>();
  // Siblings of one tag under one parent: a list of cards.
  for (const [parent, same] of groupBy(candidates.map(([e]) => e), (e) => e.parent)) {
    if (same.length < MIN_REPEATED_TEASERS) continue;
    for (const card of same) cards.add(card);
    // A flat list ("<h3><a>…</a></h3><p>excerpt</p><p>date</p><h3>…") puts each card's
    // excerpt and date beside its headline, not in it: the siblings from one headline to the
    // next are the card when they are a card's size. Between two "Lire aussi" links of a
    // story body lie paragraphs longer than that.
    if (parent) addFlatCards(parent, new Set(same), counts, units);
  }
  // Elements of one tag and one class anywhere on the page: a grid's cards, two to a row.
  for (const [signature, same] of groupBy(candidates.map(([e]) => e), classSignature)) {
    if (signature !== null && same.length >= MIN_REPEATED_TEASERS) for (const card of same) cards.add(card);
  }
  for (const card of cards) units.add(card);
  // Nested units (a card inside a card list inside a bigger card) count once, by the outermost.
  const outermost = [...units].filter((u) => !hasAncestorIn(u, units));
  const lone = candidates
    .filter(([element, c]) => c.blocks > 1 && headlines.has(c.first) && !hasAncestorIn(element, units) && !units.has(element))
    .map(([element]) => element);
  // Cards are counted innermost: a row of two cards is two, a tile's headline and excerpt one.
  const holding = new Set<HtmlElement>();
  for (const card of cards) for (let e = card.parent; e && !holding.has(e); e = e.parent) holding.add(e);
  const cardCount = [...cards].filter((c) => !holding.has(c)).length;
  return { units: outermost, cards: cardCount, lone: lone.filter((e) => !hasAncestorIn(e, new Set(lone))) };
}

/**
 * Tag and class with numbers taken out ("post-4512 card" and "post-87 card" are one shape);
 * null for an element with no class, whose tag alone says nothing page-wide.
 */
function classSignature(element: HtmlElement): string | null {
  const cls = element.attrs.class?.trim();
  return cls ? `${element.tag}.${cls.replace(/\d+/g, '#')}` : null;
}

function groupBy<K>(elements: readonly HtmlElement[], key: (e: HtmlElement) => K): Map<K, HtmlElement[]> {
  const groups = new Map<K, HtmlElement[]>();
  for (const element of elements) {
    const k = key(element);
    groups.set(k, groups.get(k) ?? []).get(k)!.push(element);
  }
  return groups;
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
function measure(root: HtmlElement): { counts: Map<HtmlElement, Counts>; headlines: Set<HtmlElement> } {
  const own = new Map<HtmlElement, { chars: number; linkChars: number; words: number }>();
  // Elements inside a link, blocks included: a card wrapped whole in <a> is all link.
  const linked = new Set<HtmlElement>();
  for (const element of walkElements(root)) {
    const inLink = element.tag === 'a' || (element.parent !== null && linked.has(element.parent));
    if (inLink) linked.add(element);
    for (const child of element.children) {
      if (typeof child !== 'string') continue;
      const words = child.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      let owner = element;
      while (owner.parent && !BLOCK_TAGS.has(owner.tag)) owner = owner.parent;
      let stats = own.get(owner);
      if (!stats) own.set(owner, (stats = { chars: 0, linkChars: 0, words: 0 }));
      const chars = words.reduce((sum, w) => sum + w.length + 1, 0);
      stats.chars += chars;
      stats.words += words.length;
      if (inLink) stats.linkChars += chars;
    }
  }
  const counts = new Map<HtmlElement, Counts>();
  const headlines = new Set<HtmlElement>();
  for (const [owner, stats] of own) {
    const headline = stats.chars <= HEADLINE_MAX_CHARS && stats.linkChars >= HEADLINE_LINK_SHARE * stats.chars && stats.words >= HEADLINE_MIN_WORDS && !inPageTitle(owner);
    if (headline) headlines.add(owner);
    for (let e: HtmlElement | null = owner; e; e = e.parent) {
      let c = counts.get(e);
      if (!c) counts.set(e, (c = { size: 0, hasHeadline: false, first: owner, blocks: 0 }));
      c.size += stats.chars;
      c.blocks++;
      if (headline) c.hasHeadline = true;
    }
  }
  return { counts, headlines };
}

/** The page's <h1> names the page's own story (or the site): a link in it heads no teaser. */
function inPageTitle(owner: HtmlElement): boolean {
  for (let e: HtmlElement | null = owner; e; e = e.parent) if (e.tag === 'h1') return true;
  return false;
}
