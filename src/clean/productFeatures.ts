// A product's features listed under its description, on a shop page copied as text: "…idéal pour
// aménager sa terrasse ou son salon." / "Les avantages produits" / "Intérieur & extérieur" /
// "Jusqu'à 11h d'autonomie" / "Facile à transporter". Short lines without a sentence end, so the
// line classes read them as a menu; yet what an analyst pasting a product page wants is the
// description and what the product does.
//
// A menu below an article looks alike: "Rubriques" / "Politique" / "Économie". Three things tell
// the features apart:
//   - the page sells: it prints prices alone on their lines ("79,00 €", "149,00 € 199,00 €"), which
//     a news page does not, or once;
//   - the list stands right under a paragraph of the description, behind one short heading;
//   - each feature is a phrase, not a name: some word after its first starts in lower case ("Cuve
//     amovible pour un nettoyage express", "2 poignées de transport"), where menu entries and a
//     spec table's labels are names ("Marque", "Martinsen", "Code EAN"), and the list ends there.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** A heading names the list: "Fonctionnalités", "Les avantages produits", "Points forts". */
export const FEATURE_HEADING_MAX_WORDS = 4;
/** Fewer features make no list: two short lines under a heading may be anything. */
export const FEATURES_MIN = 3;
/** A feature is a phrase; a longer line is a sentence or a teaser's headline. */
export const FEATURE_MAX_WORDS = 8;
/** A list longer than this is a menu of phrases ("Idées cadeaux pour la fête des pères" …). */
export const FEATURES_MAX = 12;
/** The paragraph the list hangs under says something: a description, not a label. */
export const DESCRIPTION_MIN_WORDS = 8;
/** Prices printed alone on their lines that make a page a shop's. */
export const SHOP_MIN_PRICES = 2;

/** A price alone: "79,00 €", "149,00 € 199,00 €", "+ 7,90 €", "$21.99", "£1,195.00", "CHF 12.50". */
const PRICE_LINE = /^[-+]?\s?(?:(?:[€$£]|CHF|EUR)\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|\$|£|CHF|EUR))(?:\s+(?:(?:[€$£]|CHF|EUR)\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|\$|£|CHF|EUR)))*$/u;
/** A word after the first that starts in lower case: the feature is a phrase. */
const LOWER_WORD_AFTER_FIRST = /\s\p{Ll}/u;
const DIGIT = /\d/;
/** Ends a sentence or a label: the line says something or announces something, it is no feature. */
const CLOSED = /[.!?:;]$/u;

/** For each line, whether it is a feature listed under a product's description (see above). */
export function productFeatures(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  let shop: boolean | null = null;
  let taken: boolean[] | null = null;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!verdicts[i].content || verdicts[i + 1].content || !isDescription(lines[i]) || !isHeading(lines[i + 1])) continue;
    let end = i + 2;
    while (end < lines.length && end - i - 2 <= FEATURES_MAX && !verdicts[end].content && isFeature(lines[end])) end++;
    const count = end - i - 2;
    if (count < FEATURES_MIN || count > FEATURES_MAX) continue;
    shop ??= isShopPage(lines);
    if (!shop) return [];
    taken ??= new Array<boolean>(lines.length).fill(false);
    for (let k = i + 1; k < end; k++) taken[k] = true;
    i = end - 1;
  }
  return taken ?? [];
}

function isDescription(line: LineFeatures): boolean {
  return line.sentence && line.wordCount >= DESCRIPTION_MIN_WORDS;
}

/**
 * A heading names the list and holds no figure: "Livraison offerte dès 299€" over "Click & Collect
 * à Lille" / "Payez en 3, 4 ou 10x" heads the shop's terms of sale, not the product's features.
 */
function isHeading(line: LineFeatures): boolean {
  return line.wordCount >= 1 && line.wordCount <= FEATURE_HEADING_MAX_WORDS && !DIGIT.test(line.text) && isListLine(line);
}

function isFeature(line: LineFeatures): boolean {
  return line.wordCount >= 2 && line.wordCount <= FEATURE_MAX_WORDS && isListLine(line) && LOWER_WORD_AFTER_FIRST.test(line.text);
}

function isListLine(line: LineFeatures): boolean {
  return line.furniture === null && !line.tail && !line.paywall && !line.caption && !CLOSED.test(line.text) && !PRICE_LINE.test(line.text);
}

function isShopPage(lines: readonly LineFeatures[]): boolean {
  let prices = 0;
  for (const line of lines) {
    if (line.wordCount <= 4 && PRICE_LINE.test(line.text) && ++prices >= SHOP_MIN_PRICES) return true;
  }
  return false;
}
