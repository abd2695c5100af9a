// Content or boilerplate, for a page copied as text (one block per line, no markup left).
// In the manner of jusText, in this order:
//   1. each line gets a class from its own text (length, stop-word density, sentence shape,
//      known furniture, lines repeated in the page or across the outlet, code: lineClass);
//   2. the body is the densest run of prose lines (bodyRuns.ts), with the lists a colon
//      announces at its edge (announcedLists.ts);
//   3. inside it, paywall notices and tail markers end the article, and context decides the
//      short lines;
//   4. a line printed twice in a row goes (a teaser card, a caption), and so do a line of bylines
//      and dates (metaLine.ts) and a headline that shares no word with the body around it
//      (topicalCoherence.ts);
//   5. what the article holds that the runs leave out is taken back (articleParts.ts): its
//      standfirst above the byline or its lede right above it, its table of contents with the
//      introduction above it, the fact box headed by its subject ("Mozilla" / "Founded" /
//      "1998"), its footnotes ("^ Frankel, Theodore (2004)…") and the works they cite, a
//      numbered list going on from it ("1) …"), a table one cell a line below it or between two
//      of its lines ("Groundhog Day" / "1993" / …), a list typed with bullets beside it, a spec
//      sheet ("Matière : chêne massif") between two of its parts (specSheets.ts), a list of
//      records laid out alike beside it ("Blue Origin, Kent, Washington" / "SpaceX, Hawthorne,
//      California", recordLists.ts), a live blog's timed headings ("11.04 Uhr: …"), a sentence
//      of names and figures between two kept lines, the prose going on below the body, a shop's
//      list of features under its description (productFeatures.ts), a paragraph or a heading
//      between two kept parts, the note naming where a syndicated article first ran, and the
//      first paragraphs a box cut from the body (openingParagraphs.ts);
//   6. a page whose kept lines are only teaser cards or an error message is no article
//      (textPageKind.ts): every line goes.
import { isBoxMarker, isMediaRailMarker } from './boilerplateLexicon.js';
import { announcedLists } from './announcedLists.js';
import { dropClosingBios } from './authorBios.js';
import { takeBackArticleParts } from './articleParts.js';
import { looksLikeCode } from './codeLine.js';
import { dropCreditedCaptions } from './creditedCaptions.js';
import { CJK_CHAR_WEIGHT, readingLength } from './readingLength.js';
import { bodyRuns } from './bodyRuns.js';
import { dropBracketCredits } from './bracketCredits.js';
import { foldLine } from './foldWords.js';
import { HashCounts } from './hashCounts.js';
import { pageFeatures, type LineFeatures, type PageFeatures } from './lineFeatures.js';
import { isMetaLine } from './metaLine.js';
import { dropOffTopicRuns } from './offTopicRuns.js';
import { dropPositionedCaptions } from './positionedCaptions.js';
import { dropRelatedPairs } from './relatedPairs.js';
import { dropTeaserRails } from './teaserRails.js';
import { textPageKind, type TextPageVerdict } from './textPageKind.js';
import { sharedWords, topicalOutliers, topicWords, type TopicWords } from './topicalCoherence.js';

/**
 * good: prose on its own; near-good: could be prose; short: too short to tell; bad: dense with
 * names and no function words (a menu, a tag list); furniture: known boilerplate (a lexicon
 * phrase, a caption credit, a promotion, a template line). Furniture is always dropped but,
 * unlike a menu, does not end the article: "Advertisement" or "Sign up for our briefing" sit
 * between two paragraphs of the same story.
 */
export type LineClass = 'good' | 'near-good' | 'short' | 'bad' | 'furniture';

export interface LineVerdict {
  content: boolean;
  /** Why: the class of the line, or the rule that overrode it. */
  reason: string;
}

export interface ClassifyOptions {
  /** Normalised lines that recur across the outlet's articles (CleanContext). */
  recurring?: ReadonlySet<string>;
}

