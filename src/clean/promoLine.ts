// The outlet talking to its reader about itself rather than reporting: "Écoutez Boucle FM en
// direct sur 98.4 et sur notre application.", "Retrouvez l'intégralité de notre édition en
// kiosque et sur abonnement.", "Share your thoughts and join the conversation in the comments."
// Such lines are full sentences, so stop-word density takes them for prose; their vocabulary
// gives them away: two promotion words, or one with the outlet naming itself ("notre", "our").

import { FOLLOW_IMPERATIVES, SOCIAL_NETWORKS } from './locales/socialFollow.js';
import { scanLine } from './scanLine.js';

export interface PromoLexicon {
  /** Words of subscriptions, apps, newsletters, comments, ads. */
  cues: readonly string[];
  /** The outlet naming itself ("notre", "our"): "you" alone is the voice of many a blog post. */
  address: readonly string[];
}

/**
 * Promotion is said in a sentence or two; a longer paragraph that names an app or a newsletter
 * is reporting about one. Without the outlet naming itself, two promotion words mark only a
 * short line: a blogger's "…a published blog post; an email inbox; a webinar; a podcast…" is prose.
 */
export const PROMO_MAX_WORDS = 40;
export const PROMO_UNSIGNED_MAX_WORDS = 20;
/**
 * Three promotion words make a pitch of some length without the outlet naming itself ("Keine
 * Neuigkeiten aus der Medien-Branche mehr verpassen: Abonnieren Sie kostenlos die
 * MEEDIA-Newsletter und bleiben Sie …", 24 words). On the shared slice and the ECB+ texts, the
 * lines of 21-30 words with three cues are all furniture or unlabelled.
 */
const DENSE_CUES = 3;
const DENSE_UNSIGNED_MAX_WORDS = 30;

/**
 * A quotation may well say "notre application" ("« Téléchargez notre application », a dit le
 * ministre"): quoted speech is reporting, never promotion. A title in quotation marks is no
 * speech, and promotion names its titles so ("Need more space? Subscribe to our sister title
 * "All About Space" Magazine…", "Get the "Morning Brief" newsletter in your inbox"): the words
 * outside the quotations decide, and a line whose promotion words are all quoted is reporting.
 */
const QUOTE_MARK = /[«»“”"„]/;

/**
 * Whether a line reads as promotion, from its word count and how many of its words are cues and
 * address words (scanLine counts them, through the vocabulary built from the lexicons below).
 */
export function isPromoLine(line: string, wordCount: number, cues: number, address: number): boolean {
  if (!readsAsPromo(line, wordCount, cues, address)) return false;
  if (!QUOTE_MARK.test(line)) return true;
  const unquoted = outsideQuotations(line);
  if (unquoted === null) return false;
  const scan = scanLine(unquoted);
  return readsAsPromo(unquoted, wordCount, scan.promoCues, scan.promoAddress);
}

function readsAsPromo(line: string, wordCount: number, cues: number, address: number): boolean {
  if (wordCount > PROMO_MAX_WORDS || wordCount < 2 || cues === 0) return false;
  if (address > 0) return true;
  const unsignedMax = cues >= DENSE_CUES ? DENSE_UNSIGNED_MAX_WORDS : PROMO_UNSIGNED_MAX_WORDS;
  if (wordCount > unsignedMax) return isAddressedNewsletter(line);
  return cues >= 2 || isNewsletterPitch(line, wordCount) || isFollowPitch(line, wordCount);
}

/**
 * A newsletter offered to the reader, named by its title rather than "our": "Der Planet-Newsletter
 * informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste vom Tag …" (34
 * words), "Sign up for the Science Briefing newsletter — what matters in science, free to your
 * inbox daily." A story about a newsletter reports on its writers and readers; it does not speak
 * to its own reader ("you", "vous", a formal "Sie" inside the sentence). On the shared slice the
 * lines of 17 to 40 words naming a newsletter and speaking to the reader are all furniture or
 * unlabelled; "inbox" alone is left out ("…in everything from a published blog post; an email
 * inbox; a webinar…", a blogger's prose).
 */
const NEWSLETTER = /newsletter/i;
const READER_ADDRESS = /\b(?:[Yy]ou|[Yy]our|[Vv]ous|[Vv]os|[Vv]otre)\b|[\p{Ll},] (?:Sie|Ihnen|Ihre?)\b/u;

function isAddressedNewsletter(line: string): boolean {
  return NEWSLETTER.test(line) && READER_ADDRESS.test(line);
}

/**
 * The line without its quotations, each mark opening or closing one in turn ("…", « … », „…“);
 * null when a quotation is left open (a quoted paragraph going on to the next line).
 */
function outsideQuotations(line: string): string | null {
  let out = '';
  let from = 0;
  let open = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 0x22 && code !== 0xab && code !== 0xbb && code !== 0x201c && code !== 0x201d && code !== 0x201e) continue;
    if (!open) out += line.slice(from, i);
    open = !open;
    from = i + 1;
  }
  return open ? null : out + line.slice(from);
}

/**
 * A newsletter or an inbox is named by the outlet offering one ("Get the latest news from … in
 * your inbox.", "Dann sind Sie beim täglichen WAZ-Newsletter richtig – hier entlang.", "Pick Six
 * Newsletter"), and an affiliate commission or link by the outlet disclosing it ("Microsoft may
 * earn an Affiliate Commission if you purchase something through recommended links in this
 * article."; a station is a network's affiliate in reporting, "told CNN affiliate WDIV"): one
 * such word marks a short line. Looked for only on a line with one cue. A
 * sentence reporting on a newsletter is longer ("The newsletter, which she started in 2020 after
 * leaving the paper, now reaches readers in forty countries every week.", 19 words).
 */
const STRONG_CUE_MAX_WORDS = 16;

/**
 * An editor's insert in square brackets is printed inside the story as the newsroom wrote it
 * ("[What you need to know to start the day: Get New York Today in your inbox.]"), and
 * Readability's references keep it with the article: only a promotion word in it says otherwise.
 */
function isNewsletterPitch(line: string, wordCount: number): boolean {
  return wordCount <= STRONG_CUE_MAX_WORDS && line.charCodeAt(0) !== 0x5b /* [ */ && STRONG_CUE.test(line);
}
const STRONG_CUE = /newsletter|inbox|affiliate (?:commission|link)/iu;

/**
 * "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.": the outlet, named rather than
 * "our", sends its reader to its accounts (locales/socialFollow.ts). A story names a network
 * inside a sentence that opens otherwise ("He posted on Facebook…"). Looked for only on a line
 * with one cue ("follow") and the follow word's first letter.
 */
const FOLLOW_MAX_WORDS = 20;
const FOLLOW_FIRST = new Set(FOLLOW_IMPERATIVES.map((word) => word.charCodeAt(0)));
/** The imperative, a name of a few words with no punctuation, "on" and a network. */
const FOLLOW_PITCH = new RegExp(`^(?:${FOLLOW_IMPERATIVES.join('|')})\\s[^,.;:!?]*?\\s(?:on|sur|auf|bei|en|su|in)\\s+(?:${SOCIAL_NETWORKS.join('|')})\\b`, 'u');

function isFollowPitch(line: string, wordCount: number): boolean {
  return wordCount <= FOLLOW_MAX_WORDS && FOLLOW_FIRST.has(line.charCodeAt(0)) && FOLLOW_PITCH.test(line);
}
