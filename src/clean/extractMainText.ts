// Main text of an HTML page, as a trafilatura-style cascade:
//   1. the element whose blocks weigh most (prose counts for, furniture against), then a
//      block-by-block pass inside it where context decides the short blocks;
//   2. when that finds too little, the same pass over the whole page;
//   3. when that still finds too little, the JSON-LD articleBody the page declares;
//   4. when nothing reads as prose, long photo captions (a one-photo story), else no article.
// Then what the container left out is taken back: prose of the same story in a sibling
// container (findDetachedProse), a product's table of specifications right after it
// (findSpecTable) and the standfirst above it (findStandfirst), or else the
// description under the headline of a shop page (findHeadlineDescription); a dateline glued
// to the first paragraph is split off (splitLead).
import type { Note } from '../article.js';
import { collectBlocks } from './collectBlocks.js';
import { ancestorsParentsFirst, type HtmlDocument, type HtmlElement } from './htmlTree.js';
import { normalizeForBody, scoreBlocks, type ScoredBlock } from './scoreBlocks.js';
import { findDetachedProse } from './findDetachedProse.js';
import { findHeadlineDescription } from './findHeadlineDescription.js';
import { findSpecTable } from './findSpecTable.js';
import { findStandfirst, namedStandfirst } from './findStandfirst.js';
import { selectBlocks } from './selectBlocks.js';
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

/**
 * Each block is looked up in the JSON-LD articleBody, so a body of megabytes times thousands of
 * blocks is a search of gigabytes (2 MB and 5,000 paragraphs: 2.9 s). Only its start is searched,
 * as long as a long read: the longest body on the extraction slice is 28,264 characters.
 */
export const MAX_BODY_MATCH_CHARS = 100_000;

export interface MainText {
  paragraphs: string[];
  removed: string[];
  notes: Note[];
  /** ISO date of a dateline opening the text ("Rabat, 9 septembre 2023 (DA) –"). */
  dateline?: string | null;
  /** What was split off the first paragraph ("BAMAKO (AFP) –", "MALI"): the wire a dateline credits. */
  lead?: string | null;
}

export function extractMainText(doc: HtmlDocument, articleBody: string | null, recurring?: ReadonlySet<string>): MainText {
  const notes: Note[] = [];
  const { blocks, cut } = collectBlocks(doc.root);
  if (cut) notes.push({ stage: 'clean', rule: 'text-cut', message: `${cut}: the rest is not read` });
  if (blocks.length === 0) {
    notes.push({ stage: 'clean', rule: 'no-text', message: 'the page holds no visible text' });
    return { paragraphs: [], removed: [], notes };
  }
  const stoplist = chooseStoplist(blocks.map((b) => b.text));
  const body = articleBody && articleBody.length >= MIN_MAIN_CHARS ? normalizeForBody(articleBody.slice(0, MAX_BODY_MATCH_CHARS)) : null;
  const scored = scoreBlocks(blocks, { stoplist, articleBody: body, recurring });

  // Characters of block text under each element, and the container's measure of the same.
  const [sizes, weighted] = sumsOverAncestors(scored, [textLength, containerValue]);
  const container = bestContainer(weighted, doc.root);
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
  let standfirst: ScoredBlock | null = null;
  let leads: ReadonlySet<ScoredBlock> = new Set();
  if (chars(kept) === 0) {
    kept = captionStory(scored);
    if (kept.length > 0) notes.push({ stage: 'clean', rule: 'cascade-caption', message: 'text taken from the photo captions: the page has no other story' });
    else notes.push({ stage: 'clean', rule: 'no-article', message: 'no block of the page reads as article text' });
  } else {
    const detached = findDetachedProse(scored, container, new Set(kept));
    const specs = findSpecTable(scored, container, new Set(kept));
    if (detached.length + specs.length > 0) {
      const all = new Set([...kept, ...detached, ...specs]);
      kept = scored.filter((b) => all.has(b));
    }
    standfirst = findStandfirst(scored, kept[0].index);
    if (standfirst) kept = [standfirst, ...kept];
    else {
      const described = findHeadlineDescription(scored, new Set(kept), kept[0].index);
      if (described.length > 0) {
        const all = new Set([...kept, ...described]);
        kept = scored.filter((b) => all.has(b));
        leads = new Set(described);
      }
    }
  }
  return withLeadSplit(scored, kept, notes, standfirst ? new Set([standfirst]) : leads);
}

/** A caption this long tells a story (a one-photo gallery, a picture of the day). */
export const CAPTION_STORY_MIN_CHARS = 200;
/** Where a caption is another page's teaser, not this page's story. */
const OUTSIDE_STORY = ['tag:aside', 'tag:nav', 'tag:footer', 'role:complementary', 'role:navigation'];

