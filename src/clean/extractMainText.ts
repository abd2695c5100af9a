// Main text of an HTML page, as a trafilatura-style cascade:
//   1. the element whose blocks weigh most (prose counts for, furniture against), then a
//      block-by-block pass inside it where context decides the short blocks;
//   2. when that finds too little, the same pass over the whole page;
//   3. when that still finds too little, the JSON-LD articleBody the page declares.
import type { Note } from '../article.js';
import { isBoxMarker, isPaywallEnd, isTailMarker } from './boilerplateLexicon.js';
import { BLOCK_TAGS, collectBlocks } from './collectBlocks.js';
import type { HtmlDocument, HtmlElement } from './htmlTree.js';
import { extendHint, negativeWeight, ROOT_HINT, type ChainHint } from './markupHints.js';
import { normalizeForBody, scoreBlocks, type ScoredBlock } from './scoreBlocks.js';
import { findDetachedProse } from './findDetachedProse.js';
import { findStandfirst } from './findStandfirst.js';
import { splitLead } from './splitLead.js';
import { chooseStoplist } from './textStats.js';

/** Less kept text than this and the next step of the cascade runs. */
export const MIN_MAIN_CHARS = 250;
/**
 * Furniture weighs in the choice of container by at most this many characters: a menu is many
 * short blocks and still sinks its wrapper, while one long paragraph stuffed with links (a
 * site that links every name it mentions) must not push the container down into half the story.
 */
const NEGATIVE_CAP = 80;
/** A block whose hints fall this far below its container's is a nested widget (share bar, related box). */
export const NESTED_WIDGET_DROP = 4;
/** A nested widget holds at most this share of its container's text. */
export const WIDGET_MAX_SHARE = 0.35;
/** Prose this strong stays even inside a widget-looking wrapper (JSON-LD confirmed, long and dense). */
const KEEP_IN_WIDGET = 1.5;
const HEADING_TAG = /^h[2-6]$/;
/** Longer blocks are never a paywall notice (and are not folded to be checked). */
const PAYWALL_MAX_CHARS = 300;
/** Weight from which a block is prose on its own. */
const GOOD = 0.45;
/** Weight under which a block is furniture on its own. */
const BAD = -0.25;

export interface MainText {
  paragraphs: string[];
  removed: string[];
  notes: Note[];
  /** ISO date of a dateline opening the text ("Rabat, 9 septembre 2023 (DA) –"). */
  dateline?: string | null;
}

export function extractMainText(doc: HtmlDocument, articleBody: string | null, recurring?: ReadonlySet<string>): MainText {
  const notes: Note[] = [];
  const blocks = collectBlocks(doc.root);
  if (blocks.length === 0) {
    notes.push({ stage: 'clean', rule: 'no-text', message: 'the page holds no visible text' });
    return { paragraphs: [], removed: [], notes };
  }
  const stoplist = chooseStoplist(blocks.map((b) => b.text));
  const body = articleBody && articleBody.length >= MIN_MAIN_CHARS ? normalizeForBody(articleBody) : null;
  const scored = scoreBlocks(blocks, { stoplist, articleBody: body, recurring });

  const sizes = subtreeSizes(scored);
  const container = bestContainer(scored, doc.root);
  let kept = selectBlocks(scored, container, sizes);
  if (chars(kept) < MIN_MAIN_CHARS && container !== doc.root) {
    notes.push({ stage: 'clean', rule: 'cascade-wide', message: 'main container too small: whole page searched' });
    kept = selectBlocks(scored, doc.root, sizes);
  }
  if (chars(kept) < MIN_MAIN_CHARS && articleBody && articleBody.length > chars(kept)) {
    notes.push({ stage: 'clean', rule: 'cascade-json-ld', message: 'text taken from the JSON-LD articleBody' });
    const keptSet = new Set<ScoredBlock>();
    return {
      paragraphs: articleBody.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean),
      removed: scored.filter((b) => !keptSet.has(b)).map((b) => b.text),
      notes,
    };
  }
  if (chars(kept) === 0) {
    notes.push({ stage: 'clean', rule: 'no-article', message: 'no block of the page reads as article text' });
  } else {
    const detached = findDetachedProse(scored, container, new Set(kept));
    if (detached.length > 0) {
      const all = new Set([...kept, ...detached]);
      kept = scored.filter((b) => all.has(b));
    }
    const standfirst = findStandfirst(scored, kept[0].index);
    if (standfirst) kept = [standfirst, ...kept];
  }
  return withLeadSplit(scored, kept, notes);
}

/**
 * The kept blocks as paragraphs, the others as removed lines in page order, with a dateline or
 * a section label split off the first paragraph ("BAMAKO — Sergey Lavrov…" -> "Sergey Lavrov…").
 */