/** Lines shorter than this are judged by their neighbours ("Le contexte", "Par Awa Diallo"). */
export const LINE_SHORT_CHARS = 50;
/** A line this long with prose density is content on its own. */
export const LINE_LONG_CHARS = 100;
export const LINE_STOP_HIGH = 0.25;
export const LINE_STOP_LOW = 0.12;
/**
 * A line printed this many times on one page is its template ("Article content" between every
 * paragraph, "This advertisement has not loaded yet" at each ad slot), whatever its wording.
 */
export const PAGE_REPEATS = 3;
/** Lines longer than this are never taken for template, repeated or not. */
const TEMPLATE_MAX_CHARS = 200;


export function classifyLines(lines: readonly string[], options: ClassifyOptions = {}): LineVerdict[] {
  return classifyPage(pageFeatures(lines.map((line) => line.trim())), options);
}

export function classifyPage(page: PageFeatures, options: ClassifyOptions = {}): LineVerdict[] {
  return readPage(page, options).verdicts;
}

export interface PageReading {
  verdicts: LineVerdict[];
  kind: TextPageVerdict;
}

/**
 * The verdict on each line, then on the page (textPageKind.ts): a front page's or a 404's kept
 * lines are teasers or the error message, and all go. In an article, the rails of related
 * headlines around a headline found off-topic go (teaserRails.ts), once the page kind has read
 * every card.
 */
export function readPage(page: PageFeatures, options: ClassifyOptions = {}): PageReading {
  const verdicts = lineVerdicts(page, options);
  const kind = textPageKind(page, verdicts);
  if (kind.kind !== 'article') {
    const reason = `${kind.kind}-page`;
    for (const verdict of verdicts) {
      verdict.content = false;
      verdict.reason = reason;
    }
  } else {
    dropTeaserRails(page, verdicts);
    dropRelatedPairs(page, verdicts);
    dropPositionedCaptions(page, verdicts);
    dropBracketCredits(page, verdicts);
    dropCreditedCaptions(page.lines, verdicts);
    dropOffTopicRuns(page, verdicts);
  }
  return { verdicts, kind };
}