/**
 * The last step of the cascade, when no block reads as the story: the long photo captions, on a
 * page whose story is told under its pictures ("En images : rassemblement à Niamey").
 */
function captionStory(blocks: readonly ScoredBlock[]): ScoredBlock[] {
  return blocks.filter((b) =>
    (b.tag === 'figcaption' || b.chain.negatives.has('tag:figcaption')) &&
    b.text.length >= CAPTION_STORY_MIN_CHARS &&
    b.linkChars < 0.3 * b.text.length &&
    !OUTSIDE_STORY.some((key) => b.chain.negatives.has(key)));
}

/**
 * The kept blocks as paragraphs, the others as removed lines in page order, with a dateline or
 * a section label split off the first paragraph ("BAMAKO — Sergey Lavrov…" -> "Sergey Lavrov…").
 */
function withLeadSplit(scored: readonly ScoredBlock[], kept: readonly ScoredBlock[], notes: Note[], leads: ReadonlySet<ScoredBlock> = new Set()): MainText {
  const keptSet = new Set(kept);
  const paragraphs: string[] = [];
  const removed: string[] = [];
  let dateline: string | null = null;
  let head: string | null = null;
  let opened = false;
  let before: string | null = null;
  for (const block of scored) {
    if (!keptSet.has(block)) removed.push((before = block.text));
    // The dateline opens the body, not the standfirst above it.
    else if (opened || leads.has(block) || (paragraphs.length === 0 && namedStandfirst(block.owner))) {
      paragraphs.push(block.text);
      before = null;
    } else {
      opened = true;
      const lead = splitLead(block.text);
      if (lead.head) removed.push(lead.head);
      if (lead.rest) paragraphs.push(lead.rest);
      const own = lead.head === null && before !== null ? datelineOfItsOwn(before, block.text) : null;
      dateline = lead.date ?? own?.date ?? null;
      head = lead.head ?? own?.head ?? null;
    }
  }
  return { paragraphs, removed, notes, dateline, lead: head };
}

/** A dateline in an element of its own is short: a place, a date, an agency's code. */
const MAX_DATELINE_CHARS = 100;

/**
 * The block right above the body, dropped as furniture, when it is the body's dateline set in an
 * element of its own (`<p class="dateline">BAMAKO (AFP)</p>`, "Publié le 07/02/2023 à 18:32"):
 * read as if glued to the body, it must split off whole and leave the body intact.
 */
function datelineOfItsOwn(block: string, body: string): { head: string; date: string | null } | null {
  const line = block.trim();
  if (line === '' || line.length > MAX_DATELINE_CHARS) return null;
  const split = splitLead(/[-–—:|]$/u.test(line) ? `${line} ${body}` : `${line} – ${body}`);
  return split.head !== null && split.rest === body.trim() ? { head: split.head, date: split.date } : null;
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
function bestContainer(sums: ReadonlyMap<HtmlElement, number>, root: HtmlElement): HtmlElement {
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

function containerValue(block: ScoredBlock): number {
  return block.weight * Math.min(block.text.length, block.weight > 0 ? 1000 : NEGATIVE_CAP);
}

function textLength(block: ScoredBlock): number {
  return block.text.length;
}

/**
 * Values of each block summed on its owner and every ancestor, in one pass over the blocks and
 * one over the elements met (not one walk to the root per block: 10,000 blocks 500 levels deep),
 * the elements' order found once for all the values. Elements come in the order a walk up from
 * each block first meets them (bestContainer keeps the first of equal sums); the totals are
 * summed from the deepest element up.
 */
function sumsOverAncestors(blocks: readonly ScoredBlock[], values: readonly ((block: ScoredBlock) => number)[]): Map<HtmlElement, number>[] {
  const owns = values.map(() => new Map<HtmlElement, number>());
  for (const block of blocks) {
    for (let v = 0; v < values.length; v++) owns[v].set(block.owner, (owns[v].get(block.owner) ?? 0) + values[v](block));
  }
  const all = values.map(() => new Map<HtmlElement, number>());
  const parentsFirst = ancestorsParentsFirst(owns[0].keys(), (e) => {
    for (const sums of all) sums.set(e, 0);
  });
  all.forEach((sums, v) => {
    const own = owns[v];
    for (let i = parentsFirst.length - 1; i >= 0; i--) {
      const e = parentsFirst[i];
      const total = sums.get(e)! + (own.get(e) ?? 0);
      sums.set(e, total);
      if (e.parent) sums.set(e.parent, sums.get(e.parent)! + total);
    }
  });
  return all;
}
