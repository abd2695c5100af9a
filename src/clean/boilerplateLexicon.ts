// Boilerplate phrases of every locale compiled into sets, matched on a line's folded words.
import { isCaptionCredit } from './captionCredit.js';
import { foldLine, foldWords } from './foldWords.js';
import { BOILERPLATE_EN } from './locales/en/boilerplate.js';
import { BOILERPLATE_FR } from './locales/fr/boilerplate.js';
import { isPromoLine } from './promoLine.js';

export interface BoilerplateLexicon {
  lines: readonly string[];
  prefixes: readonly string[];
  tailMarkers: readonly string[];
}

const LEXICONS: readonly BoilerplateLexicon[] = [BOILERPLATE_FR, BOILERPLATE_EN];

/**
 * A prefix ("Lire aussi", "Photo") marks furniture only on a line short enough to be a teaser or
 * a caption; a 40-word sentence that opens with "Photographs taken in Gao…" is prose.
 */
export const PREFIX_MAX_WORDS = 24;

/** Lower case, accents and punctuation out, spaces collapsed: "À (re)lire :" -> "a re lire". */
export const normalizeLine = foldLine;

const exactLines = new Set(LEXICONS.flatMap((l) => l.lines).map(foldLine));
const tailMarkers = new Set(LEXICONS.flatMap((l) => l.tailMarkers).map(foldLine));
/** Prefixes by their first word, so a line is compared with a handful of them, not all. */
const prefixesByFirst = new Map<string, string[][]>();
for (const prefix of LEXICONS.flatMap((l) => l.prefixes)) {
  const [first, ...rest] = foldWords(prefix);
  if (!prefixesByFirst.has(first)) prefixesByFirst.set(first, []);
  prefixesByFirst.get(first)!.push(rest);
}
const LONGEST_LINE_WORDS = Math.max(...[...exactLines, ...tailMarkers].map((l) => l.split(' ').length));

export type BoilerplateKind = 'line' | 'prefix' | 'copyright' | 'caption' | 'promo' | null;

/** Whether a line is known furniture, and by which rule. */
export function boilerplateKind(line: string): BoilerplateKind {
  return boilerplateKindOf(line, foldWords(line));
}

/** The same, for a line whose folded words (and folded line, when short) are already known. */
export function boilerplateKindOf(line: string, words: readonly string[], key?: string | null): BoilerplateKind {
  if (words.length === 0) return 'line';
  if (words.length <= LONGEST_LINE_WORDS && exactLines.has(key ?? words.join(' '))) return 'line';
  if (words.length <= PREFIX_MAX_WORDS) {
    if (startsWithPrefix(words)) return 'prefix';
    const first = line.charCodeAt(firstNonSpace(line));
    if (first === 0xa9 /* © */ || words[0] === 'copyright' || (first === 0x28 && words[0] === 'c' && line.includes('(c)'))) {
      return 'copyright';
    }
  }
  if (isCaptionCredit(line, words)) return 'caption';
  if (isPromoLine(line, words)) return 'promo';
  return null;
}

function startsWithPrefix(words: readonly string[]): boolean {
  const candidates = prefixesByFirst.get(words[0]);
  if (!candidates) return false;
  outer: for (const rest of candidates) {
    if (rest.length + 1 > words.length) continue;
    for (let i = 0; i < rest.length; i++) if (words[i + 1] !== rest[i]) continue outer;
    return true;
  }
  return false;
}

function firstNonSpace(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 0x20) i++;
  return i;
}

/** A line after which the page holds only headlines, links or comments. */
export function isTailMarker(line: string): boolean {
  return isTailMarkerKey(foldLine(line));
}

export function isTailMarkerKey(key: string): boolean {
  return tailMarkers.has(key);
}
