// Parts of the article that the line classes leave out, taken back once the prose is judged: they
// are names, figures, identifiers, with few stop words, so they read as menus line by line; where
// they stand beside the article and what shape they have says they are its own.
import type { LineClass, LineVerdict } from './classifyLines.js';
import { BULLET_MARKS, bulletLists, MIN_BULLETS } from './bulletLists.js';
import { cjkContinuation } from './cjkContinuation.js';
import { sectionAboveNotes } from './closingSections.js';
import { headingsBetweenParts } from './headingsBetweenParts.js';
import { infobox, INFOBOX_MIN_LINES } from './infobox.js';
import { interviewPrompts, MIN_ANSWERED_COPIES } from './interviewPrompts.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { namedHeadings } from './namedHeadings.js';
import { MIN_NOTES, NOTE_MARKS, noteLists } from './noteLists.js';
import { MIN_ITEMS, numberedLists } from './numberedLists.js';
import { CONTINUATION_MIN_WORDS, proseContinuation } from './proseContinuation.js';
import { OPENING_MIN_RUN, OPENING_MIN_WORDS, openingParagraphs } from './openingParagraphs.js';
import { PARAGRAPH_MIN_WORDS, paragraphsBetweenParts } from './paragraphsBetweenParts.js';
import { postSignatures, SIGNATURE_DASHES } from './postSignatures.js';
import { FEATURES_MIN, productFeatures } from './productFeatures.js';
import { provenanceNotes } from './provenanceNotes.js';
import { RECORD_LIST_MIN_ITEMS, recordLists } from './recordLists.js';
import { recordTables } from './recordTables.js';
import { RESUME_MIN_WORDS, resumedProse } from './resumedProse.js';
import { sandwichedSentences } from './sandwichedSentences.js';
import { SPEC_MIN_LINES, specSheets } from './specSheets.js';
import { standfirst } from './standfirst.js';
import { MIN_ENTRIES, tableOfContents } from './tableOfContents.js';
import { MIN_TIMED_HEADINGS, tickerHeadings } from './tickerHeadings.js';

/** Whether each line is a part found; a finder that finds nothing may return an empty list. */
type ArticlePartFinder = (page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]) => boolean[];

/** A finder that reads the lines and the verdicts only. */
function onLines(find: (lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]) => boolean[]): ArticlePartFinder {
  return (page, _classes, verdicts) => find(page.lines, verdicts);
}

/**
 * A finder, the reason its lines get, and when it may find anything at all, so that it is not run
 * on a page where it cannot (most pages: each finder takes lines back on a few of them):
 *   - minRun: the fewest lines left out in a row that it takes back at once. A spec sheet is
 *     SPEC_MIN_LINES lines left out one after the other ("Dimensions :" / "- 13,3 x 21,2 cm" /
 *     …); the lines the verdicts left out only become fewer as the finders go, so a page whose
 *     longest stretch of them is shorter (most article-sized texts: one line here and there,
 *     a caption, a byline) holds none, now or after any finder;
 *   - after: a reason that must have been given already (the standfirst above a contents list, a
 *     "See also" list above the notes read the lines those finders took);
 *   - opens: the chars its lines open on, how many such lines a part of it holds at least, kept
 *     or not ("^ …" footnotes, "1) …" items, "11.04 Uhr: …" timed headings, "— Name (@handle)"
 *     signatures), and how many of them it takes back at least (left out, then): a page with
 *     fewer has none;
 *   - proseWords: it takes back prose the body search left outside the body, and at least one
 *     sentence of this many words (classifyLines' reason 'outside-body'): on a page whose longest
 *     such sentence is shorter (half the article-sized texts hold none of 8 words), it finds none.
 */
interface ArticlePart {
  find: ArticlePartFinder;
  reason: string;
  minRun: number;
  after?: string;
  opens?: { on: string; lines: number; leftOut: number };
  proseWords?: number;
}

const DIGITS = '0123456789';
/** The dashes an interview's reply opens on (interviewPrompts' isDashReply). */
const REPLY_DASHES = '—–';

