// A document speaks for its author: "selon un nouveau bilan du ministère de l'Intérieur publié
// samedi" -> the ministry; "the report by Human Rights Watch" -> Human Rights Watch.
import type { QuoteContext } from './context.js';

/** Link a document to its author: "le rapport de l'ONU", "les chiffres publiés par l'OMS". */
const AUTHOR_LINKS = new Set(['par', 'de', 'du', 'des', "d'", 'by', 'of', 'from']);
/**
 * Ends the author's name: "du ministère de l'Intérieur publié dans la nuit" -> "ministère de
 * l'Intérieur". A past participle after the author describes the document, not the author.
 */
const PARTICIPLE = /^\p{Ll}+(?:é|ée|és|ées|ed)$/u;

/**
 * Tokens [first, last] of the author when tokens [first, end) are "[det] [adj] document … de
 * AUTHOR", else null. Adjectives before the noun ("un nouveau bilan") are skipped.
 */
export function documentAuthor(ctx: QuoteContext, first: number, end: number): [number, number] | null {
  const { tokens, locale } = ctx;
  let k = first;
  while (k < end && (locale.determiners.has(tokens[k].lower) || locale.roleStopwords.has(tokens[k].lower))) k++;
  if (k >= end || !locale.documentNouns.has(tokens[k].lower)) return null;
  for (let j = k + 1; j < end - 1; j++) {
    if (!AUTHOR_LINKS.has(tokens[j].lower)) continue;
    let last = j + 1;
    while (last + 1 < end && !PARTICIPLE.test(tokens[last + 1].text)) last++;
    return [j + 1, last];
  }
  return null;
}
