// Boilerplate phrases of every locale compiled into sets, matched on a line's folded words.
import * as captionCredit from './captionCredit.js';
import * as fold from './foldWords.js';
import * as lineMarks from './lineMarks.js';
import { BOILERPLATE_LEXICONS } from './locales/boilerplate.js';
import * as promoLine from './promoLine.js';
import * as scanner from './scanLine.js';
import type { LineScan } from './scanLine.js';
import * as vocabulary from './vocabulary.js';

// Local copies, read in per-character loops and at each line (see scanLine.ts: an imported
// binding is a getter call once tsx turns modules into CommonJS).
const { foldedCode, foldLine, MARK, SEPARATOR } = fold;
const { isCaptionCredit } = captionCredit;
const { HAS_COPYRIGHT_SIGN, HAS_OPEN_PAREN } = lineMarks;
const { isPromoLine } = promoLine;
const { scanLine } = scanner;
const { COPYRIGHT_HEAD, HASH_PRIME, HASH_SEED, NOTICE_HEAD, PREFIX_HEAD } = vocabulary;

export interface BoilerplateLexicon {
  lines: readonly string[];
  prefixes: readonly string[];
  /**
   * Prefixes that mark furniture at any length: a cookie notice or the consent under embedded
   * content runs to 40 words, and no article sentence opens on "By signing up, you…".
   */
  notices?: readonly string[];
  tailMarkers: readonly string[];
  /**
   * Tail markers that may also head a box of links inside the body ("Lire aussi :" / a teaser /
   * the story goes on): where prose follows the box, only the box is dropped.
   */
  boxMarkers: readonly string[];
  /**
   * Tail markers that head a rail of videos or podcasts ("Nos vidéos" / "Paris sportifs en ligne :
   * qui sont les vrais gagnants ?" / its summary / …): the story never resumes below one, however
   * much a teaser's summary shares its words (a live blog's, on every topic, shares many).
   */
  mediaRailMarkers?: readonly string[];
  /**
   * Phrases of the notice where a paywall cuts the free text ("Il vous reste 57 % de cet
   * article à lire. La suite est réservée aux abonnés."): nothing after it is the article.
   */
  paywallEnds: readonly string[];
  /**
   * Words that head a box of links when they open a short line of their own ("Related Article",
   * "More from Ask an Advisor", "Next Up In Science & Health", "Mehr zum Thema bei Tagesspiegel
   * Plus"), whatever section it names (linkBoxes.ts).
   */
  boxHeadings?: readonly string[];
}

const LEXICONS = BOILERPLATE_LEXICONS;

/**
 * A prefix ("Lire aussi", "Photo") marks furniture only on a line short enough to be a teaser or
 * a caption; a 40-word sentence that opens with "Photographs taken in Gao…" is prose.
 */
export const PREFIX_MAX_WORDS = 24;

/** Lower case, accents and punctuation out, spaces collapsed: "À (re)lire :" -> "a re lire". */
export const normalizeLine = foldLine;

const exactLines = new Set(LEXICONS.flatMap((l) => l.lines).map(foldLine));
const tailMarkers = new Set(LEXICONS.flatMap((l) => l.tailMarkers).map(foldLine));
const boxMarkers = new Set(LEXICONS.flatMap((l) => l.boxMarkers).map(foldLine));
const mediaRailMarkers = new Set(LEXICONS.flatMap((l) => l.mediaRailMarkers ?? []).map(foldLine));
/**
 * Every paywall phrase, folded, as one alternation: one native search of the folded line, where
 * a call of includes per phrase cost ~11,000 instructions a line (each a search set up anew).
 */
