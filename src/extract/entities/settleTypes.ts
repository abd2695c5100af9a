// Types for the spans nothing in their own words could type, decided on the article as a whole:
// a list shares its kind ("à Tessalit, Aguelhok et Kidal"), the same words typed elsewhere give
// theirs, a word in capitals opening a dispatch is its place, a name alone between quotes is a
// title; spans no evidence supports are dropped; the rest take a default.
import type { EntityType } from '../../article.js';
import type { Token } from './tokenize.js';
import type { Draft } from './resolveInArticle.js';
import { foldName } from './normalizeName.js';
import { isAnyTown } from './gazetteer.js';
import { PLACE_SUFFIXES, SAINT_PREFIX, SUBJECT_VERBS_FR } from './locales/fr/words.js';
import { SUBJECT_VERBS_EN } from './locales/en/words.js';

/** Verbs a person's surname opens a sentence with ("Prigojine n'a pas répondu", "Mauri à 41 s"). */
const SUBJECT_VERBS = new Set([...SUBJECT_VERBS_FR, ...SUBJECT_VERBS_EN]);

/** What an unknown single capitalised word most often is once gazetteers and context said nothing. */
const DEFAULT_SINGLE_TYPE: EntityType = 'person';
const DEFAULT_MULTI_TYPE: EntityType = 'person';

const CONJUNCTIONS = new Set(['et', 'and', 'ou', 'or']);

/**
 * Names in one list are of one kind: "à Tessalit, Aguelhok et Kidal" -> Aguelhok is a place, as
 * are "Moldava, Bazias, Kovi, Pancevo" once one of them is known; "MM. Dupont, Rigot et Borel"
 * are people. A list is names joined by commas and a conjunction, or three names or more: two
 * names around a comma are as often a fronted phrase and its subject ("À New York, Cindy
 * Santos…"). A list ends at the name after its conjunction ("Entre New York et Paris, Cindy
 * Santos…"), and one whose known names disagree spreads nothing ("Alix, Chanel, Lucien Lelong").
 */
export function typeFromSiblings(drafts: Draft[], tokens: Token[]): void {
  const sorted = [...drafts].sort((a, b) => a.span.first - b.span.first);
  const separator = (a: Draft, b: Draft) => {
    const between = tokens[a.span.last + 1];
    if (b.span.first !== a.span.last + 2 || !between || tokens[b.span.first]!.boundaryBefore) return null;
    const word = between.text.toLowerCase();
    return word === ',' || CONJUNCTIONS.has(word) ? word : null;
  };
  let list: Draft[] = [];
  let joined = false;
  const settle = () => {
    const kinds = new Set(list.map((d) => d.type).filter((t) => t !== null));
    const kind = kinds.size === 1 ? [...kinds][0]! : null;
    if (kind && (joined || list.length >= 3)) for (const d of list) d.type ??= kind;
  };
  sorted.forEach((d, n) => {
    const link = n > 0 ? separator(sorted[n - 1]!, d) : null;
    if (link === null || (link === ',' && joined)) {
      settle();
      list = [];
      joined = false;
    }
    list.push(d);
    if (link !== null && CONJUNCTIONS.has(link)) joined = true;
  });
  settle();
}

/**
 * An untyped span takes the type its words got elsewhere in the article, else a guess; the spans
 * no evidence at all supports are dropped (see loneOpener). Returns the spans kept.
 */
export function settleTypes(drafts: Draft[], tokens: Token[]): Draft[] {
  const typeOf = new Map<string, EntityType>();
  for (const d of drafts) if (d.type) typeOf.set(foldName(d.clean), d.type);
  const midSentence = new Set(drafts.filter((d) => !tokens[d.span.first]!.sentenceStart).map((d) => foldName(d.clean)));
  return drafts.filter((d) => {
    if (d.type) return true;
    const folded = foldName(d.clean);
    const known = typeOf.get(folded);
    if (!known && loneOpener(d, tokens, midSentence.has(folded))) return false;
    if (!known && quotedAlone(d, tokens)) {
      d.type = 'other';
      return true;
    }
    d.type = known ?? (dateline(d, tokens) || looksLikePlace(d.clean, folded) ? 'location' : d.clean.includes(' ') ? DEFAULT_MULTI_TYPE : DEFAULT_SINGLE_TYPE);
    return true;
  });
}

/**
 * One unknown word opening a sentence, never written capitalised elsewhere in the article, is a
 * word more often than a name: on HIPE-2022 fr dev, 34 people for 104 non-names (OCR debris,
 * rare words). "Dupont (Genève)" keeps its parenthesis as evidence of a name, and "Prigojine
 * n'a pas répondu" its verb: a surname alone in this article may be named in full in another.
 */
function loneOpener(d: Draft, tokens: Token[], seenMidSentence: boolean): boolean {
  const token = tokens[d.span.first]!;
  const next = tokens[d.span.last + 1]?.text.toLowerCase() ?? '';
  return d.span.first === d.span.last && token.sentenceStart && !token.allCaps && !seenMidSentence && next !== '(' && !SUBJECT_VERBS.has(next) && !ranked(tokens, d.span.first);
}

/** "28. Dufaux. 48. Zulle.": a rank opens no sentence, it numbers an entry of a list. */
function ranked(tokens: Token[], first: number): boolean {
  return tokens[first - 1]?.text === '.' && tokens[first - 2]?.kind === 'number';
}

const OPENING_QUOTES = new Set(['«', '"', '“']);
const CLOSING_QUOTES = new Set(['»', '"', '”']);

/** « Taïmyr », « Manhattan Transfer »: an unknown name alone between quotes is a title (a ship, a work, a brand). */
function quotedAlone(d: Draft, tokens: Token[]): boolean {
  return OPENING_QUOTES.has(tokens[d.span.first - 1]?.text ?? '') && CLOSING_QUOTES.has(tokens[d.span.last + 1]?.text ?? '');
}

/** "MANTOUE, 15 juillet.", "BERLIN 30 octobre": a word in capitals opening a dispatch is its place. */
function dateline(d: Draft, tokens: Token[]): boolean {
  const token = tokens[d.span.first]!;
  const next = tokens[d.span.last + 1];
  return d.span.first === d.span.last && token.sentenceStart && token.allCaps && (next?.text === ',' || next?.text === '.' || next?.kind === 'number');
}

function looksLikePlace(clean: string, folded: string): boolean {
  if (isAnyTown(folded) || SAINT_PREFIX.test(clean)) return true;
  return !clean.includes(' ') && PLACE_SUFFIXES.some((suffix) => folded.length > suffix.length + 2 && folded.endsWith(suffix));
}
