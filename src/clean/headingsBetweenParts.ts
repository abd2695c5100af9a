// A subheading between two parts of the article that were kept for different reasons: "…Four teams
// from there will join the field of 20." (prose going on below the body) / "Clinching in November"
// / "On Monday, Switzerland and Denmark clinched…" (a new run of the body); or a table of contents
// above "Conclusion" above the first paragraph. jusText's heading rule (classifyLines.ts) reads
// a short line by its neighbours inside one run of the body; a heading where one run ends and the
// next begins stands outside both, and the finders that took back the part above it do not look
// below. A short line without a sentence end, with a kept line right above it and a paragraph of
// prose kept right below it, heads that paragraph: a menu or a teaser's label stands among other
// short lines, not between two kept parts.
//
// On the shared slice: 5 article lines, none of boilerplate (one unlabelled "Afficher plus").
// A review round-up's two-line headings between two of its paragraphs (isTwoLineHeading): 2 more,
// none false.
import type { LineClass, LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';

/** A byline left alone between the standfirst and the body is no heading: "By Jane Doe", "Par Awa Diallo". */
const BYLINE = /^(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or)\s+\p{Lu}/u;

const DIGIT = /\d/;

/** A label in capitals of a few words: "US FALLS", "WHAT'S NEXT", "BOYS SOCCER". */
const CAPITALS_LABEL = /^[\p{Lu}][\p{Lu}'’ -]{2,40}$/u;
/**
 * Two words at least: one alone is an acronym as often ("DJI", "TT-RSS", unlabelled on the shared
 * slice); more than four make a shouted sentence or a menu's line, not a subheading.
 */
const CAPITALS_MIN_WORDS = 2;
const CAPITALS_MAX_WORDS = 4;

function isCapitalsLabel(text: string): boolean {
  if (!CAPITALS_LABEL.test(text)) return false;
  const words = text.split(' ').length;
  return words >= CAPITALS_MIN_WORDS && words <= CAPITALS_MAX_WORDS;
}

/** For each line, whether it is a heading between two kept parts of the article (see above). */
export function headingsBetweenParts(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]): boolean[] {
  const { lines } = page;
  let taken: boolean[] | null = null;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (verdicts[i].content || classes[i] !== 'short' || !verdicts[i - 1].content || !verdicts[i + 1].content) continue;
    // Inside the body, a short line left out between two kept ones is a subheading in capitals
    // that the line classes read as a section label ("…among the more than 12,000 fans." / "US
    // FALLS" / "The United States lost to Canada…"): kept lines on both sides say it heads the next.
    const inBody = verdicts[i].reason === 'short' && isCapitalsLabel(lines[i].text);
    if (!inBody && (verdicts[i].reason !== 'outside-body' || classes[i + 1] !== 'good')) continue;
    const line = lines[i];
    // A question heads an answer ("Was ist über den Tanker bekannt?"); another sentence end does not head.
    if (line.sentence && line.last !== 0x3f /* ? */) continue;
    if (line.wordCount === 0 || line.furniture !== null || line.caption || line.tail || line.paywall || BYLINE.test(line.text)) continue;
    // A line with a figure there is a date or a count ("Posted on December 23, 2012, 4:42 PM EDT",
    // "1 of 6"), not a heading.
    if (DIGIT.test(line.text)) continue;
    taken ??= new Array<boolean>(lines.length).fill(false);
    taken[i] = true;
  }
  for (let i = 1; i + 2 < lines.length; i++) {
    if (!isTwoLineHeading(lines, classes, verdicts, i)) continue;
    taken ??= new Array<boolean>(lines.length).fill(false);
    taken[i] = taken[i + 1] = true;
  }
  return taken ?? [];
}

/** The verdicts of lines the body held and the classes left out: these may be read again. */
const CLASS_REASONS: ReadonlySet<string> = new Set(['short', 'bad']);
/** A title line of a two-line heading: "The Death and Life of Marsha P. Johnson (docu, 1h45, Netflix)". */
const TITLE_MAX_WORDS = 14;
const CLOSED = /[.!?:;]$/u;

/**
 * A review round-up heads each item with two lines, a kicker and the work's title: "…a le mérite
 * de défendre avec une passion…" / "Pour honorer la mémoire d'une icône queer" / "The Death and Life
 * of Marsha P. Johnson (docu, 1h45, Netflix)" / "Marsha, la «Rosa Parks du mouvement LGBTQ»…". The
 * title is names and figures, a menu's line for the classes, and the kicker above it then has no
 * paragraph right below. Both between two kept paragraphs of the body, the kicker without a figure
 * or a sentence end, the title closed by no sentence end either: the item's heading.
 */
function isTwoLineHeading(lines: readonly LineFeatures[], classes: readonly LineClass[], verdicts: readonly LineVerdict[], i: number): boolean {
  if (!verdicts[i - 1].content || classes[i - 1] !== 'good' || !verdicts[i + 2].content || classes[i + 2] !== 'good') return false;
  if (verdicts[i].content || verdicts[i + 1].content || !CLASS_REASONS.has(verdicts[i].reason) || !CLASS_REASONS.has(verdicts[i + 1].reason)) return false;
  const kicker = lines[i];
  const title = lines[i + 1];
  if (classes[i] !== 'short' || kicker.sentence || DIGIT.test(kicker.text) || BYLINE.test(kicker.text)) return false;
  return title.wordCount > 0 && title.wordCount <= TITLE_MAX_WORDS && !CLOSED.test(title.text) && title.furniture === null && !title.caption && !title.tail && !kicker.caption && kicker.furniture === null;
}
