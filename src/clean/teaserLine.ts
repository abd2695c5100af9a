// A teaser for another article, told by its shape whatever its words: a page copied as text
// flattens a card's link, image title and excerpt into one line, so a card of a "Related" or
// "Most read" box reads as a sentence of prose. Two shapes give it away:
//   - the headline printed twice or thrice in a row, once per element of the card that carries
//     it (link text, image title, alternative text): "How to Defeat the Urge to Binge Shop How to
//     Defeat the Urge to Binge Shop"; a writer never repeats a sentence at once;
//   - an excerpt cut short, then its link: "Buyer's remorse is a terrible thing… Read more",
//     "…sie sei überfordert. mehr", "I want to tell you about another change in Last Man, […]".
//     An article's paragraph may stop on "…" (a trailing thought), never on "[…]" (an elision is
//     inside a quotation) nor on a link word after its last sentence.
import { MEDIA_KICKERS } from './locales/mediaKickers.js';
import { READ_MORE_LINKS } from './locales/readMore.js';
import * as lineMarks from './lineMarks.js';

// Local copies (see scanLine.ts: an imported binding is a getter call once tsx turns modules into
// CommonJS).
const { ANY_MARK, HAS_PIPE } = lineMarks;

/** A copy must have this many words: "Oui Oui" or "Weber Weber" are names, not headlines. */
const MIN_COPY_WORDS = 3;
/** How many times a card may print its headline: link, title, alternative text. */
const MAX_COPIES = 3;

/** The link words, lower case, longest first, each with its leading space: " read more". */
const LINKS = [...READ_MORE_LINKS].sort((a, b) => b.length - a.length).map((link) => ` ${link.toLowerCase()}`);
/**
 * The links by the code of their last character, both cases (all links end on a Latin letter,
 * below 0x250): most lines end on a character no link ends on and are tested no further.
 */
const LINKS_BY_LAST: (readonly string[] | undefined)[] = new Array(0x250).fill(undefined);
for (const link of LINKS) {
  for (const c of new Set([link.at(-1)!, link.at(-1)!.toUpperCase()])) {
    const code = c.charCodeAt(0);
    LINKS_BY_LAST[code] = [...(LINKS_BY_LAST[code] ?? []), link];
  }
}
/** What an excerpt ends on before its link: a sentence end or the ellipsis that cuts it. */
const EXCERPT_ENDS = new Set(['.', '!', '?', '…', '"', '»', '”', ')']);

/**
 * A link to a video, a recording or a gallery, its kicker before a pipe: "WATCH | Ceasefire talks
 * stalled as…". The kicker is one word, so the pipe stands within the line's first chars.
 */
const KICKERS = new Set(MEDIA_KICKERS.map((kicker) => kicker.toLowerCase()));
const KICKER_PIPE_WITHIN = 16;

function isMediaKicker(text: string): boolean {
  // The first space, then its pipe, within the first chars. One native search: the char-by-char
  // loop read up to 16 chars through charCodeAt, a megamorphic load on line strings, for every
  // line of two words or more. Callgrind, two steady passes over the 313 article-sized texts
  // after six warm ones: 1,000.3 M -> 994.6 M instructions.
  const end = Math.min(text.length - 2, KICKER_PIPE_WITHIN);
  const i = text.indexOf(' ', 1);
  if (i < 0 || i >= end) return false;
  return text.charCodeAt(i + 1) === 0x7c /* | */ && text.charCodeAt(i + 2) === 0x20 && KICKERS.has(text.slice(0, i).toLowerCase());
}

/**
 * A link printed after its arrow: ">> Hier finden Sie alle Termine im Überblick", ">> Affaire
 * Benalla : le scandale d’Etat…". A sentence of the article never opens on ">>".
 */
const ARROW_LINK = /^>>\s*\p{Lu}/u;
const ARROW_LINK_MAX_WORDS = 25;

/**
 * A link or a button printed before its arrow: "Voir tous les barbecues gaz Weber →", "Lire la
 * suite →", "See all deals ➜". A sentence ends on its mark, never on an arrow after a space.
 * Read once the verdicts are in (teaserRails.ts), not as furniture: a shop's buying guide prints
 * one under each of its sections, and as furniture they would cut the guide into short runs.
 */
