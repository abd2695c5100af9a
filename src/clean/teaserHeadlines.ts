// A teaser card flattened to two lines: its headline, then its excerpt closed by a link ("Spiegels
// Rücktritt Wenn der Gegenwind zu stark wird" / "Bereits als Landesministerin war Spiegel
// durchaus umstritten … mehr"). The excerpt's link gives it away (teaserLine.ts); the headline
// above it reads as a subheading, and would head the next paragraph of the story.
//
// The link may stand on a line of its own under the card, between two paragraphs of the story:
// "Scientists find new mechanism for memory formation" / "How do we form memories? New research
// uncovers key brain area." / "Read now". The line right above such a link is the card's when it
// reads as a headline or an excerpt cut short; a sentence right above it is the card's only under
// a headline. A paragraph of the story ends on a sentence end, and the links printed after one
// ("…since 2018." / "Read More") are left alone. On the shared slice, the lines this takes are
// all boilerplate or unlabelled.
import type { LineFeatures } from './lineFeatures.js';
import { foldLine } from './foldWords.js';
import { scanLine } from './scanLine.js';
import { isLinkedExcerpt } from './teaserLine.js';

/** A headline: no sentence end, a few words (a card may print it twice or thrice in a row). */
const HEADLINE_MIN_WORDS = 2;
const HEADLINE_MAX_WORDS = 40;

/**
 * A link of its own under a card, folded: "Read now", "Read more", "mehr", "weitere Videos" (a
 * video card's). Only a known furniture line of a few words is folded and looked up.
 */
const CARD_LINKS = new Set([
  'read more', 'read now', 'continue reading', 'read the full story', 'full story', 'watch now',
  'lire la suite', 'lire plus', 'voir la video', 'mehr', 'weiterlesen', 'mehr lesen', 'weitere videos',
]);
const CARD_LINK_MAX_WORDS = 3;
/** The links' line keys (LineFeatures.key): a furniture line is folded only when its key is one of them. */
const CARD_LINK_KEYS = new Set([...CARD_LINKS].map((link) => scanLine(link).key));
/** A card's headline or its cut excerpt above the link: fewer words than a paragraph. */
const CARD_LINE_MIN_WORDS = 3;
const CARD_LINE_MAX_WORDS = 30;
/** A card's excerpt that is a sentence (or two) is short: "How do we form memories? New research…". */
const CARD_SUMMARY_MAX_WORDS = 30;

/** Marks as furniture ('teaser') the headline right above each excerpt closed by its link, and the card above a link of its own. */
export function markTeaserHeadlines(lines: LineFeatures[]): void {
  for (let i = 1; i < lines.length; i++) {
    const excerpt = lines[i];
    if (excerpt.furniture === 'line' && excerpt.wordCount <= CARD_LINK_MAX_WORDS && excerpt.wordCount > 0) {
      if (CARD_LINK_KEYS.has(excerpt.key) && CARD_LINKS.has(foldLine(excerpt.text))) markCardAbove(lines, i);
      continue;
    }
    if (excerpt.furniture !== 'teaser' || !isLinkedExcerpt(excerpt.text)) continue;
    const headline = lines[i - 1];
    if (headline.furniture !== null || headline.sentence || headline.wordCount < HEADLINE_MIN_WORDS || headline.wordCount > HEADLINE_MAX_WORDS) continue;
    headline.furniture = 'teaser';
  }
}

/** The card right above the link at `link`: a headline or cut excerpt, or a short sentence under a headline. */
function markCardAbove(lines: LineFeatures[], link: number): void {
  const last = lines[link - 1];
  if (last.furniture !== null || last.wordCount < CARD_LINE_MIN_WORDS) return;
  const above = link >= 2 ? lines[link - 2] : null;
  const headlineAbove = above !== null && isCardHeadline(above);
  if (isCardHeadline(last)) {
    last.furniture = 'teaser';
    // The cut excerpt under its headline: "E-Cigarettes Don't Have to Be Tainted…" / "In recent months, hundreds of people … due to".
    if (headlineAbove) above.furniture = 'teaser';
  } else if (headlineAbove && last.wordCount <= CARD_SUMMARY_MAX_WORDS) {
    last.furniture = 'teaser';
    above.furniture = 'teaser';
  }
}

/** A card's headline: no sentence end but a question mark or a quotation's, a few words (videoCards.ts too). */
export function isCardHeadline(line: LineFeatures): boolean {
  if (line.furniture !== null || line.wordCount < CARD_LINE_MIN_WORDS || line.wordCount > CARD_LINE_MAX_WORDS) return false;
  const last = line.text.charCodeAt(line.text.length - 1);
  return !line.sentence || last === 0x3f /* ? */ || last === 0x27 /* ' */ || last === 0x2019 /* ’ */ || last === 0x22 /* " */ || last === 0x201d /* ” */;
}
