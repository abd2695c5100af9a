// The words around a name, when its own words said little or said it wrong:
//   "le groupe paramilitaire Wagner"    a lower-case organisation head before -> the body, head included
//   "la province d'Al Haouz"            a place noun and "de" before -> a place, noun included
//   "près de Tinzaouatène"             a word of nearness, origin or office and "de" before -> a place
//   "Zinda Jan district"               an English place noun after -> a place
//   "la Dalmatie", "des Asturies"      a determiner before an unknown word -> a place, not a person
//   "les Navarrais"                    ... unless the word names a place's people: no name at all
import type { Token } from './tokenize.js';
import type { Lexicon } from './lexicon.js';
import type { NameSpan } from './findNames.js';
import { adjacent } from './findRoles.js';
import { INHABITANT_ENDINGS_FR } from './locales/fr/words.js';

const DE = new Set(['de', 'd', 'du', 'des']);
/** Words between a head and its name: "groupe paramilitaire Wagner", "mosquée historique de Tinmel". */
const MAX_WORDS_BETWEEN = 2;

export function typeFromContext(tokens: Token[], folds: string[], span: NameSpan, lex: Lexicon): NameSpan | null {
  if (span.titleFirst !== null || span.type === 'person') return span;
  const orgHead = headBefore(tokens, folds, span.first, lex.orgHeads, lex, false);
  if (orgHead !== null && span.type !== 'location') return { ...span, type: 'organization', titleFirst: orgHead, rule: 'org-head-before' };
  const placeHead = headBefore(tokens, folds, span.first, lex.placeHeads, lex, true);
  if (placeHead !== null && span.type !== 'organization') return { ...span, type: 'location', titleFirst: placeHead, rule: 'place-head-de' };
  if (span.type !== null) return span;
  if (nearWordBefore(tokens, folds, span.first, lex)) return { ...span, type: 'location', rule: 'place-de' };
  const after = tokens[span.last + 1];
  if (after && adjacent(tokens, span.last, span.last + 1) && !after.capitalised && lex.placeTails.has(folds[span.last + 1]!)) {
    return { ...span, type: 'location', rule: 'place-head-after' };
  }
  const before = span.first - 1;
  if (before >= 0 && adjacent(tokens, before, span.first) && !tokens[before]!.capitalised && lex.placeDeterminers.has(folds[before]!)) {
    // "les Navarrais", "des Brémois", "le Neuchâtelois": the people of a place, not a name.
    if (span.first === span.last && INHABITANT_ENDINGS_FR.some((e) => folds[span.first]!.endsWith(e))) return null;
    return { ...span, type: 'location', rule: 'determiner' };
  }
  return span;
}

/**
 * Index of a lower-case head before the name, with up to two lower-case words between, and for a
 * place a "de" right before the name ("la province d'Al Haouz"). Null when there is none.
 */
function headBefore(tokens: Token[], folds: string[], first: number, heads: Set<string>, lex: Lexicon, needsDe: boolean): number | null {
  let k = first - 1;
  if (needsDe) {
    if (k < 0 || !DE.has(folds[k]!) || !adjacent(tokens, k, first)) return null;
    k--;
  }
  for (let between = 0; k >= 0 && between <= MAX_WORDS_BETWEEN; k--, between++) {
    if (!adjacent(tokens, k, k + 1)) return null;
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.capitalised) return null;
    if (heads.has(folds[k]!)) return k;
    if (lex.stopwords.has(folds[k]!) || lex.nameParticles.has(folds[k]!)) return null;
  }
  return null;
}

function nearWordBefore(tokens: Token[], folds: string[], first: number, lex: Lexicon): boolean {
  const de = first - 1;
  const word = first - 2;
  if (word < 0 || !adjacent(tokens, de, first) || !adjacent(tokens, word, de)) return false;
  const link = folds[de]!;
  return ((DE.has(link) && lex.placeDeWords.has(folds[word]!)) || (link === 'of' && lex.placeDeWords.has(folds[word]!)));
}
