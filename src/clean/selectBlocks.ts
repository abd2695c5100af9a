// Blocks of the chosen container kept one by one: prose stays, furniture goes, and context
// decides the short blocks (jusText), with the article's own shape in mind: a "Lire aussi" box
// inside the body, a tail after "Les plus lus", a paywall notice, the story's short lines.
import { isBoxMarker, isPaywallEnd, isTailMarker } from './boilerplateLexicon.js';
import { BLOCK_TAGS } from './collectBlocks.js';
import type { HtmlElement } from './htmlTree.js';
import { extendHint, negativeWeight, ROOT_HINT, type ChainHint } from './markupHints.js';
import type { ScoredBlock } from './scoreBlocks.js';
import { teaserCardBlocks } from './teaserCards.js';

/** A block whose hints fall this far below its container's is a nested widget (share bar, related box). */
export const NESTED_WIDGET_DROP = 4;
/** A nested widget holds at most this share of its container's text. */
export const WIDGET_MAX_SHARE = 0.35;
/**
 * Kinds that are a widget however much text they hold: a comment thread under a short story
 * often outweighs it ("commentary", an opinion column, is no comment: markupHints.ts).
 */
const ANY_SIZE_WIDGETS = /^(?:comment|repl)/;
/** Prose this strong stays even inside a widget-looking wrapper (JSON-LD confirmed, long and dense). */
const KEEP_IN_WIDGET = 1.5;
const HEADING_TAG = /^h[2-6]$/;
/** Longer blocks are never a paywall notice (and are not folded to be checked). */
const PAYWALL_MAX_CHARS = 300;
/** Weight from which a block is prose on its own. */
export const GOOD = 0.45;
/** Weight under which a block is furniture on its own. */
const BAD = -0.25;

export function isInside(element: HtmlElement, container: HtmlElement): boolean {
  for (let e: HtmlElement | null = element; e; e = e.parent) if (e === container) return true;
  return false;
}

type Verdict = 'good' | 'bad' | 'neutral';

/** text.split(' ').length, counted instead of split: asked of most blocks after the first paragraph. */
function spaceSeparatedParts(text: string): number {
  let parts = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) parts++;
  return parts;
}

/**
 * Blocks of the container kept one by one. Prose is kept, furniture dropped, and a short block
 * takes the verdict of its neighbours (jusText): a subheading between two paragraphs stays, a
 * "Partager" between two menus goes. After a tail marker ("Les plus lus") only prose survives.
 */
