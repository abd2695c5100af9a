// The outlet talking to its reader about itself rather than reporting: "Écoutez Boucle FM en
// direct sur 98.4 et sur notre application.", "Retrouvez l'intégralité de notre édition en
// kiosque et sur abonnement.", "Share your thoughts and join the conversation in the comments."
// Such lines are full sentences, so stop-word density takes them for prose; their vocabulary
// gives them away: two promotion words, or one with the outlet naming itself ("notre", "our").
import { PROMO_EN } from './locales/en/promo.js';
import { PROMO_FR } from './locales/fr/promo.js';
import { PROMO_DE, PROMO_ES, PROMO_IT } from './locales/more/promo.js';

export interface PromoLexicon {
  /** Words of subscriptions, apps, newsletters, comments, ads. */
  cues: readonly string[];
  /** The outlet naming itself ("notre", "our"): "you" alone is the voice of many a blog post. */
  address: readonly string[];
}

const LEXICONS: readonly PromoLexicon[] = [PROMO_FR, PROMO_EN, PROMO_DE, PROMO_ES, PROMO_IT];
const CUES: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.cues));
const ADDRESS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.address));

/**
 * Promotion is said in a sentence or two; a longer paragraph that names an app or a newsletter
 * is reporting about one. Without the outlet naming itself, two promotion words mark only a
 * short line: a blogger's "…a published blog post; an email inbox; a webinar; a podcast…" is prose.
 */
export const PROMO_MAX_WORDS = 40;
export const PROMO_UNSIGNED_MAX_WORDS = 20;

/**
 * A quotation may well say "notre application" ("« Téléchargez notre application », a dit le
 * ministre"): quoted speech is reporting, never promotion.
 */
const QUOTE_MARK = /[«»“”"„]/;

/** Whether a line reads as promotion; `words` are its normalised words (boilerplateLexicon). */
export function isPromoLine(line: string, words: readonly string[]): boolean {
  if (words.length > PROMO_MAX_WORDS || words.length < 2 || QUOTE_MARK.test(line)) return false;
  let cues = 0;
  let address = 0;
  for (const word of words) {
    if (CUES.has(word)) cues++;
    else if (ADDRESS.has(word)) address++;
  }
  return address >= 1 ? cues >= 1 : cues >= 2 && words.length <= PROMO_UNSIGNED_MAX_WORDS;
}