/**
 * The finders, in this order: each sees what the ones before took back (a table below a
 * numbered list starts from its last item). The runs each needs, by its own rule: tableOfContents
 * MIN_ENTRIES entries left out (entryRuns); infobox INFOBOX_MIN_LINES lines above the first kept
 * one; recordLists RECORD_LIST_MIN_ITEMS items left out, below or above a kept line (isItem);
 * productFeatures a heading and FEATURES_MIN features left out; openingParagraphs
 * OPENING_MIN_RUN paragraphs outside the body. The others may take back a line alone. The lines
 * each needs by their first char: noteLists MIN_NOTES lines of notes (isNoteLine), kept maybe (it
 * may take back only their heading or the works they cite); numberedLists items 1 to MIN_ITEMS at
 * least (itemNumber: a digit first), the first left out; bulletLists MIN_BULLETS bullets in a row
 * (isBullet), and it takes back only bullets; tickerHeadings MIN_TIMED_HEADINGS timed lines
 * (isTimed: a digit first), and it takes back only entries opening on one left out;
 * postSignatures a signature left out (isSignature); interviewPrompts MIN_ANSWERED_COPIES
 * replies, kept, opening on a dash (isDashReply: "— Des pâtes…"). The sentences outside the body
 * each needs: resumedProse one of RESUME_MIN_WORDS, paragraphsBetweenParts of PARAGRAPH_MIN_WORDS,
 * proseContinuation a long one of CONTINUATION_MIN_WORDS (the short ones it carries come with
 * it), openingParagraphs OPENING_MIN_RUN of OPENING_MIN_WORDS.
 */
const ARTICLE_PARTS: readonly ArticlePart[] = [
  { find: standfirst, reason: 'standfirst', minRun: 1 },
  { find: tableOfContents, reason: 'contents', minRun: MIN_ENTRIES },
  { find: standfirstAboveContents, reason: 'standfirst', minRun: 1, after: 'contents' },
  { find: infobox, reason: 'infobox', minRun: INFOBOX_MIN_LINES },
  { find: onLines(noteLists), reason: 'note', minRun: 1, opens: { on: NOTE_MARKS, lines: MIN_NOTES, leftOut: 0 } },
  { find: onLines(numberedLists), reason: 'numbered-item', minRun: 1, opens: { on: DIGITS, lines: MIN_ITEMS, leftOut: 1 } },
  { find: onLines(recordTables), reason: 'table-cell', minRun: 1 },
  { find: onLines(bulletLists), reason: 'bullet-item', minRun: 1, opens: { on: BULLET_MARKS, lines: MIN_BULLETS, leftOut: 1 } },
  { find: onLines(specSheets), reason: 'spec-line', minRun: SPEC_MIN_LINES },
  { find: onLines(recordLists), reason: 'record-item', minRun: RECORD_LIST_MIN_ITEMS },
  { find: onLines(sectionAboveNotes), reason: 'see-also', minRun: 1, after: 'note' },
  { find: resumedProse, reason: 'prose-resumed', minRun: 1, proseWords: RESUME_MIN_WORDS },
  { find: onLines(tickerHeadings), reason: 'ticker-heading', minRun: 1, opens: { on: DIGITS, lines: MIN_TIMED_HEADINGS, leftOut: 1 } },
  { find: onLines(postSignatures), reason: 'post-signature', minRun: 1, opens: { on: SIGNATURE_DASHES, lines: 1, leftOut: 1 } },
  { find: paragraphsBetweenParts, reason: 'paragraph-between', minRun: 1, proseWords: PARAGRAPH_MIN_WORDS },
  { find: onLines(sandwichedSentences), reason: 'sandwiched-sentence', minRun: 1 },
  { find: onLines(proseContinuation), reason: 'prose-continued', minRun: 1, proseWords: CONTINUATION_MIN_WORDS },
  { find: onLines(cjkContinuation), reason: 'prose-continued', minRun: 1 },
  { find: onLines(productFeatures), reason: 'product-feature', minRun: FEATURES_MIN + 1 },
  { find: headingsBetweenParts, reason: 'heading', minRun: 1 },
  { find: onLines(provenanceNotes), reason: 'provenance', minRun: 1 },
  { find: openingParagraphs, reason: 'opening-paragraph', minRun: OPENING_MIN_RUN, proseWords: OPENING_MIN_WORDS },
  { find: onLines(interviewPrompts), reason: 'interview-prompt', minRun: 1, opens: { on: REPLY_DASHES, lines: MIN_ANSWERED_COPIES, leftOut: 0 } },
  { find: onLines(namedHeadings), reason: 'heading', minRun: 1 },
];

