// Small helpers to build the locale parsers from their lexicons.
import type { TimeExpression } from './types.js';

/** Start and end of a word, Unicode-aware (`\b` only knows ASCII: it splits "été"). */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';
/** Straight or curly apostrophe. */
export const APOS = "['’]";

/** A regex alternation of the words, longest first so "après-midi" wins over "midi". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, APOS))
    .join('|');
}

/** Looks a matched word up in a lexicon, ignoring case and the apostrophe's shape. */
export function lookup<T>(lexicon: Record<string, T>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  return lexicon[word.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')];
}

export function pattern(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/**
 * Runs a global regex and builds one expression per match; `build` returns null to reject a
 * match. Offsets of the expression default to the whole match.
 */
export function scan(
  re: RegExp,
  text: string,
  build: (m: RegExpExecArray) => Omit<TimeExpression, 'start' | 'end'> & Partial<Pick<TimeExpression, 'start' | 'end'>> | null,
): TimeExpression[] {
  const found: TimeExpression[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const built = build(m);
    if (built) found.push({ start: m.index, end: m.index + m[0].length, ...built });
  }
  return found;
}
