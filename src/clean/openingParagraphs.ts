// The article's first paragraphs, cut from the body by what a template prints between them: a
// newsletter box, a gallery, a table of products ("We have all heard of antioxidants…" / "We are
// of course talking about Glutathione…" / "What is Glutathione?" / "Glutathione is a simple
// molecule…" / "Where Can You Get Glutathione?" / the body), or on a shop page the product's
// description under its name, above the price and the basket buttons, with the long description
// further down ("À la recherche d'un outil de cuisson compact et performant ? Découvrez le
// barbecue…" / "Son petit format est idéal pour les petits extérieurs…"). The densest-run search
// keeps the longest stretch of prose, and these stay above it.
//
// Two long sentences of prose in a row, above the body, each sharing many of its content words,
// open the article: a teaser above an article is one summary under its headline, a caption one
// sentence, and a notice or a pitch shares few of the article's words. Not among a text's first
// lines (its title and lead, see LEDE_FIRST_LINE: a clean pasted article's lead weighs in events
// clustering).
//
// On the shared slice: 11 article lines, 1 of boilerplate (an encyclopedia's formula, printed as
// a sentence between two of its own introduction's lines).
import type { LineClass, LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { LEDE_FIRST_LINE } from './standfirst.js';
import { sharedWords, topicWords, type TopicWords } from './topicalCoherence.js';

/** A paragraph of this many words says something; a headline, a teaser's summary or a caption says less. */
export const OPENING_MIN_WORDS = 15;
/** Content words each paragraph shares with the article: a teaser for another story shares a few. */
export const OPENING_SHARED_WORDS = 5;
/** One paragraph alone may be a teaser's summary: it takes two in a row. */
export const OPENING_MIN_RUN = 2;

/** For each line, whether it is one of the article's paragraphs above the body (see above). */
export function openingParagraphs(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]): boolean[] {
  const { lines } = page;
  const first = verdicts.findIndex((v) => v.content);
  let topic: TopicWords | null = null;
  let taken: boolean[] | null = null;
  for (let i = LEDE_FIRST_LINE; i < first; i++) {
    let end = i;
    while (end < first && isParagraph(lines[end], classes[end], verdicts[end])) end++;
    if (end - i >= OPENING_MIN_RUN) {
      topic ??= topicWords(page, verdicts, lines.length);
      // The run is cut where a paragraph shares too few words; what is left must still be a run.
      let start = i;
      for (let k = i; k <= end; k++) {
        if (k < end && sharedWords(page, k, topic) >= OPENING_SHARED_WORDS) continue;
        if (k - start >= OPENING_MIN_RUN) {
          taken ??= new Array<boolean>(lines.length).fill(false);
          for (let m = start; m < k; m++) taken[m] = true;
        }
        start = k + 1;
      }
    }
    i = end;
  }
  return taken ?? [];
}

function isParagraph(line: LineFeatures, cls: LineClass, verdict: LineVerdict): boolean {
  return (
    cls === 'good' &&
    verdict.reason === 'outside-body' &&
    line.sentence &&
    line.wordCount >= OPENING_MIN_WORDS &&
    line.furniture === null &&
    !line.caption &&
    !line.tail &&
    !line.paywall
  );
}
