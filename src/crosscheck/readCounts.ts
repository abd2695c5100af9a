// What each figure counts: "12 personnes tuées" is the death toll, "des centaines de mercenaires"
// a number of fighters. Two articles' figures are compared only when they count the same thing.
import type { Span } from '../article.js';
import type { CrosscheckLocale } from './locales/locale.js';
import { findQuantities, type Quantity } from './findQuantities.js';
import { fold, stem, tokenize, type Token } from './text.js';

export interface Count extends Quantity {
  /** The counted concept: a shared label ("death toll") or `word:<stem>` for the noun counted. */
  concept: string;
  /** Readable name of the concept, for the report ("death toll", "hommes"). */
  about: string;
  /** Who is counted when said ("civilians"); generic words ("personnes") give null. */
  who: string | null;
  /** "passé de 12 à 14": 12 is a value the sentence itself replaces. */
  superseded: boolean;
}

// Predicates outrank nouns: in "12 combattants tués" the toll is counted, not the fighters.
const PREDICATE_CONCEPTS = new Set(['death toll', 'injured', 'missing', 'displaced', 'arrests']);
// Measures name the figure just after them: "une magnitude de 6,8", "the magnitude 6.8 quake";
// "deux séismes de magnitude 6,3" does not make 2 a magnitude.
const MEASURE_CONCEPTS = new Set(['magnitude']);
const MEASURE_WINDOW = 2;
// "14 Malian soldiers", "three bank workers": adjectives and modifiers before the counted noun.
const COUNTED_WITHIN = 3;
const WINDOW_AFTER = 6;
const WINDOW_BEFORE = 6;
// "At least 14 soldiers and at least 20 fighters were killed": the predicate after the last
// figure of an enumeration counts for every figure of it, so a predicate is looked for this far.
const WINDOW_ENUMERATION = 14;

/** `tokens` are `tokenize(text, offset)`, when the caller has them already. */
export function readCounts(text: string, offset: number, locale: CrosscheckLocale, excluded: Span[], tokens: Token[] = tokenize(text, offset)): Count[] {
  const counts: Count[] = [];
  const quantities = findQuantities(text, offset, locale, excluded);
  // Figures written in words end a window like digits do: "took two officers", not "took officers".
  const figureStarts = new Set(quantities.map((q) => q.start));
  for (const t of tokens) if (quantities.some((q) => t.start > q.start && t.start < q.end)) figureStarts.add(t.start);
  for (const q of quantities) {
    const following = tokens.filter((t) => t.start >= q.end);
    const after = clause(following, text, offset, 'after', figureStarts).slice(0, WINDOW_AFTER);
    const enumeration = clause(following, text, offset, 'after', figureStarts, true).slice(0, WINDOW_ENUMERATION);
    const before = clause(tokens.filter((t) => t.end <= q.start).reverse(), text, offset, 'before', figureStarts).slice(0, WINDOW_BEFORE);
    const whoWord = after.find((t) => locale.countedWho[t.folded]);
    const who = whoWord ? locale.countedWho[whoWord.folded]! : null;
    // An enumeration lists counted groups ("14 soldiers and 20 fighters"); "magnitude 5,2 a
    // fait 12 morts" does not, and 5,2 is no toll.
    const listsGroup = Boolean(whoWord) || pickConcept(after, locale) !== null;
    // The counted thing must be one the tables know, within the first words after the figure:
    // "arrested five buildings away" counts buildings, "mother of 13 Zurana Horton shot" no one.
    const lead = after.filter((t) => !locale.stopwords.has(t.folded)).slice(0, COUNTED_WITHIN);
    const knownCounted = lead.length === 0 || lead.some((t) => locale.countConcepts[t.folded] || locale.countedWho[t.folded]);
    const measure = measureBefore(before.slice(0, MEASURE_WINDOW), locale);
    const concept = measure ?? (knownCounted ? knownConcept(after, before, enumeration, listsGroup, locale) : headNoun(after, locale));
    if (!concept) continue;
    const prefix = fold(text.slice(0, q.start - offset));
    counts.push({
      ...q,
      ...concept,
      who: who && !locale.genericWho.has(who) && who !== concept.concept ? who : null,
      superseded: locale.revisionRange.test(prefix),
    });
  }
  return counts;
}

/** Tokens up to the first clause break (punctuation) or, unless `throughFigures`, the next figure. */
function clause(tokens: Token[], text: string, offset: number, direction: 'after' | 'before', figures: Set<number>, throughFigures = false): Token[] {
  const kept: Token[] = [];
  let edge = direction === 'after' ? tokens[0]?.start : tokens[0]?.end;
  for (const t of tokens) {
    const gap = direction === 'after' ? text.slice(edge! - offset, t.start - offset) : text.slice(t.end - offset, edge! - offset);
    if (/[,;:.!?()«»"]/.test(gap) && kept.length > 0) break;
    if ((/^\p{N}/u.test(t.text) || figures.has(t.start)) && !throughFigures) break;
    kept.push(t);
    edge = direction === 'after' ? t.end : t.start;
  }
  return kept;
}

function knownConcept(after: Token[], before: Token[], enumeration: Token[], listsGroup: boolean, locale: CrosscheckLocale): { concept: string; about: string } | null {
  return (
    pickConcept(after, locale, true) ??
    pickConcept(before, locale, true) ??
    (listsGroup ? pickConcept(enumeration, locale, true) : null) ??
    pickConcept(after, locale) ??
    headNoun(after, locale)
  );
}

function measureBefore(tokens: Token[], locale: CrosscheckLocale): { concept: string; about: string } | null {
  const label = tokens.map((t) => locale.countConcepts[t.folded]).find((l) => l && MEASURE_CONCEPTS.has(l));
  return label ? { concept: label, about: label } : null;
}

function pickConcept(tokens: Token[], locale: CrosscheckLocale, predicatesOnly = false): { concept: string; about: string } | null {
  const labels = tokens
    .map((t) => locale.countConcepts[t.folded])
    .filter((l): l is string => Boolean(l) && !MEASURE_CONCEPTS.has(l!));
  const label = labels.find((l) => PREDICATE_CONCEPTS.has(l)) ?? (predicatesOnly ? undefined : labels[0]);
  return label ? { concept: label, about: label } : null;
}

// "1 500 hommes" with no known concept: the counted noun itself, stemmed, is the concept, so that
// "1 500 véhicules" and "800 véhicules" still compare.
function headNoun(after: Token[], locale: CrosscheckLocale): { concept: string; about: string } | null {
  const noun = after.find((t) => t.folded.length > 2 && !locale.stopwords.has(t.folded) && !/^\p{N}/u.test(t.text));
  if (!noun || noun !== after.find((t) => !['de', 'd', 'of'].includes(t.folded))) return null;
  return { concept: `word:${stem(noun.folded, locale.lang)}`, about: noun.text.toLowerCase() };
}

/**
 * "au moins 12" against "14" disagree: floors are read as the figure they state. Against a vague
 * amount or an estimate a floor is only a floor: "at least 20" fits "dozens".
 */
export function overlap(a: Count, b: Count): boolean {
  const loose = (x: Count, y: Count) => x.qualifier === 'atLeast' && ['vague', 'about', 'above'].includes(y.qualifier);
  const aHigh = loose(a, b) ? Infinity : a.high;
  const bHigh = loose(b, a) ? Infinity : b.high;
  return a.low <= bHigh && b.low <= aHigh;
}