function withLeadSplit(scored: readonly ScoredBlock[], kept: readonly ScoredBlock[], notes: Note[]): MainText {
  const keptSet = new Set(kept);
  const paragraphs: string[] = [];
  const removed: string[] = [];
  let dateline: string | null = null;
  for (const block of scored) {
    if (!keptSet.has(block)) removed.push(block.text);
    else if (paragraphs.length > 0) paragraphs.push(block.text);
    else {
      const lead = splitLead(block.text);
      if (lead.head) removed.push(lead.head);
      if (lead.rest) paragraphs.push(lead.rest);
      dateline = lead.date;
    }
  }
  return { paragraphs, removed, notes, dateline };
}

function chars(blocks: readonly ScoredBlock[]): number {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  return total;
}

/**
 * The element maximising the summed weight x length of the blocks inside it: adding a wrapper
 * pays only when the prose it brings outweighs the menus and teasers that come with it.
 */
function bestContainer(blocks: readonly ScoredBlock[], root: HtmlElement): HtmlElement {
  const sums = new Map<HtmlElement, number>();
  for (const block of blocks) {
    const value = block.weight * Math.min(block.text.length, block.weight > 0 ? 1000 : NEGATIVE_CAP);
    for (let e: HtmlElement | null = block.owner; e; e = e.parent) sums.set(e, (sums.get(e) ?? 0) + value);
  }
  let best = root;
  let bestSum = -Infinity;
  for (const [element, sum] of sums) {
    if (sum > bestSum) {
      best = element;
      bestSum = sum;
    }
  }
  return best;
}

/** Characters of block text under each element. */
function subtreeSizes(blocks: readonly ScoredBlock[]): Map<HtmlElement, number> {
  const sizes = new Map<HtmlElement, number>();
  for (const block of blocks) {
    for (let e: HtmlElement | null = block.owner; e; e = e.parent) sizes.set(e, (sizes.get(e) ?? 0) + block.text.length);
  }
  return sizes;
}

function isInside(element: HtmlElement, container: HtmlElement): boolean {
  for (let e: HtmlElement | null = element; e; e = e.parent) if (e === container) return true;
  return false;
}

type Verdict = 'good' | 'bad' | 'neutral';

/**
 * Blocks of the container kept one by one. Prose is kept, furniture dropped, and a short block
 * takes the verdict of its neighbours (jusText): a subheading between two paragraphs stays, a
 * "Partager" between two menus goes. After a tail marker ("Les plus lus") only prose survives.
 */
function selectBlocks(
  blocks: readonly ScoredBlock[],
  container: HtmlElement,
  sizes: ReadonlyMap<HtmlElement, number>,
): ScoredBlock[] {
  const inside = blocks.filter((b) => isInside(b.owner, container));
  const base = containerChain(container);
  const containerSize = sizes.get(container) ?? 0;
  const verdicts: Verdict[] = inside.map((b) => {
    if (b.furnitureText || b.tag === 'h1') return 'bad';
    if (b.weight < KEEP_IN_WIDGET && widgetWeight(b, base, sizes, containerSize) >= NESTED_WIDGET_DROP) return 'bad';
    if (b.weight >= GOOD) return 'good';
    if (b.weight <= BAD) return 'bad';
    return 'neutral';
  });
  let inTail = false;
  let seenProse = false;
  for (let i = 0; i < inside.length; i++) {
    // After the notice where a paywall cuts the article, nothing is article: "Il vous reste 57 %
    // de cet article à lire…" / "Lecture du Monde en cours sur un autre appareil."
    if (seenProse && inside[i].text.length <= PAYWALL_MAX_CHARS && isPaywallEnd(inside[i].text, inside[i].text.split(' ').length)) {
      for (let k = i; k < inside.length; k++) verdicts[k] = 'bad';
      break;
    }
    if (verdicts[i] === 'good') seenProse = true;
    if (!inTail && isTailMarker(inside[i].text)) {
      const resume = isBoxMarker(inside[i].text) ? proseAfterBox(inside, verdicts, i) : -1;
      if (resume < 0) inTail = true;
      // The box goes, a subheading between it and the prose stays: "Lire aussi :" / a teaser /
      // "Une reprise symbolique" / the story.
      else for (let k = i; k < resume; k++) if (k === i || !HEADING_TAG.test(inside[k].tag)) verdicts[k] = 'bad';
    } else if (inTail && verdicts[i] !== 'good') verdicts[i] = 'bad';
  }
  const kept: ScoredBlock[] = [];
  const bodies = storyBodies(inside, verdicts);
  let seenGood = false;
  for (let i = 0; i < inside.length; i++) {
    if (verdicts[i] === 'good') {
      kept.push(inside[i]);
      seenGood = true;
    } else if (verdicts[i] === 'neutral') {
      const before = neighbour(verdicts, i, -1);
      const after = neighbour(verdicts, i, 1);
      // A short line among the story's paragraphs is the story's, once the story has begun (a
      // line before the first paragraph is a byline or a kicker) and when it is more than one
      // token ("DA/hb/ko", an agency's initials, closes a dispatch).
      if (seenGood && inside[i].text.includes(' ') && bodies.has(paragraphParent(inside[i].owner))) {
        kept.push(inside[i]);
        continue;
      }
      // A subheading opens the prose after it, even right after a dropped "Lire aussi" box, and
      // even when a photo and its caption sit between them.
      const heading = HEADING_TAG.test(inside[i].tag);
      if (
        (before === 'good' && after === 'good') ||
        (heading && proseFollows(inside, verdicts, i) && (seenGood || before !== 'bad'))
      ) {
        kept.push(inside[i]);
      }
    }
  }
  return kept;
}