const PAYWALL_END = new RegExp(LEXICONS.flatMap((l) => l.paywallEnds).map((phrase) => foldLine(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)');
/** A paywall notice is a sentence or two; a paragraph saying "la suite est réservée" is reporting. */
export const PAYWALL_MAX_WORDS = 40;
/** The same by line hash (scanLine): most lines are told apart without being folded into a string. */
const exactLineKeys = new Set([...exactLines].map((line) => scanLine(line).key));
const tailMarkerKeys = new Set([...tailMarkers].map((line) => scanLine(line).key));
/** Folded prefixes by their first word, so a line is compared with a handful of them, not all. */
const notices = LEXICONS.flatMap((l) => l.notices ?? []);
const prefixesByFirst = byFirstWord([...LEXICONS.flatMap((l) => l.prefixes), ...notices]);
const noticesByFirst = byFirstWord(notices);
const boxHeadingsByFirst = byFirstWord(LEXICONS.flatMap((l) => l.boxHeadings ?? []));
/**
 * A box's heading is a few words naming a section or an outlet; a longer line, one with a colon
 * ("Related: The 15 Weirdest Galaxies") or a sentence end is a teaser or prose.
 */
export const BOX_HEADING_MAX_WORDS = 7;

/**
 * Folded prefixes by the hash of their first word, as scanLine hashes a line's first word
 * (LineScan.firstHash): a line's candidates are found by a number, its first word never made a
 * string. Two first words of one hash share a list, and each candidate is compared char by char.
 */
function byFirstWord(phrases: readonly string[]): Map<number, string[]> {
  const byFirst = new Map<number, string[]>();
  for (const phrase of phrases.map(foldLine)) {
    const first = wordHash(phrase.split(' ')[0]);
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push(phrase);
  }
  return byFirst;
}

function wordHash(folded: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), HASH_PRIME);
  return hash;
}
const LONGEST_LINE_WORDS = Math.max(...[...exactLines, ...tailMarkers].map((l) => l.split(' ').length));
/**
 * One bit per value of a key's upper 16 bits, set for the keys of the whole lines and the tail
 * markers (as the vocabulary's WORD_FILTER is for words): two thirds of a page's lines are short
 * enough to be one, few are, and a bit test spares them a lookup in each set.
 */
const WHOLE_LINE_FILTER = new Int32Array(1 << 11);
for (const key of [...exactLineKeys, ...tailMarkerKeys]) if (key !== null) WHOLE_LINE_FILTER[key >>> 21] |= 1 << ((key >>> 16) & 31);

/** Whether a line of this key and word count may be a whole line or a tail marker of the lexicons. */
function mayBeWholeLine(key: number | null, wordCount: number): key is number {
  return key !== null && wordCount <= LONGEST_LINE_WORDS && (WHOLE_LINE_FILTER[key >>> 21] & (1 << ((key >>> 16) & 31))) !== 0;
}

/** 'teaser' and 'poll' are told from a line's shape in the flattened path (teaserLine.ts, pollWidget.ts). */
export type BoilerplateKind = 'line' | 'prefix' | 'copyright' | 'caption' | 'promo' | 'teaser' | 'poll' | null;

/** Whether a line is known furniture, and by which rule. */
export function boilerplateKind(line: string): BoilerplateKind {
  return boilerplateKindOf(line, scanLine(line));
}

/** The same, for a line already scanned. */
export function boilerplateKindOf(line: string, scan: LineScan): BoilerplateKind {
  const { wordCount, key } = scan;
  if (wordCount === 0) return 'line';
  if (mayBeWholeLine(key, wordCount) && exactLineKeys.has(key) && exactLines.has(foldLine(line))) return 'line';
  if (wordCount > PREFIX_MAX_WORDS) {
    if (scan.firstFlags & NOTICE_HEAD && startsWithPrefix(line, scan.firstHash, noticesByFirst)) return 'prefix';
  } else {
    if (scan.firstFlags & PREFIX_HEAD && startsWithPrefix(line, scan.firstHash, prefixesByFirst)) return 'prefix';
    if (scan.firstFlags & COPYRIGHT_HEAD) return 'copyright';
    // "©" or "(c)" opening the line: the line's first char is read only when it holds either.
    if ((scan.marks & (HAS_COPYRIGHT_SIGN | HAS_OPEN_PAREN)) !== 0) {
      const at = firstNonSpace(line);
      const first = line.charCodeAt(at);
      if (first === 0xa9 /* © */ || (first === 0x28 && line.startsWith('(c)', at))) return 'copyright';
    }
  }
  // A credit needs its label word, a "(" or a "©": most lines have none and skip the patterns.
  if ((scan.captionLabel || scan.creditMark) && isCaptionCredit(line, wordCount, scan.captionLabel, scan.marks)) return 'caption';
  if (isPromoLine(line, wordCount, scan.promoCues, scan.promoAddress)) return 'promo';
  return null;
}

