// Does the page hold an article? A home page, a tag or category archive and a 404 say so, in
// their markup (pageDeclarations.ts) and in their shape (teaserUnits.ts), and what the
// extractor kept from them is teaser excerpts or the error's explanation. The verdict is
// conservative: a page that declares one story, or whose kept text has a story's length
// outside teaser cards, is an article, whatever else it says.
import type { Note } from '../article.js';
import type { HtmlDocument } from './htmlTree.js';
import { readPageDeclarations, type PageDeclarations } from './pageDeclarations.js';
import { findTeaserUnits, MAX_TEASER_CHARS, unitTexts } from './teaserUnits.js';

export const VERSION = 'page-kind-0.1.0';

export type PageKind = 'article' | 'listing' | 'error' | 'unknown';

export interface PageKindVerdict {
  kind: PageKind;
  /** Why, readable: "json-ld CollectionPage", "12 teaser cards", "title \"Page introuvable\"". */
  evidence: string[];
  /** Characters of kept text, and of kept text outside teaser cards. */
  keptChars: number;
  ownChars: number;
  cards: number;
}

/**
 * Kept text outside teaser cards beyond which the page holds a story of its own: a brief is a
 * paragraph of 400-600 characters; a listing's own text is a one-line intro ("Tous nos articles
 * sur le Sahel"); a 404's is two or three sentences and a search prompt (under 300 characters
 * as sites write them), while four short paragraphs under a title that happens to read
 * "Page introuvable" are 700.
 */
export const LISTING_MAX_OWN_CHARS = 400;
export const ERROR_MAX_OWN_CHARS = 500;
/**
 * Teaser cards a page needs to be a listing: a story's "related" or "most read" box holds
 * three to six, an archive page ten or more. A page that declares itself a collection
 * (CollectionPage, an archive body class) needs fewer.
 */
export const MIN_LISTING_CARDS = 6;
export const MIN_DECLARED_LISTING_CARDS = 3;
/** Of the kept text, the share that must sit in teaser cards for a listing (the rest: an intro). */
export const MIN_TEASER_SHARE = 0.6;

/**
 * The explanation an error page gives, when its title says nothing ("Oups !"): read only in a
 * short kept text, where it cannot be a sentence of a story.
 */
const ERROR_TEXT =
  /\b(?:cette|la|this|the)\s+page\s+(?:(?:que\s+vous|you(?:'re|\s+are|\s+were)?)\s+[^.!?]{0,40}?)?(?:est\s+introuvable|n'existe\s+(?:pas|plus)|(?:cannot|can't|could\s+not|couldn't)\s+be\s+found|(?:does\s+not|doesn't)\s+exist|no\s+longer\s+exists|(?:a\s+été|has\s+been)\s+(?:supprimée|déplacée|removed|moved|deleted)|n'est\s+plus\s+disponible|is\s+no\s+longer\s+available)/i;

export function classifyPage(doc: HtmlDocument, paragraphs: readonly string[]): PageKindVerdict {
  const declared = readPageDeclarations(doc);
  const keptChars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  const canBeListing = declared.article.length === 0;
  // A page that declares one story and no error is one: no walk over its cards.
  if (!canBeListing && declared.error.length === 0) {
    return { kind: 'article', evidence: declared.article, keptChars, ownChars: keptChars, cards: 0 };
  }
  // Nor when a kept paragraph is longer than any card: it is text of the page's own.
  const longest = paragraphs.reduce((max, p) => Math.max(max, p.length), 0);
  if (longest > MAX_TEASER_CHARS && declared.error.length === 0) {
    return { kind: 'article', evidence: [`a paragraph of ${longest} characters`], keptChars, ownChars: keptChars, cards: 0 };
  }
  const { units, cards, lone } = findTeaserUnits(doc.root);
  const minCards = declared.listing.length > 0 ? MIN_DECLARED_LISTING_CARDS : MIN_LISTING_CARDS;
  // A lone card (the lead story of a front page) is a teaser only among many cards.
  const inCards = keptInCards(unitTexts(cards >= minCards ? [...units, ...lone] : units), paragraphs);
  const ownChars = keptChars - inCards;
  const measures = { keptChars, ownChars, cards };

  const errorSigns = [...declared.error];
  const own = paragraphs.join(' ').replace(/’/g, "'");
  if (canBeListing && ownChars <= LISTING_MAX_OWN_CHARS && ERROR_TEXT.test(own)) errorSigns.push('an error message as the only text');
  if (errorSigns.length > 0 && ownChars <= ERROR_MAX_OWN_CHARS) {
    return { kind: 'error', evidence: [...errorSigns, ...(declared.noindex ? ['robots noindex'] : [])], ...measures };
  }

  const mostlyCards = keptChars === 0 || inCards >= MIN_TEASER_SHARE * keptChars;
  if (canBeListing && cards >= minCards && ownChars <= LISTING_MAX_OWN_CHARS && mostlyCards) {
    return { kind: 'listing', evidence: [...declared.listing, `${cards} teaser cards`, `${ownChars} characters outside them`], ...measures };
  }
  if (declared.article.length > 0) return { kind: 'article', evidence: declared.article, ...measures };
  if (ownChars > LISTING_MAX_OWN_CHARS) return { kind: 'article', evidence: [`${ownChars} characters of text outside teaser cards`], ...measures };
  return { kind: 'unknown', evidence: evidenceOf(declared), ...measures };
}

/** Characters of the kept paragraphs found in the text of a teaser card. */
function keptInCards(cardTexts: readonly string[], paragraphs: readonly string[]): number {
  let total = 0;
  for (const paragraph of paragraphs) if (cardTexts.some((text) => text.includes(paragraph))) total += paragraph.length;
  return total;
}

function evidenceOf(declared: PageDeclarations): string[] {
  return [...declared.listing, ...declared.error, ...(declared.noindex ? ['robots noindex'] : [])];
}

/** The note a listing or an error page gets: what it is, why, and that its text is left empty. */
export function pageKindNote(verdict: PageKindVerdict): Note {
  const why = verdict.evidence.join(', ');
  return verdict.kind === 'error'
    ? { stage: 'clean', rule: 'error-page', message: `an error page, no article (${why}): text left empty` }
    : { stage: 'clean', rule: 'listing-page', message: `a page of teasers, no article (${why}): text left empty` };
}
