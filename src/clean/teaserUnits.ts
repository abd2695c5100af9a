// Teaser cards: the repeated units of a home page, a tag archive or a "related" box. Each is
// a small element holding a headline link (and often a one-line excerpt and a date), with at
// least MIN_REPEATED_TEASERS siblings of the same tag and the same shape. A story's paragraphs
// are no such units: their container is long, and it is not repeated beside itself.
// The walk counts characters only (no block texts, no markup hints): it runs on every page
// that does not declare itself an article, so it must cost little beside the extraction.
import { BLOCK_TAGS } from './collectBlocks.js';
import { ancestorsParentsFirst, isElement, textOf, walkElements, type HtmlElement } from './htmlTree.js';

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
  const inUnits = belowAny(root, units);
  const outermost = [...units].filter((u) => !inUnits.has(u));
  const lone = candidates
    .filter(([element, c]) => c.blocks > 1 && headlines.has(c.first) && !inUnits.has(element) && !units.has(element))
    .map(([element]) => element);
  // Cards are counted innermost: a row of two cards is two, a tile's headline and excerpt one.
  const holding = new Set<HtmlElement>();
  for (const card of cards) for (let e = card.parent; e && !holding.has(e); e = e.parent) holding.add(e);
  const cardCount = [...cards].filter((c) => !holding.has(c)).length;
  const inLone = belowAny(root, new Set(lone));
  return { units: outermost, cards: cardCount, lone: lone.filter((e) => !inLone.has(e)) };
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

/** Elements strictly below an element of `set`: one walk, not one climb to the root per element. */
function belowAny(root: HtmlElement, set: ReadonlySet<HtmlElement>): Set<HtmlElement> {
  const below = new Set<HtmlElement>();
  if (set.size === 0) return below;
  for (const element of walkElements(root)) {
    const parent = element.parent;
    if (parent && (set.has(parent) || below.has(parent))) below.add(element);
  }
  return below;
}

/**
 * Text size of every element and whether it holds a headline link. Text is counted on its
 * block owner (the nearest paragraph, heading, list item, div…), as collectBlocks cuts blocks.
 * Linear in the elements: what depends on ancestors (in a link, in the <h1>, the owner) is
 * carried down the walk, and the sums go up once, deepest element first.
 */
function measure(root: HtmlElement): { counts: Map<HtmlElement, Counts>; headlines: Set<HtmlElement> } {
  const own = new Map<HtmlElement, { chars: number; linkChars: number; words: number }>();
  // Elements inside a link, blocks included: a card wrapped whole in <a> is all link.
  const linked = new Set<HtmlElement>();
  // The page's <h1> names the page's own story (or the site): a link in it heads no teaser.
  const titled = new Set<HtmlElement>();
  const ownerOf = new Map<HtmlElement, HtmlElement>();
  for (const element of walkElements(root)) {
    const parent = element.parent;
    if (element.tag === 'a' || (parent !== null && linked.has(parent))) linked.add(element);
    if (element.tag === 'h1' || (parent !== null && titled.has(parent))) titled.add(element);
    const owner = parent === null || BLOCK_TAGS.has(element.tag) ? element : (ownerOf.get(parent) ?? parent);
    ownerOf.set(element, owner);
    for (const child of element.children) {
      if (typeof child !== 'string') continue;
      const words = child.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      let stats = own.get(owner);
      if (!stats) own.set(owner, (stats = { chars: 0, linkChars: 0, words: 0 }));
      const chars = words.reduce((sum, w) => sum + w.length + 1, 0);
      stats.chars += chars;
      stats.words += words.length;
      if (linked.has(element)) stats.linkChars += chars;
    }
  }
  const counts = new Map<HtmlElement, Counts>();
  const headlines = new Set<HtmlElement>();
  for (const [owner, stats] of own) {
    const headline = stats.chars <= HEADLINE_MAX_CHARS && stats.linkChars >= HEADLINE_LINK_SHARE * stats.chars && stats.words >= HEADLINE_MIN_WORDS && !titled.has(owner);
    if (headline) headlines.add(owner);
  }
  // The owner whose walk up meets an element first is the earliest owner below it: its `first`.
  const parentsFirst = ancestorsParentsFirst(own.keys(), (e, owner) => counts.set(e, { size: 0, hasHeadline: false, first: owner, blocks: 0 }));
  for (let i = parentsFirst.length - 1; i >= 0; i--) {
    const e = parentsFirst[i];
    const c = counts.get(e)!;
    const stats = own.get(e);
    if (stats) {
      c.size += stats.chars;
      c.blocks++;
      if (headlines.has(e)) c.hasHeadline = true;
    }
    const up = e.parent && counts.get(e.parent);
    if (!up) continue;
    up.size += c.size;
    up.blocks += c.blocks;
    if (c.hasHeadline) up.hasHeadline = true;
  }
  return { counts, headlines };
}