/**
 * Whether the line, folded, opens with a whole-word prefix: "À lire aussi ..." but not "À lire
 * aussitôt". The line is folded as it is compared, never whole: many lines open on a word some
 * prefix opens on ("Die", "Our", "By") and are long. `firstHash`: its first word's (LineScan).
 */
function startsWithPrefix(line: string, firstHash: number, byFirst: ReadonlyMap<number, readonly string[]>): boolean {
  const candidates = byFirst.get(firstHash);
  if (!candidates) return false;
  for (const prefix of candidates) if (foldedStartsWith(line, prefix)) return true;
  return false;
}

/** foldLine(line) starts with `prefix` and a word ends there: the chars folded one by one, as foldLine does. */
function foldedStartsWith(line: string, prefix: string): boolean {
  let at = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = foldedCode(line.charCodeAt(i));
    if (code === SEPARATOR) {
      inWord = false;
      continue;
    }
    if (code === MARK) continue;
    if (!inWord && at > 0) {
      // foldLine writes a space here.
      if (at === prefix.length) return true;
      if (prefix.charCodeAt(at) !== 0x20) return false;
      at++;
    }
    inWord = true;
    if (at === prefix.length || prefix.charCodeAt(at) !== code) return false;
    at++;
  }
  return at === prefix.length;
}

function firstNonSpace(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 0x20) i++;
  return i;
}

/** A line after which the page holds only headlines, links or comments. */
export function isTailMarker(line: string): boolean {
  return tailMarkers.has(foldLine(line));
}

/** Whether a line is the notice where a paywall cuts the article. */
export function isPaywallEnd(line: string, wordCount: number): boolean {
  if (wordCount > PAYWALL_MAX_WORDS) return false;
  return PAYWALL_END.test(foldLine(line));
}

/**
 * Whether a line the lexicons call a whole furniture line ('line': it folds to one of
 * `exactLines`, or to nothing) can be a paywall notice: only if one of those can. Today none can,
 * and a third of the lines pageFeatures asks about are such lines (320 of 903 over the 313
 * article-sized texts), each folded into a string and searched for nothing.
 */
const WHOLE_LINE_PAYWALL = PAYWALL_END.test('') || [...exactLines].some((line) => line.split(' ').length <= PAYWALL_MAX_WORDS && PAYWALL_END.test(line));

/**
 * isPaywallEnd for a line already scanned and given its furniture kind (pageFeatures): every
 * notice names the subscription or is known furniture ("Il vous reste 57 %…").
 */
export function isPaywallEndOf(line: string, scan: LineScan, furniture: BoilerplateKind): boolean {
  if (furniture === null ? scan.promoCues === 0 : furniture === 'line' && !WHOLE_LINE_PAYWALL) return false;
  return isPaywallEnd(line, scan.wordCount);
}

/** "Lire aussi :", "Related": a marker that may head a box of links inside the body. */
export function isBoxMarker(line: string): boolean {
  return boxMarkers.has(foldLine(line));
}

/** "Nos vidéos": a tail marker below which the story never resumes (read on tail markers only). */
export function isMediaRailMarker(line: string): boolean {
  return mediaRailMarkers.has(foldLine(line));
}

/** A short line opening on a box heading's words ("More from Ask an Advisor"), for a line already scanned. */
export function isBoxHeadingScan(line: string, scan: LineScan): boolean {
  if (scan.wordCount > BOX_HEADING_MAX_WORDS || (scan.firstFlags & PREFIX_HEAD) === 0) return false;
  const last = line.charCodeAt(line.length - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || line.includes(':')) return false;
  return startsWithPrefix(line, scan.firstHash, boxHeadingsByFirst);
}

/** The same, for a line already scanned. */
export function isTailMarkerScan(line: string, scan: LineScan): boolean {
  // A tail marker folds to as many words as the line has (the scan and foldLine cut words alike).
  return mayBeWholeLine(scan.key, scan.wordCount) && tailMarkerKeys.has(scan.key) && tailMarkers.has(foldLine(line));
}