function lineVerdicts(page: PageFeatures, options: ClassifyOptions): LineVerdict[] {
  const { lines } = page;
  const repeats = repeatedLines(lines);
  const classes: LineClass[] = [];
  for (let i = 0; i < lines.length; i++) classes.push(lineClass(lines[i], page.density?.[i] ?? null, options.recurring, repeats));
  const inBody = bodyRuns(lines, classes);
  const listed = announcedLists(lines, classes, inBody);
  for (let i = 0; i < lines.length; i++) if (listed[i]) inBody[i] = true;
  // Pushed one by one, not classes.map(…): the array map builds is packed when the builtin runs
  // and holey when optimized code inlines it, so the verdict arrays had two maps from page to page
  // and every pass reading them (postSignatures, textPageKind, the article parts) met a wrong map.
  // With postSignatures' flags: 'wrong map' deopts over six passes 33 -> 7 (after the first pass
  // 21 -> 4, lineVerdicts' 8 -> 0); callgrind, two steady passes over the 313 article-sized texts
  // after six warm ones, 994.4 M -> 960.9 M instructions (-3.4%).
  const verdicts: LineVerdict[] = [];
  for (let i = 0; i < classes.length; i++) verdicts.push({ content: false, reason: inBody[i] ? classes[i] : 'outside-body' });
  let inTail = false;
  // Below "Nos vidéos", every line is the rail's: the story never resumes there.
  let mediaRail = false;
  let topic: TopicWords | null = null;
  let inList = false;
  let paywalled = false;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    if (!inBody[i]) continue;
    // "Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés.": what
    // follows is the paywall's own pitch, however much it reads like prose.
    if (paywalled || (lines[i].paywall && seenContent)) {
      paywalled = true;
      verdicts[i].reason = 'paywall';
      continue;
    }
    const cls = classes[i];
    if (lines[i].tail) {
      const resume = isBoxMarker(lines[i].text) ? proseAfterBox(lines, classes, i) : -1;
      if (resume < 0 && !inTail) {
        inTail = true;
        topic = topicWords(page, verdicts, i);
      }
      if (resume < 0 && isMediaRailMarker(lines[i].text)) mediaRail = true;
      for (let k = i + 1; k < resume; k++) verdicts[k].reason = 'box';
      if (resume > i + 2 && isSubheadingBelowBox(lines[resume - 1], classes[resume - 1])) verdicts[resume - 1] = { content: true, reason: 'heading' };
      verdicts[i].reason = resume < 0 ? 'tail-marker' : 'box-marker';
      if (resume > 0) i = resume - 1;
      continue;
    }
    if (cls === 'furniture') {
      verdicts[i].reason = furnitureReason(lines[i], options.recurring, repeats);
      continue;
    }
    if (inTail && (mediaRail || ((cls !== 'good' || sharedWords(page, i, topic!) < TAIL_RESUME_SHARED) && !isResumedSubheading(page, classes, verdicts, i, topic!)))) {
      verdicts[i].reason = 'tail';
      continue;
    }
    if (listed[i] && cls !== 'good') {
      verdicts[i] = { content: true, reason: 'list-item' };
      seenContent = true;
      continue;
    }
    if (cls === 'good') verdicts[i].content = true;
    else if (cls === 'near-good' || cls === 'short') {
      const before = neighbourClass(classes, inBody, i, -1);
      const after = neighbourClass(classes, inBody, i, 1);
      verdicts[i].content =
        cls === 'near-good'
          ? before === 'good' || after === 'good'
          : after === 'good' && !isByline(lines[i].text) && (before === 'good' || isHeading(lines, classes, i)) &&
            (!isCapitals(lines[i].text) || (classes[i - 1] === 'good' && classes[i + 1] === 'good'));
      if (verdicts[i].content && before !== 'good') verdicts[i].reason = 'heading';
      if (!verdicts[i].content && inList && after !== 'bad') {
        verdicts[i] = { content: true, reason: 'list-item' };
      }
    }
    if (verdicts[i].content) seenContent = true;
    // "The newly selected five are:" opens a list of short items that stays with the prose.
    if (verdicts[i].content && lines[i].colon) inList = true;
    else if (cls === 'good' || cls === 'bad') inList = false;
  }
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i].content && isDoubled(lines, i)) verdicts[i] = { content: false, reason: 'doubled' };
    // A byline with its date ("Par Awa Diallo · 12 mars 2024 · Lecture 4 min") is judged like a
    // short line above (it may sit between two paragraphs), then never kept.
    // Read on kept lines only: most are paragraphs, too long to be one.
    else if (verdicts[i].content && isMetaLine(lines[i].text)) verdicts[i] = { content: false, reason: 'meta-line' };
    else if (verdicts[i].content && lines[i].caption) verdicts[i] = { content: false, reason: 'caption' };
  }
  const body: number[] = [];
  for (let i = 0; i < lines.length; i++) if (verdicts[i].content) body.push(i);
  const outliers = topicalOutliers(page, body);
  for (let k = 0; k < body.length; k++) if (outliers[k]) verdicts[body[k]] = { content: false, reason: 'off-topic' };
  takeBackArticleParts(page, classes, verdicts);
  dropClosingBios(page, verdicts);
  return verdicts;
}

export function lineClass(
  line: LineFeatures,
  density: number | null,
  recurring?: ReadonlySet<string>,
  repeats?: HashCounts,
): LineClass {
  const { text } = line;
  if (text === '' || line.furniture !== null) return 'furniture';
  if (isTemplate(line, recurring, repeats)) return 'furniture';
  // Without a stop-word list (a Japanese or Chinese page), length speaks alone, and is read as
  // the script makes it (readingLength.ts): a line of 24 CJK characters or fewer is short still.
  const length = density === null && text.length >= LINE_SHORT_CHARS / CJK_CHAR_WEIGHT && text.length < LINE_LONG_CHARS ? readingLength(text) : text.length;
  if (length < LINE_SHORT_CHARS) return looksLikeCode(text) ? 'near-good' : 'short';
  if (density === null) return line.sentence ? 'good' : length >= LINE_LONG_CHARS ? 'near-good' : 'short';
  if (density >= LINE_STOP_HIGH && (line.sentence || text.length >= LINE_LONG_CHARS)) return 'good';
  if (density >= LINE_STOP_LOW) return 'near-good';
  return looksLikeCode(text) ? 'near-good' : 'bad';
}

