// A rail of headlines below a tail marker: "Related Stories" / "1 of 3" / "Qualcomm says 5G
// rollout will be faster than 4G" / "Qualcomm also outlined how it will target adjacent
// markets." / "Incredibly useful gadgets you didn't know you needed" / "Useful tech gadgets for
// every geek." … Each summary is a sentence of prose, so a rail long enough reads as a body of
// its own and may even outweigh a short article. Headline and one-sentence summary in turn, pair
// after pair, under a marker that announces other articles, give it away: an article under
// such a marker (the story resuming after a "Lire aussi" box) runs on in paragraphs, not in
// pairs. On the shared slice, the 271 lines of rails of three pairs or more under a tail marker
// are all boilerplate or unlabelled.
import type { LineFeatures } from './lineFeatures.js';

/** A rail holds this many headline / summary pairs at least. */
export const MIN_RAIL_PAIRS = 3;
/** A headline: a few words, no sentence end but a question mark. */
const HEADLINE_MAX_WORDS = 25;
/** A summary: one sentence or two. */
const SUMMARY_MIN_WORDS = 5;
const SUMMARY_MAX_WORDS = 45;
/** A section label, a counter or a date between two cards ("Mobility", "1 of 3", "Il y a 2 h"). */
const LABEL_MAX_WORDS = 3;
/** At most this many labels in a row: more is a menu, and the rail has ended. */
const MAX_LABELS = 2;

type Role = 'headline' | 'summary' | 'label' | 'other';

/** A paragraph of the article: a sentence longer than any teaser's summary. */
const PARAGRAPH_MIN_WORDS = 20;

/**
 * Marks as furniture ('teaser') the lines of each rail of headline / summary pairs right below a
 * tail marker, once a paragraph has been printed above it: a rail with no article above it ("À
 * la une" / the cards of a front page) is the page itself, which textPageKind calls a listing.
 */
export function markHeadlineRails(lines: LineFeatures[]): void {
  let article = false;
  for (let marker = 0; marker < lines.length; marker++) {
    const line = lines[marker];
    if (!article) article = line.furniture === null && line.sentence && line.wordCount >= PARAGRAPH_MIN_WORDS;
    if (!line.tail || !article) continue;
    const end = railEnd(lines, marker + 1);
    if (end < 0) continue;
    for (let i = marker + 1; i < end; i++) if (lines[i].furniture === null) lines[i].furniture = 'teaser';
    marker = end - 1;
  }
}

/** Where the rail starting at `from` ends (exclusive), or -1 when fewer than MIN_RAIL_PAIRS pairs stand there. */
function railEnd(lines: readonly LineFeatures[], from: number): number {
  let pairs = 0;
  let labels = 0;
  let headline = -1;
  let end = -1;
  for (let i = from; i < lines.length; i++) {
    const role = roleOf(lines[i]);
    if (role === 'label') {
      if (++labels > MAX_LABELS) break;
      continue;
    }
    labels = 0;
    if (role === 'headline') {
      headline = i;
      continue;
    }
    if (role !== 'summary' || headline !== i - 1) break;
    pairs++;
    headline = -1;
    end = i + 1;
  }
  return pairs >= MIN_RAIL_PAIRS ? end : -1;
}

function roleOf(line: LineFeatures): Role {
  if (line.wordCount === 0 || (line.furniture !== null && line.furniture !== 'teaser')) return 'label';
  if (line.tail || line.paywall) return 'other';
  if (line.wordCount <= LABEL_MAX_WORDS && !line.sentence) return 'label';
  const question = line.text.charCodeAt(line.text.length - 1) === 0x3f;
  if (!line.sentence || question) return line.wordCount <= HEADLINE_MAX_WORDS ? 'headline' : 'other';
  return line.wordCount >= SUMMARY_MIN_WORDS && line.wordCount <= SUMMARY_MAX_WORDS ? 'summary' : 'other';
}
