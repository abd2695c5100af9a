// Acronyms and the names they stand for. An acronym defined in parentheses right after a name
// ("Cadre stratégique permanent (CSP)", "Permanent Strategic Framework (CSP)") is a key that
// holds across languages; whether a spelling *expands* the acronym tells the body's own name from
// a description written for other readers ("US Geological Survey" expands USGS; "Institut
// américain de géophysique (USGS)" does not).
import type { Token } from './tokenize.js';
import type { Lexicon } from './lexicon.js';
import { organizationOf } from './gazetteer.js';
import { adjacent } from './findRoles.js';

/** A body's name spelled out before its acronym is rarely longer than this. */
const MAX_DEFINITION_WORDS = 12;

/**
 * Words that never sit inside a body's name: a verb or a relative between an organisation head and
 * a parenthesis means the name ended earlier ("le Conseil a voté la fin de la mission (Minusma)").
 */
const NOT_IN_A_NAME = new Set(
  `a ont est sont etait sera fut qui que dont selon apres avant lors has have had is are was were
  will which that who said says`.split(/\s+/),
);

/** "CSP", "FAMa", "USGS", "G5": one word, two capitals or more, at most one lower-case letter at the end. */
export function isAcronym(word: string): boolean {
  return word.length <= 8 && /^\p{Lu}[\p{Lu}\d&]+\p{Ll}?$/u.test(word);
}

/**
 * Schwartz and Hearst's test: the acronym's letters appear in the long form in order, read from
 * the end, the first one opening a word. "Mission multidimensionnelle intégrée des Nations unies
 * pour la stabilisation au Mali" expands MINUSMA; "Permanent Strategic Framework" does not expand CSP.
 */
export function expandsAcronym(longForm: string, acronym: string): boolean {
  const long = longForm.toLowerCase();
  const letters = acronym.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  if (letters.length < 2 || !long.includes(' ')) return false;
  let at = long.length - 1;
  for (let k = letters.length - 1; k >= 0; k--) {
    const letter = letters[k]!;
    for (;;) {
      if (at < 0) return false;
      const opensWord = at === 0 || !/[\p{L}\d]/u.test(long[at - 1]!);
      if (long[at] === letter && (k > 0 || opensWord)) break;
      at--;
    }
    at--;
  }
  return true;
}

/**
 * The last token of a body's name that starts at `first` with a capitalised organisation head and
 * runs, whatever the case of its words, up to an acronym in parentheses:
 * "Centre national pour la recherche scientifique et technique (CNRST)". Null when none does.
 */
export function definitionEnd(tokens: Token[], folds: string[], first: number, lex: Lexicon): number | null {
  if (!tokens[first]!.capitalised || !lex.orgHeads.has(folds[first]!)) return null;
  for (let j = first + 1; j < tokens.length && j - first <= MAX_DEFINITION_WORDS; j++) {
    if (!adjacent(tokens, j - 1, j)) return null;
    const token = tokens[j]!;
    if (token.text === '(') {
      const acronym = tokens[j + 1];
      const closes = tokens[j + 2]?.text === ')';
      const known = acronym !== undefined && (isAcronym(acronym.text) || organizationOf(acronym.text, folds[j + 1]!) !== undefined);
      return closes && known && j - 1 > first ? j - 1 : null;
    }
    if (token.kind !== 'word' || NOT_IN_A_NAME.has(folds[j]!)) return null;
  }
  return null;
}