/** A box of links is a few teasers: "Lire aussi :" / one to three headlines (ads between not counted). */
export const BOX_MAX_BLOCKS = 4;

/**
 * Where the story resumes after a "Lire aussi" box opening at `marker`: the first prose block
 * within BOX_MAX_BLOCKS, followed by more prose (one good block could be the box's own teaser
 * summary). -1 when none: the marker then closes the article as any tail marker does.
 * "Lire aussi :" / "Tutoyant ses records, Publicis…" (a link) / "Le poids lourd mondial de la
 * communication vise…" -> the story resumes at the third block.
 */
function proseAfterBox(blocks: readonly ScoredBlock[], verdicts: readonly Verdict[], marker: number): number {
  let seen = 0;
  for (let i = marker + 1; seen <= BOX_MAX_BLOCKS && i < verdicts.length; i++) {
    if (!blocks[i].furnitureText) seen++;
    if (verdicts[i] !== 'good') continue;
    for (let k = i + 1; k < verdicts.length; k++) {
      if (verdicts[k] === 'good') return i;
      if (verdicts[k] === 'bad') break;
    }
  }
  return -1;
}

/** Tags of a photo and its caption, which a subheading may stand above. */
const FIGURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'picture']);

/** The next block that says something, past neutral blocks and photo captions, is prose. */
function proseFollows(blocks: readonly ScoredBlock[], verdicts: readonly Verdict[], from: number): boolean {
  for (let i = from + 1; i < verdicts.length; i++) {
    if (verdicts[i] === 'good') return true;
    const figure = FIGURE_TAGS.has(blocks[i].tag) || blocks[i].chain.negatives.has('tag:figcaption') || blocks[i].chain.negatives.has('caption');
    if (verdicts[i] === 'bad' && !figure && !blocks[i].furnitureText) return false;
  }
  return false;
}

/** A story body holds at least this share of the prose of the largest one. */
const BODY_SHARE = 0.25;
/** Wrappers a paragraph of the story may sit in: the list of a bulleted passage, a quote. */
const PARAGRAPH_WRAPPERS: ReadonlySet<string> = new Set(['li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote']);

/**
 * The element whose children are the story's paragraphs, seen from one block: its parent, past
 * lists and quotes. A short line there ("Bugs fixed", "Or even for one night.") is a sibling of
 * the prose, not a menu beside it.
 */
function paragraphParent(owner: HtmlElement): HtmlElement | null {
  let e = owner.parent;
  while (e && PARAGRAPH_WRAPPERS.has(e.tag)) e = e.parent;
  return e;
}

/**
 * The elements holding the story's paragraphs: those where prose is kept, in a good share of the
 * largest one's amount. A subscription pitch with one sentence of prose is no story body.
 */
function storyBodies(blocks: readonly ScoredBlock[], verdicts: readonly Verdict[]): Set<HtmlElement | null> {
  const prose = new Map<HtmlElement | null, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (verdicts[i] !== 'good') continue;
    const parent = paragraphParent(blocks[i].owner);
    prose.set(parent, (prose.get(parent) ?? 0) + blocks[i].text.length);
  }
  const most = Math.max(0, ...prose.values());
  return new Set([...prose].filter(([, n]) => n >= BODY_SHARE * most).map(([e]) => e));
}

function neighbour(verdicts: readonly Verdict[], from: number, step: 1 | -1): Verdict | null {
  for (let i = from + step; i >= 0 && i < verdicts.length; i += step) {
    if (verdicts[i] !== 'neutral') return verdicts[i];
  }
  return null;
}

/** The chain evidence at the container, as collectBlocks builds it for the blocks below. */
function containerChain(container: HtmlElement): ChainHint {
  const chain: HtmlElement[] = [];
  for (let e: HtmlElement | null = container; e && e.parent; e = e.parent) if (BLOCK_TAGS.has(e.tag)) chain.push(e);
  let hint = ROOT_HINT;
  for (let i = chain.length - 1; i >= 0; i--) hint = extendHint(hint, chain[i]);
  return hint;
}

/**
 * Negative evidence a block has and its container lacks, counted only for small subtrees: a
 * "related" box inside the article is a widget; a wrapper classed "comment" that holds most of
 * the container is the article itself (an opinion column, taz's "Kommentar" pages).
 */
function widgetWeight(
  block: ScoredBlock,
  base: ChainHint,
  sizes: ReadonlyMap<HtmlElement, number>,
  containerSize: number,
): number {
  let weight = 0;
  for (const key of block.chain.negatives) {
    if (base.negatives.has(key)) continue;
    const carrier = block.chain.carriers.get(key);
    if (carrier && (sizes.get(carrier) ?? 0) <= WIDGET_MAX_SHARE * containerSize) weight += negativeWeight(key);
  }
  return weight;
}
