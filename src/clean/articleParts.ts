// Parts of the article that the line classes leave out, taken back once the prose is judged: they
// are names, figures, identifiers, with few stop words, so they read as menus line by line; where
// they stand beside the article and what shape they have says they are its own.
import type { LineClass, LineVerdict } from './classifyLines.js';
import { bulletLists } from './bulletLists.js';
import { sectionAboveNotes } from './closingSections.js';
import { headingsBetweenParts } from './headingsBetweenParts.js';
import { infobox } from './infobox.js';
import { interviewPrompts } from './interviewPrompts.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { noteLists } from './noteLists.js';
import { numberedLists } from './numberedLists.js';
import { proseContinuation } from './proseContinuation.js';
import { openingParagraphs } from './openingParagraphs.js';
import { paragraphsBetweenParts } from './paragraphsBetweenParts.js';
import { postSignatures } from './postSignatures.js';
import { productFeatures } from './productFeatures.js';
import { provenanceNotes } from './provenanceNotes.js';
import { recordLists } from './recordLists.js';
import { recordTables } from './recordTables.js';
import { resumedProse } from './resumedProse.js';
import { sandwichedSentences } from './sandwichedSentences.js';
import { specSheets } from './specSheets.js';
import { standfirst } from './standfirst.js';
import { tableOfContents } from './tableOfContents.js';
import { tickerHeadings } from './tickerHeadings.js';

/** Whether each line is a part found; a finder that finds nothing may return an empty list. */
type ArticlePartFinder = (page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]) => boolean[];

/** A finder that reads the lines and the verdicts only. */
function onLines(find: (lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]) => boolean[]): ArticlePartFinder {
  return (page, _classes, verdicts) => find(page.lines, verdicts);
}

/**
 * The finders, each with the reason its lines get, in this order: each sees what the ones before
 * took back (a table below a numbered list starts from its last item).
 */
const ARTICLE_PARTS: readonly (readonly [ArticlePartFinder, string])[] = [
  [standfirst, 'standfirst'],
  [tableOfContents, 'contents'],
  [standfirstAboveContents, 'standfirst'],
  [infobox, 'infobox'],
  [onLines(noteLists), 'note'],
  [onLines(numberedLists), 'numbered-item'],
  [onLines(recordTables), 'table-cell'],
  [onLines(bulletLists), 'bullet-item'],
  [onLines(specSheets), 'spec-line'],
  [onLines(recordLists), 'record-item'],
  [onLines(sectionAboveNotes), 'see-also'],
  [resumedProse, 'prose-resumed'],
  [onLines(tickerHeadings), 'ticker-heading'],
  [onLines(postSignatures), 'post-signature'],
  [paragraphsBetweenParts, 'paragraph-between'],
  [onLines(sandwichedSentences), 'sandwiched-sentence'],
  [onLines(proseContinuation), 'prose-continued'],
  [onLines(productFeatures), 'product-feature'],
  [headingsBetweenParts, 'heading'],
  [onLines(provenanceNotes), 'provenance'],
  [openingParagraphs, 'opening-paragraph'],
  [onLines(interviewPrompts), 'interview-prompt'],
];

/**
 * The standfirst is looked for again above a table of contents taken back: it stands above the
 * contents ("Le point sur la situation…" / "Sommaire" / the entries), out of reach from the body
 * below them. Only then: a second search above a standfirst found takes a page's other summaries.
 */
function standfirstAboveContents(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]): boolean[] {
  const first = verdicts.findIndex((v) => v.content);
  return first > 0 && verdicts[first].reason === 'contents' ? standfirst(page, classes, verdicts) : [];
}

/** Marks as content, in `verdicts`, the lines each finder takes back. */
export function takeBackArticleParts(page: PageFeatures, classes: readonly LineClass[], verdicts: LineVerdict[]): void {
  for (const [find, reason] of ARTICLE_PARTS) {
    const found = find(page, classes, verdicts);
    for (let i = 0; i < found.length; i++) if (found[i] && !verdicts[i].content) verdicts[i] = { content: true, reason };
  }
}