function isTemplate(line: LineFeatures, recurring?: ReadonlySet<string>, repeats?: HashCounts): boolean {
  if (line.key === null || line.text.length > TEMPLATE_MAX_CHARS) return false;
  if (isRecurring(line, recurring)) return true;
  return (repeats?.countOfHash(line.key) ?? 0) >= PAGE_REPEATS && !isRepeatedQuestion(line) && !isPermalinkHeading(line);
}

/**
 * A documentation page's heading ends on its permalink mark, and each of its sections may have one
 * of the same name ("Setting up¶" under each example): a heading, never a template line.
 */
function isPermalinkHeading(line: LineFeatures): boolean {
  return line.last === 0xb6 /* ¶ */;
}

/** Words a repeated question needs to be taken for the article's own refrain. */
const REFRAIN_MIN_WORDS = 4;

/**
 * An interview asks each guest the same questions ("Qu'est-ce qui vous a inspiré ?" before each
 * answer); template lines are labels, calls to action and notices ("Article content",
 * "Publicité", "Livraison estimée le samedi 7 mars."), not questions.
 */
function isRepeatedQuestion(line: LineFeatures): boolean {
  return line.wordCount >= REFRAIN_MIN_WORDS && line.last === 0x3f /* ? */;
}

function isRecurring(line: LineFeatures, recurring?: ReadonlySet<string>): boolean {
  return recurring !== undefined && recurring.size > 0 && line.key !== null && recurring.has(foldLine(line.text));
}

function furnitureReason(line: LineFeatures, recurring?: ReadonlySet<string>, repeats?: HashCounts): string {
  if (line.furniture !== null) return line.furniture;
  if (isRecurring(line, recurring)) return 'recurring';
  return line.key !== null && (repeats?.countOfHash(line.key) ?? 0) >= PAGE_REPEATS ? 'repeated' : 'empty';
}

/** The lines of the page being read, counted by repeatedLines: one table kept from page to page. */
const lineRepeats = new HashCounts();

/**
 * How many times each short line is printed on the page (by line hash; an empty line has none),
 * until the next page is read.
 */
function repeatedLines(lines: readonly LineFeatures[]): HashCounts {
  lineRepeats.reset(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const { key, wordCount } = lines[i];
    if (key !== null && wordCount > 0) lineRepeats.countIn(lineRepeats.add(key), i);
  }
  return lineRepeats;
}

/**
 * jusText's heading rule: a short line without a sentence end, right above a paragraph of prose,
 * heads that paragraph ("Clinching in November" / "On Monday, Switzerland and Denmark…").
 */
function isHeading(lines: readonly LineFeatures[], classes: readonly LineClass[], i: number): boolean {
  return !lines[i].sentence && i + 1 < lines.length && classes[i + 1] === 'good';
}

/** How near a copy of a line must be to make it a card's second label rather than a refrain. */
export const DOUBLED_DISTANCE = 2;
/** Shorter lines ("Read more", a name) repeat for other reasons. */
const DOUBLED_MIN_WORDS = 3;

/**
 * A line printed again one or two lines further is a teaser card (the link and the image's
 * alternative text both give the headline) or a caption (the alternative text and the
 * figure's caption): a writer does not repeat a sentence at once, but an interviewer may ask
 * each guest the same question. On the shared slice 308 such lines are boilerplate and 12 article.
 */
function isDoubled(lines: readonly LineFeatures[], i: number): boolean {
  const line = lines[i];
  if (line.wordCount < DOUBLED_MIN_WORDS) return false;
  // A question asked again two lines on is an interview's; printed twice in a row, a teaser's.
  const reach = isRepeatedQuestion(line) ? 1 : DOUBLED_DISTANCE;
  for (let j = Math.max(0, i - reach); j <= i + reach && j < lines.length; j++) {
    if (j !== i && lines[j].key === line.key && lines[j].text === line.text) return true;
  }
  return false;
}

/**
 * A byline left alone on its line: "Par Awa Diallo", "By Jane Doe", "Von Ines Zöttl". "De" only
 * in lower case: "De Gaulle à Colombey" is no byline.
 */
