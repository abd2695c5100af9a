// The standfirst above the article: "Berlin. In Berlin brennen zwei Strommasten. Zehntausende sind
// ohne Energie." / "Von Ines Zöttl" / "26.10.2025 | 2:43 min" / the first paragraph. The byline,
// the date and the picture's credit between it and the body cost more than it weighs, so the
// densest-run search leaves it above the body; yet it is the article's own summary. A teaser or a
// caption above the body is one sentence ("Who is Yahya Sinwar?", "Der Parteipräsident bei seiner
// Rede in Küssnacht."); a standfirst says two things at least, on the article's topic.
//
// The lede, though, may be one sentence when nothing stands between it and the article: "Staff
// Reports" / "Police arrested six people Monday during a narcotics investigation…" / "Officers
// from the Columbus Police Department…" / the first paragraph kept. A caption has its credit or
// the picture's label under it, a related headline has no full stop, so a sentence of some length
// to its full stop, right above the article (or its standfirst), sharing its words, is the
// article's. On the shared slice: 7 such lines, all article, none of boilerplate.
import { isBoxMarker } from './boilerplateLexicon.js';
import type { LineClass } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { isMetaLine } from './metaLine.js';
import { sharedWords, topicWords, type TopicWords } from './topicalCoherence.js';

/**
 * How far above the first article line the standfirst may stand: a byline, a date, a picture and
 * its credit, a reading time, share buttons between ("Par Awa Diallo" / "14 novembre 2023" /
 * "Lecture 4 min" / "Partager" / "Facebook" / "X" / …). At 6, seven standfirsts of the slice were
 * out of reach; none more was taken wrongly at 10. From 10 to 16 (a header with a gallery's
 * labels, a reading list of share targets): 7 more article lines, and 3 subtitles that the
 * slice's labels leave out; no more from 16 to 20.
 */
export const LEAD_REACH = 16;
/** Content words it must share with the article: a browser or cookie notice shares none. */
export const LEAD_SHARED_WORDS = 3;
/** Two sentences at least: a sentence end, a space, a capital; and a sentence end last. */
const TWO_SENTENCES = /[.!?…] \p{Lu}/u;
const ENDS_SENTENCE = /[.!…]$/u;

/**
 * For each line, whether it is the standfirst: the nearest prose line (good or near-good) above
 * the first article line, within LEAD_REACH lines, with only short lines, furniture and lone
 * sentences between (no menu-like line, no tail marker), of two sentences or more, sharing
 * LEAD_SHARED_WORDS content words with the article.
 */
export function standfirst(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly { content: boolean }[]): boolean[] {
  const { lines } = page;
  let first = 0;
  while (first < verdicts.length && !verdicts[first].content) first++;
  if (first === 0 || first === verdicts.length) return [];
  let lead: boolean[] | null = null;
  let top = first;
  // The article's words, gathered once for both searches below (at most one set a page, where
  // each search built its own): callgrind, two steady passes over the 313 article-sized texts
  // after six warm ones, 1,007.5 M -> 1,001.6 M instructions.
  let topic: TopicWords | null = null;
  for (let i = first - 1; i >= 0 && i >= first - LEAD_REACH; i--) {
    const { text } = lines[i];
    // "Lire aussi :" above one teaser is a box inside the header, not its end: the story resumes
    // below such a box (classifyLines.ts), and the standfirst may stand above it.
    if (lines[i].tail && isBoxMarker(text)) continue;
    if (classes[i] === 'bad' || lines[i].tail) break;
    // A line that ends like no sentence is a heading, a kicker or an app's pitch ("Suivez la guerre
    // en Ukraine avec l'application du Figaro"): looked past, as short lines are.
    // A line printed twice in a row is a picture's alternative text and caption; a caption above
    // its credit is flagged as one (captionAboveCredit.ts).
    if ((classes[i] !== 'good' && classes[i] !== 'near-good') || !endsStandfirst(text) || lines[i].caption || printedTwice(page, i)) continue;
    const two = TWO_SENTENCES.test(text);
    // The article's words are counted only for a line that may be a standfirst by its shape.
    const shared = two || isLoneSentence(lines[i], i) ? sharedWords(page, i, (topic ??= topicWords(page, verdicts, lines.length))) : 0;
    if ((two && shared >= LEAD_SHARED_WORDS) || (!two && shared >= LONE_STANDFIRST_SHARED_WORDS)) {
      lead = new Array<boolean>(lines.length).fill(false);
      lead[i] = true;
      top = i;
      break;
    }
    // A sentence alone that is no standfirst is a caption or a notice of the header ("Die
    // Artikel-URL wurde erfolgreich in Ihrer Zwischenablage gespeichert."), looked past as the
    // short lines are; a line of two sentences off the topic is a teaser, and ends the search. On
    // the shared slice: 2 standfirsts more, none taken wrongly; ECB+ events unchanged (0.852).
    if (two) break;
  }
  // The lede right above the article (or its standfirst), sentence after sentence, nothing between.
  for (let i = top - 1; i >= LEDE_FIRST_LINE && isLedeSentence(lines[i], classes[i]); i--) {
    topic ??= topicWords(page, verdicts, lines.length);
    if (sharedWords(page, i, topic) < LEDE_SHARED_WORDS) break;
    lead ??= new Array<boolean>(lines.length).fill(false);
    lead[i] = true;
  }
  return lead ?? [];
}

