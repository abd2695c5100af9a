// A teaser card flattened to two lines: its headline, then its excerpt closed by a link ("Spiegels
// Rücktritt Wenn der Gegenwind zu stark wird" / "Bereits als Landesministerin war Spiegel
// durchaus umstritten … mehr"). The excerpt's link gives it away (teaserLine.ts); the headline
// above it reads as a subheading, and would head the next paragraph of the story.
import type { LineFeatures } from './lineFeatures.js';
import { isLinkedExcerpt } from './teaserLine.js';

/** A headline: no sentence end, a few words (a card may print it twice or thrice in a row). */
const HEADLINE_MIN_WORDS = 2;
const HEADLINE_MAX_WORDS = 40;

/** Marks as furniture ('teaser') the headline right above each excerpt closed by its link. */
export function markTeaserHeadlines(lines: LineFeatures[]): void {
  for (let i = 1; i < lines.length; i++) {
    const excerpt = lines[i];
    if (excerpt.furniture !== 'teaser' || !isLinkedExcerpt(excerpt.text)) continue;
    const headline = lines[i - 1];
    if (headline.furniture !== null || headline.sentence || headline.wordCount < HEADLINE_MIN_WORDS || headline.wordCount > HEADLINE_MAX_WORDS) continue;
    headline.furniture = 'teaser';
  }
}