const BYLINE = /^(?:[Pp]ar|[Bb]y|de|[Vv]on|[Pp]or)\s+\p{Lu}/u;

function isByline(line: string): boolean {
  return BYLINE.test(line);
}

const HAS_LETTER = /\p{L}/u;

/**
 * "INTERNATIONAL", "WHAT'S NEXT": a section label when it stands apart, a subheading when it
 * sits right between two paragraphs. A line of figures alone ("11:14", "137") is judged as
 * strictly; a script without case (Chinese, Japanese) is not in capitals: "关注点多与所学专业相关"
 * heads the paragraph below it like any subheading.
 */
function isCapitals(line: string): boolean {
  // A lower-case ASCII letter is a letter that upper case changes: most lines asked hold one, and
  // are answered without a regex or a new string.
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  if (!HAS_LETTER.test(line)) return true;
  // Upper case first: most lines asked are not in capitals, and are then never lower-cased.
  return line === line.toUpperCase() && line !== line.toLowerCase();
}

/**
 * After a tail marker inside the body ("Related", "Mehr aus dem Ressort"), prose is the story
 * going on below a sidebar box only if it speaks of what the article spoke of before the marker:
 * this many of its content words are the article's. The teasers of a "Most Read" box are
 * sentences too, on other topics.
 */
export const TAIL_RESUME_SHARED = 2;

/**
 * Below a tail marker, a short line between two paragraphs the story resumed with is its
 * subheading ("…a financé des groupes armés." / "À qui appartient le navire ?" / "Le propriétaire
 * du navire est une société…"), judged then as any short line: a box's headline stands between
 * teasers, or above a paragraph the article's words do not fill.
 */
function isResumedSubheading(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[], i: number, topic: TopicWords): boolean {
  return classes[i] === 'short' && i > 0 && verdicts[i - 1].content && classes[i + 1] === 'good' && sharedWords(page, i + 1, topic) >= TAIL_RESUME_SHARED;
}

/** Ends a sentence or a label: a line so closed heads no paragraph. */
const CLOSED_LINE = /[.!?:;]$/u;

/**
 * The story resumes below a box under its own subheading: "Mehr zum Thema" / "Gaetz verzichtet auf
 * Posten als Justizminister" / "Bondi schon lange in Trumps Orbit" / "Die 59-Jährige ist schon
 * länger…". The line right above the resumed prose, under at least one of the box's links, is the
 * story's when it is short: a teaser's headline runs longer (on the shared slice the 6 such lines
 * of 50 characters or more are teasers, the 3 shorter ones subheadings).
 */
function isSubheadingBelowBox(line: LineFeatures, cls: LineClass): boolean {
  return cls === 'short' && line.wordCount > 0 && !line.caption && !CLOSED_LINE.test(line.text);
}

/** A box of links is a few teasers: "À lire aussi" / one to three headlines (furniture not counted). */
export const BOX_MAX_LINES = 4;

/**
 * Where the story resumes after a "Lire aussi" box opening at line `marker`: the first prose
 * line within BOX_MAX_LINES that more prose follows before any menu-like line; -1 when none, and
 * the marker then ends the article as any tail marker does.
 */
function proseAfterBox(lines: readonly LineFeatures[], classes: readonly LineClass[], marker: number): number {
  let seen = 0;
  for (let i = marker + 1; seen <= BOX_MAX_LINES && i < classes.length && !lines[i].tail; i++) {
    if (classes[i] !== 'furniture') seen++;
    if (classes[i] !== 'good') continue;
    for (let k = i + 1; k < classes.length && classes[k] !== 'bad' && !lines[k].tail; k++) if (classes[k] === 'good') return i;
  }
  return -1;
}

/** The nearest line on one side that says something (good or bad), within the body. */
function neighbourClass(classes: readonly LineClass[], inBody: readonly boolean[], from: number, step: 1 | -1): LineClass | null {
  for (let i = from + step; i >= 0 && i < classes.length && inBody[i]; i += step) {
    if (classes[i] === 'good' || classes[i] === 'bad') return classes[i];
  }
  return null;
}