export function selectBlocks(
  blocks: readonly ScoredBlock[],
  container: HtmlElement,
  sizes: ReadonlyMap<HtmlElement, number>,
): ScoredBlock[] {
  const inside = blocks.filter((b) => isInside(b.owner, container));
  const base = containerChain(container);
  const containerSize = sizes.get(container) ?? 0;
  const teasers = teaserCardBlocks(inside, container);
  const verdicts: Verdict[] = inside.map((b) => {
    if (b.furnitureText || b.tag === 'h1' || teasers.has(b)) return 'bad';
    if (b.weight < KEEP_IN_WIDGET && widgetWeight(b, base, sizes, containerSize) >= NESTED_WIDGET_DROP) return 'bad';
    if (b.weight >= GOOD) return 'good';
    if (b.weight <= BAD) return 'bad';
    return 'neutral';
  });
  for (let i = 1; i + 1 < inside.length; i++) if (verdicts[i] === 'good' && promoBox(inside, i)) verdicts[i] = 'bad';
  const paywallsWithProse = carriersWithProse(inside, verdicts, 'paywall');
  let inTail = false;
  let seenProse = false;
  for (let i = 0; i < inside.length; i++) {
    // After the notice where a paywall cuts the article, nothing is article: "Il vous reste 57 %
    // de cet article à lire…" / "Lecture du Monde en cours sur un autre appareil."
    if (seenProse && inside[i].text.length <= PAYWALL_MAX_CHARS && (isPaywallEnd(inside[i].text, spaceSeparatedParts(inside[i].text)) || paywallNotice(inside[i], base, paywallsWithProse))) {
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
  const before = neighbours(verdicts, -1);
  const after = neighbours(verdicts, 1);
  const follows = proseFollows(inside, verdicts);
  let seenGood = false;
  for (let i = 0; i < inside.length; i++) {
    if (verdicts[i] === 'good') {
      kept.push(inside[i]);
      seenGood = true;
    } else if (verdicts[i] === 'neutral') {
      // A short line among the story's paragraphs is the story's, once the story has begun (a
      // line before the first paragraph is a byline or a kicker) and when it is more than one
      // token ("DA/hb/ko", an agency's initials, closes a dispatch). A label that announces what
      // follows ("Weitere Informationen:", "Kontakt:") goes with it when that is dropped.
      const inBody = bodies.has(paragraphParent(inside[i].owner));
      const label = inside[i].text.endsWith(':') && verdicts[i + 1] === 'bad';
      if (seenGood && !label && inside[i].text.includes(' ') && inBody) {
        kept.push(inside[i]);
        continue;
      }
      // A subheading opens the prose after it, even right after a dropped "Lire aussi" box or
      // at the top of the body, and even when a photo and its caption sit between them.
      const heading = HEADING_TAG.test(inside[i].tag);
      if (
        (before[i] === 'good' && after[i] === 'good') ||
        (heading && follows[i] && (seenGood || before[i] !== 'bad' || inBody))
      ) {
        kept.push(inside[i]);
      }
    }
  }
  return kept;
}

/**
 * A line the lexicon calls furniture ("Pour lire la suite, créez votre compte") in a box the
 * markup names a paywall, that holds no prose: the notice where the free text stops, even when
 * its wording is not one of the lexicon's paywall ends. A box named so that holds prose is the
 * premium part of the story itself ("content-behind-paywall"), with its own newsletter prompts.
 */
function paywallNotice(block: ScoredBlock, base: ChainHint, withProse: ReadonlySet<HtmlElement>): boolean {
  if (!block.furnitureText || base.negatives.has('paywall')) return false;
  const carrier = block.chain.carriers.get('paywall');
  return carrier !== undefined && !withProse.has(carrier);
}

/** The elements bringing a negative word into the chain of at least one prose block. */
function carriersWithProse(blocks: readonly ScoredBlock[], verdicts: readonly Verdict[], key: string): Set<HtmlElement> {
  const found = new Set<HtmlElement>();
  for (let i = 0; i < blocks.length; i++) {
    const carrier = verdicts[i] === 'good' ? blocks[i].chain.carriers.get(key) : undefined;
    if (carrier) found.add(carrier);
  }
  return found;
}

/**
 * Prose between two lines the lexicon calls furniture, the three alone in one element: the pitch
 * of a promotion box ("Nouveau : découvrez nos offres" / "Vos responsabilités exigent…" / "Je
 * découvre les offres"), not a paragraph between two "Lire aussi" lines of the body, whose
 * element holds the rest of the story too.
 */
function promoBox(blocks: readonly ScoredBlock[], i: number): boolean {
  const before = blocks[i - 1];
  const after = blocks[i + 1];
  if (!before.furnitureText || !after.furnitureText) return false;
  let box: HtmlElement | null = before.owner;
  while (box && !isInside(after.owner, box)) box = box.parent;
  if (!box || !isInside(blocks[i].owner, box)) return false;
  return !(i >= 2 && isInside(blocks[i - 2].owner, box)) && !(i + 2 < blocks.length && isInside(blocks[i + 2].owner, box));
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

/**
 * For each block, whether the next block that says something, past neutral blocks and photo
 * captions, is prose: one pass from the end, so a page of 50,000 neutral lines costs 50,000 steps.
 */
function proseFollows(blocks: readonly ScoredBlock[], verdicts: readonly Verdict[]): boolean[] {
  const follows = new Array<boolean>(verdicts.length).fill(false);
  let next = false;
  for (let i = verdicts.length - 1; i >= 0; i--) {
    follows[i] = next;
    const figure = FIGURE_TAGS.has(blocks[i].tag) || blocks[i].chain.negatives.has('tag:figcaption') || blocks[i].chain.negatives.has('caption');
    if (verdicts[i] === 'good') next = true;
    else if (verdicts[i] === 'bad' && !figure && !blocks[i].furnitureText) next = false;
  }
  return follows;
}

/** A story body holds at least this share of the prose of the largest one. */
const BODY_SHARE = 0.25;
/** Wrappers a paragraph of the story may sit in: the list of a bulleted passage, a quote, a table. */
const PARAGRAPH_WRAPPERS: ReadonlySet<string> = new Set(['li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'table']);

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

/** For each block, the nearest verdict that is not neutral in one direction (null at the page's edge). */
function neighbours(verdicts: readonly Verdict[], step: 1 | -1): (Verdict | null)[] {
  const found = new Array<Verdict | null>(verdicts.length).fill(null);
  let last: Verdict | null = null;
  for (let k = 0; k < verdicts.length; k++) {
    const i = step === -1 ? k : verdicts.length - 1 - k;
    found[i] = last;
    if (verdicts[i] !== 'neutral') last = verdicts[i];
  }
  return found;
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
    if (!carrier) continue;
    if (ANY_SIZE_WIDGETS.test(key) || (sizes.get(carrier) ?? 0) <= WIDGET_MAX_SHARE * containerSize) weight += negativeWeight(key);
  }
  return weight;
}