/** A one-sentence standfirst runs to this many words: a caption or a teaser says less. */
export const LONE_STANDFIRST_MIN_WORDS = 15;
/**
 * Content words a one-sentence standfirst shares with the article: it sums the story up, where a
 * teaser for another story or a site's notice shares a word or two.
 */
export const LONE_STANDFIRST_SHARED_WORDS = 6;

/**
 * A standfirst of one long sentence to its full stop, above the byline and the share buttons:
 * "The council voted on Tuesday to close the Riverside pool after an inspection found cracks in
 * its main basin and its roof." Its length and the words it shares with the article tell it from
 * a teaser. On the shared slice: 8 such lines of articles, and one caption whose credit line is
 * not flagged. Not among a text's first lines (its title, see LEDE_FIRST_LINE).
 */
function isLoneSentence(line: LineFeatures, i: number): boolean {
  return i >= LEDE_FIRST_LINE && line.wordCount >= LONE_STANDFIRST_MIN_WORDS && ENDS_SENTENCE.test(line.text);
}

/**
 * The first lines of a text hold its title, its dateline and its byline: a lede is not looked for
 * among them. On ECB+ texts (a clean article one sentence a line, its title on the first line) the
 * rule reaching them took the title line and the sentences under it for a lede the body search
 * had left out; the event clustering, which weighs a text's lead, lost precision (0.874 -> 0.859).
 */
export const LEDE_FIRST_LINE = 3;
/** A lede sentence says something: "Police arrested six people Monday during a narcotics investigation." */
export const LEDE_MIN_WORDS = 8;
/** Content words a lede shares with the article below it: a caption of its picture may share as few. */
export const LEDE_SHARED_WORDS = 3;

/**
 * A line that reads as a sentence of the article: LEDE_MIN_WORDS words or more to a full stop (a
 * headline ends on no stop, or on a question mark; a label or a box's head on a colon), not
 * furniture, a tail marker, a menu line nor a line of bylines and dates ("Article mis à jour le 7
 * janvier 2020.").
 */
function isLedeSentence(line: LineFeatures, cls: LineClass): boolean {
  if (cls === 'bad' || cls === 'furniture' || line.tail || line.paywall || line.wordCount < LEDE_MIN_WORDS) return false;
  return (line.last === 0x2e /* . */ || line.last === 0x21 /* ! */) && !isMetaLine(line.text);
}

/**
 * A standfirst ends on a full stop, or on a question after a first sentence ("Wladimir Putin
 * warnt vor einer angeblichen Dekolonisierung Russlands. […] Warum spricht er gerade jetzt
 * davon?"); a question alone is a teaser's ("Who is Yahya Sinwar?").
 */
function endsStandfirst(text: string): boolean {
  return ENDS_SENTENCE.test(text) || (text.charCodeAt(text.length - 1) === 0x3f /* ? */ && TWO_SENTENCES.test(text));
}

function printedTwice(page: PageFeatures, i: number): boolean {
  const { lines } = page;
  const { key, text } = lines[i];
  return (i > 0 && lines[i - 1].key === key && lines[i - 1].text === text) || (i + 1 < lines.length && lines[i + 1].key === key && lines[i + 1].text === text);
}