/** For each char, the finders whose lines may open on it: a bit each, by their place in OPENING_PARTS. */
const OPENING_PARTS = ARTICLE_PARTS.filter((part) => part.opens !== undefined);
const OPENERS = new Uint8Array(0x10000);
OPENING_PARTS.forEach((part, bit) => {
  for (const c of part.opens!.on) OPENERS[c.charCodeAt(0)] |= 1 << bit;
});
/**
 * How many lines of the page open on a char of each finder's `opens`, and how many of those are
 * left out, before any finder runs (reused from page to page).
 */
const opened = new Int32Array(OPENING_PARTS.length);
const openedLeftOut = new Int32Array(OPENING_PARTS.length);

/** Counts the lines of the page that open on each finder's chars: one char read a line. */
function countOpeners(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): void {
  opened.fill(0);
  openedLeftOut.fill(0);
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i];
    const leftOut = !verdicts[i].content;
    for (let bits = text.length === 0 ? 0 : OPENERS[text.charCodeAt(0)]; bits !== 0; bits &= bits - 1) {
      const bit = 31 - Math.clz32(bits & -bits);
      opened[bit]++;
      if (leftOut) openedLeftOut[bit]++;
    }
  }
}

/** Whether `part` may find anything on this page, from what the gates above read of it. */
function mayFind(part: ArticlePart, longestRun: number, proseWords: number, given: ReadonlySet<string>): boolean {
  if (longestRun < part.minRun || (part.after !== undefined && !given.has(part.after))) return false;
  if (part.proseWords !== undefined && proseWords < part.proseWords) return false;
  if (part.opens === undefined) return true;
  const bit = OPENING_PARTS.indexOf(part);
  return opened[bit] >= part.opens.lines && openedLeftOut[bit] >= part.opens.leftOut;
}

/**
 * The standfirst is looked for again above a table of contents taken back: it stands above the
 * contents ("Le point sur la situation…" / "Sommaire" / the entries), out of reach from the body
 * below them. Only then: a second search above a standfirst found takes a page's other summaries.
 */
function standfirstAboveContents(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]): boolean[] {
  const first = verdicts.findIndex((v) => v.content);
  return first > 0 && verdicts[first].reason === 'contents' ? standfirst(page, classes, verdicts) : [];
}

/**
 * Marks as content, in `verdicts`, the lines each finder takes back. A finder only ever turns a
 * line left out into content, and what it finds counts only on such lines: a page with no line
 * left out (a quarter of the article-sized texts) has nothing to take back, and no finder is run.
 */
export function takeBackArticleParts(page: PageFeatures, classes: readonly LineClass[], verdicts: LineVerdict[]): void {
  let longestRun = 0;
  // The longest sentence outside the body, in words (lines only leave it, taken back).
  let proseWords = 0;
  for (let i = 0, run = 0; i < verdicts.length; i++) {
    run = verdicts[i].content ? 0 : run + 1;
    if (run > longestRun) longestRun = run;
    const line = page.lines[i];
    if (line.sentence && line.wordCount > proseWords && verdicts[i].reason === 'outside-body') proseWords = line.wordCount;
  }
  if (longestRun === 0) return;
  countOpeners(page.lines, verdicts);
  const given = new Set<string>();
  for (const part of ARTICLE_PARTS) {
    if (!mayFind(part, longestRun, proseWords, given)) continue;
    const { find, reason } = part;
    const found = find(page, classes, verdicts);
    for (let i = 0; i < found.length; i++) {
      if (!found[i] || verdicts[i].content) continue;
      verdicts[i] = { content: true, reason };
      given.add(reason);
    }
  }
}