export function isArrowButton(text: string, wordCount: number, last: number): boolean {
  if (last !== 0x2192 /* → */ && last !== 0x279c /* ➜ */ && last !== 0x2794 /* ➔ */ && last !== 0x27f6 /* ⟶ */) return false;
  return wordCount >= 2 && wordCount <= ARROW_LINK_MAX_WORDS && text.charCodeAt(text.length - 2) === 0x20;
}

/**
 * `last`, the code of the line's last char, comes from pageFeatures when it has read it from the
 * page's units: charCodeAt on line strings is a megamorphic load. `marks`, the separators its scan
 * met (LineScan.marks): a media kicker needs its pipe.
 */
export function isTeaserLine(text: string, wordCount: number, last = text.charCodeAt(text.length - 1), marks = ANY_MARK): boolean {
  if (wordCount < 2) return false;
  if ((marks & HAS_PIPE) !== 0 && isMediaKicker(text)) return true;
  if (text.charCodeAt(0) === 0x3e /* > */ && wordCount <= ARROW_LINK_MAX_WORDS && ARROW_LINK.test(text)) return true;
  if (last === 0x5d /* ] */ && endsWithCutMark(text)) return true;
  if (last < LINKS_BY_LAST.length && LINKS_BY_LAST[last] !== undefined && endsWithReadMore(text)) return true;
  return wordCount >= 2 * MIN_COPY_WORDS && isRepeatedHeadline(text);
}

/**
 * The line is one text printed two or three times, joined by a space or by nothing. Only the
 * places where a copy would start are compared (its first and last characters first), so a line
 * costs a few comparisons.
 */
function isRepeatedHeadline(text: string): boolean {
  const n = text.length;
  const first = text.charCodeAt(0);
  for (let copies = 2; copies <= MAX_COPIES; copies++) {
    for (let gap = 0; gap <= 1; gap++) {
      const rest = n - (copies - 1) * gap;
      if (rest % copies !== 0) continue;
      const size = rest / copies;
      if (size < 2 * MIN_COPY_WORDS || text.charCodeAt(size + gap) !== first) continue;
      if (gap === 1 && text.charCodeAt(size) !== 0x20) continue;
      if (text.charCodeAt(size - 1) !== text.charCodeAt(n - 1)) continue;
      const copy = text.slice(0, size);
      let same = true;
      for (let c = 1; c < copies && same; c++) same = text.startsWith(copy, c * (size + gap));
      if (same && copy.split(' ').length >= MIN_COPY_WORDS) return true;
    }
  }
  return false;
}

/**
 * An excerpt closed by its link or its cut mark ("…sie sei überfordert. mehr", "… in Last Man,
 * […]"): the card's headline stands on the line above it (teaserHeadlines.ts).
 */
export function isLinkedExcerpt(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x5d /* ] */) return endsWithCutMark(text);
  return last < LINKS_BY_LAST.length && LINKS_BY_LAST[last] !== undefined && endsWithReadMore(text);
}

/** "… in Last Man, […]", "… [...]": the excerpt's own cut mark ends the line. */
function endsWithCutMark(text: string): boolean {
  return text.endsWith('[…]') || text.endsWith('[...]');
}

/** "…sounds,… Read more Read more", "… überfordert. mehr": a link word (or two) after the excerpt's end. */
function endsWithReadMore(text: string): boolean {
  let end = text.length;
  let links = 0;
  for (let link = linkEndingAt(text, end); link !== null && links <= 2; link = linkEndingAt(text, end)) {
    end -= link.length;
    links++;
  }
  return links > 0 && links <= 2 && EXCERPT_ENDS.has(text[end - 1] ?? '');
}

/** The link (with its leading space) the text ends with at `end`, compared without case; no string is built. */
function linkEndingAt(text: string, end: number): string | null {
  const last = text.charCodeAt(end - 1);
  const candidates = last < LINKS_BY_LAST.length ? LINKS_BY_LAST[last] : undefined;
  if (candidates === undefined) return null;
  for (const link of candidates) {
    const from = end - link.length;
    if (from < 0) continue;
    let k = link.length - 2;
    while (k >= 0 && lowerCode(text.charCodeAt(from + k)) === link.charCodeAt(k)) k--;
    if (k < 0) return link;
  }
  return null;
}

/** Lower case of a Latin letter's code (ASCII and Latin-1: "Á" -> "á"), other codes unchanged. */
function lowerCode(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c;
}
