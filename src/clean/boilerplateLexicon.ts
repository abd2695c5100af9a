// Boilerplate phrases of every locale compiled into sets, matched on a normalised line.
import { isCaptionCredit } from './captionCredit.js';
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
export function normalizeLine(line: string): string {
  return line
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const exactLines = new Set(LEXICONS.flatMap((l) => l.lines));
const tailMarkers = new Set(LEXICONS.flatMap((l) => l.tailMarkers));
const prefixes = LEXICONS.flatMap((l) => l.prefixes);
const prefixPattern = new RegExp(`^(?:${prefixes.map(escape).join('|')})(?: |$)`);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type BoilerplateKind = 'line' | 'prefix' | 'copyright' | 'caption' | 'promo' | null;

/** Whether a line is known furniture, and by which rule. */
export function boilerplateKind(line: string): BoilerplateKind {
  const normal = normalizeLine(line);
  if (normal === '') return 'line';
  if (exactLines.has(normal)) return 'line';
  const words = normal.split(' ');
  if (words.length <= PREFIX_MAX_WORDS && prefixPattern.test(normal)) return 'prefix';
  if (words.length <= PREFIX_MAX_WORDS && /^(?:©|\(c\)|copyright\b)/i.test(line.trim())) return 'copyright';
  if (isCaptionCredit(line.trim(), words.length)) return 'caption';
  if (isPromoLine(line, words)) return 'promo';
  return null;
}

/** A line after which the page holds only headlines, links or comments. */
export function isTailMarker(line: string): boolean {
  return tailMarkers.has(normalizeLine(line));
}
