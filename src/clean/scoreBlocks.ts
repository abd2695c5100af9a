// How much each block looks like article prose, from its own text and its markup: a weight in
// about [-2, 2.5], positive for prose, negative for furniture, near 0 when only context can tell.
import { boilerplateKind, type BoilerplateKind } from './boilerplateLexicon.js';
import { MAX_TEMPLATE_CHARS } from './cleanContext.js';
import type { Block } from './collectBlocks.js';
import { foldLine } from './foldWords.js';
import { endsLikeSentence, textStopDensity } from './textStats.js';

/**
 * Shorter blocks ("Afrique", "Par Ana Dupont", a 2-word subheading) are judged by context, and so
 * is preformatted text: code or a table set in <pre> has no stop words, yet belongs to the story
 * it sits in.
 */
export const SHORT_CHARS = 40;
/** The most a short block weighs: below the weight of prose on its own (0.45). */
export const SHORT_MAX_WEIGHT = 0.4;
/** Long enough to be a paragraph of prose on its own. */
export const LONG_CHARS = 120;
/** jusText's stop-word density thresholds for prose (0.30-0.32 on its lists; ours are shorter). */
export const STOP_HIGH = 0.22;
export const STOP_LOW = 0.12;
/** Above this share of linked characters a block is a menu or a list of teasers. */
export const MAX_LINK_DENSITY = 0.5;

/**
 * A field of a specification sheet or a fact box, "Composition : acrylique, bambou" or
 * "Dimensions : 13 x 21 cm": a label and its value hold no stop words by nature, so density
 * cannot tell them from a menu; like a short line, their neighbours decide.
 */
const FIELD_LINE = /^\p{Lu}[\p{L}' ]{2,30}\s?:\s\S/u;

export interface ScoredBlock extends Block {
  weight: number;
  /** Matched a boilerplate phrase or lies inside furniture: never kept, whatever its context. */
  furnitureText: boolean;
}

export interface ScoreOptions {
  stoplist: ReadonlySet<string> | null;
  /** Normalised JSON-LD articleBody, when the page gives one. */
  articleBody: string | null;
  /** Folded lines that recur across the outlet's articles (CleanContext): its template. */
  recurring?: ReadonlySet<string>;
}

/**
 * Furniture that lives inside the article (a photo caption with its credit, "Subscribe now to
 * read…" between two paragraphs) is never kept, but weighs as its text reads: the container
 * holding the story must not lose to a smaller one because the story carries captions and ads.
 */
const INLINE_FURNITURE: ReadonlySet<BoilerplateKind> = new Set(['caption', 'promo']);

/**
 * Longer blocks are not looked up in the boilerplate lexicon: its most permissive rule takes 45
 * words (a caption with its credit, CAPTION_MAX_WORDS), and 45 words of 2,000 characters would
 * be words of 44 letters. A 50,000-character block would otherwise be scanned whole for nothing.
 */
export const BOILERPLATE_MAX_CHARS = 2_000;

export function scoreBlocks(blocks: readonly Block[], options: ScoreOptions): ScoredBlock[] {
  const scored = new Array<ScoredBlock>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const kind = block.text.length > BOILERPLATE_MAX_CHARS ? null : boilerplateKind(block.text);
    if (kind === null && isTemplate(block.text, options.recurring)) scored[i] = scoredCopy(block, true, -2);
    else scored[i] = scoredCopy(block, kind !== null, kind === null || INLINE_FURNITURE.has(kind) ? blockWeight(block, options) : -2);
  }
  return scored;
}

/**
 * The block with its score, its fields written out: one object of one shape per block, where a
 * spread copied the fields one by one through a generic path (~4% of the HTML path's time).
 */
function scoredCopy(b: Block, furnitureText: boolean, weight: number): ScoredBlock {
  return {
    index: b.index, text: b.text, linkChars: b.linkChars, leadLinkChars: b.leadLinkChars, owner: b.owner,
    tag: b.tag, hint: b.hint, chain: b.chain, furniture: b.furniture, furnitureText, weight,
  };
}

function isTemplate(text: string, recurring: ReadonlySet<string> | undefined): boolean {
  return recurring !== undefined && text.length <= MAX_TEMPLATE_CHARS && recurring.has(foldLine(text));
}

function blockWeight(block: Block, { stoplist, articleBody }: ScoreOptions): number {
  const length = block.text.length;
  const linkDensity = block.linkChars / length;
  let weight: number;
  if (linkDensity > MAX_LINK_DENSITY) weight = -1;
  else if (length < SHORT_CHARS || block.tag === 'pre') weight = 0;
  else {
    const density = stoplist ? textStopDensity(block.text, stoplist) : null;
    const prose = density === null ? endsLikeSentence(block.text) || length > 200 : density >= STOP_HIGH;
    const halfProse = density === null ? length > LONG_CHARS : density >= STOP_LOW;
    if (length >= LONG_CHARS) weight = prose ? 1.2 : halfProse ? 0.4 : -0.6;
    else weight = prose && endsLikeSentence(block.text) ? 0.7 : halfProse || FIELD_LINE.test(block.text) ? 0 : -0.5;
    weight -= linkDensity * 2;
  }
  weight += Math.max(-8, Math.min(8, block.hint)) * 0.12;
  // Markup alone does not make a short line prose: "Kontakt:" in an itemprop=articleBody stays
  // for its neighbours to decide.
  if (length < SHORT_CHARS) weight = Math.min(weight, SHORT_MAX_WEIGHT);
  if (block.furniture) weight -= 1;
  if (articleBody && length >= SHORT_CHARS && articleBody.includes(normalizeForBody(block.text))) {
    weight = Math.max(weight, 0) + 1.5;
  }
  return weight;
}

/** The form in which block texts are looked up in the JSON-LD articleBody. */
export function normalizeForBody(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
