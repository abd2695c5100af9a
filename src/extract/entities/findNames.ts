// Capitalised runs. A run is a sequence of capitalised words, joined by name particles ("Charles
// de Gaulle", "Mohamed Ould Ghazouani") and by lower-case words that a known name needs ("Nations
// unies", "Union africaine", "l'Action nationale"). Each run is typed from its own words and the
// title before it (typeRun.ts), then from the words around it (typeFromContext.ts). Two shapes are
// taken whole before any run: a body spelled out before its acronym ("Centre national … (CNRST)",
// acronyms.ts) and a country abbreviation in a results table ("Olano (Esp)").
import type { EntityType } from '../../article.js';
import type { Token } from './tokenize.js';
import type { Gender, Lexicon } from './lexicon.js';
import { demonymOf, firstNameOf, isCommonWord, isPhraseStart, organizationOf, placeOf, maxPhraseTokens, type PlaceInfo } from './gazetteer.js';
import type { KnownOrganization } from './locales/organizations.js';
import { adjacent } from './findRoles.js';
import { definitionEnd } from './acronyms.js';
import { typeFromContext } from './typeFromContext.js';
import { opensSentence, splitAndType } from './typeRun.js';

export interface NameSpan {
  /** First and last token of the name itself. */
  first: number;
  last: number;
  /** First token of an honorific or title written before it ("M.", "le colonel" -> "colonel"). */
  titleFirst: number | null;
  type: EntityType | null;
  gender: Gender | null;
  org?: KnownOrganization;
  place?: PlaceInfo;
  /** The rule that typed it, for debugging and notes. */
  rule: string;
}

const MAX_COUNTRY_ABBREVIATION = 3;

/** Joiners of two capitalised parts that never join a name to a place ("Diop de Bamako"). */
const DE_PARTICLES = new Set(['de', 'du', 'des', 'd']);

export function findNames(tokens: Token[], lex: Lexicon, skip: Set<number>): NameSpan[] {
  const folds = tokens.map((t) => t.fold);
  const lowerCase = new Set(folds.filter((_, k) => tokens[k]!.kind === 'word' && !tokens[k]!.capitalised));
  const definitions = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const end = skip.has(i) ? null : definitionEnd(tokens, folds, i, lex);
    if (end !== null) definitions.set(i, end);
  }
  const names: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const defined = definitions.get(i);
    if (defined !== undefined) {
      names.push({ first: i, last: defined, titleFirst: null, type: 'organization', gender: null, rule: 'acronym-definition' });
      i = defined;
      continue;
    }
    if (countryAbbreviation(tokens, i)) {
      names.push({ first: i, last: i, titleFirst: null, type: 'location', gender: null, rule: 'country-abbreviation' });
      continue;
    }
    // "Le Centre national … (CNRST)": the article opening the sentence is no part of the name.
    if (definitions.has(i + 1) && lex.stopwords.has(folds[i]!)) continue;
    if (skip.has(i) || !startsName(tokens, folds, i, lex)) continue;
    let last = extendRun(tokens, folds, i, lex, skip);
    let first = i;
    // A capitalised common word opening a sentence is no name: "Selon Moscou" -> "Moscou".
    while (first <= last && opensSentence(tokens[first]!, folds[first]!, lex) && (isSentenceWord(tokens, folds, first, last, lex) || writtenInLowerCase(folds, first, last, lowerCase))) first++;
    while (first <= last && !tokens[first]!.capitalised) first++;
    // English titles and roles written with capitals belong to the role finder: "President Biden".
    // "Malian Armed Forces" keeps its adjective: the run is a known name or an organisation.
    const keepsLead = isKnownName(tokens, folds, first, last) || lex.orgHeads.has(folds[last]!);
    while (!keepsLead && first < last && isLeadingRoleWord(folds[first]!, lex)) first++;
    if (first > last) {
      i = last;
      continue;
    }
    for (const span of splitAndType(tokens, folds, first, last, lex)) {
      const typed = typeFromContext(tokens, folds, span, lex);
      if (typed) names.push(typed);
    }
    i = last;
  }
  return names;
}

/**
 * "Olano (Esp)", "Zberg (S)", "Pogacar (Slo)": in results tables, a short abbreviation in
 * parentheses right after a name is the country the athlete runs for.
 */
function countryAbbreviation(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const name = tokens[i - 2];
  return t.kind === 'word' && t.capitalised && !t.allCaps && t.text.length <= MAX_COUNTRY_ABBREVIATION
    && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && name?.kind === 'word' && name.capitalised === true;
}

function startsName(tokens: Token[], folds: string[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.capitalised || /['’]$/.test(t.text)) return false;
  if (t.text.length === 1 && tokens[i + 1]?.text !== '.') return false;
  if (lex.honorifics.has(folds[i]!) && (tokens[i + 1]?.text === '.' || tokens[i + 1]?.capitalised)) return false;
  return true;
}

function extendRun(tokens: Token[], folds: string[], i: number, lex: Lexicon, skip: Set<number>): number {
  let last = i;
  for (;;) {
    const next = last + 1;
    if (next >= tokens.length || skip.has(next) || !adjacent(tokens, last, next)) break;
    const t = tokens[next]!;
    if (t.kind === 'word' && t.capitalised && !/['’]$/.test(t.text)) {
      // In wrapped text a new line opening on "La", "Le", "Il" starts a sentence, and a change
      // from capitals to lower case across a line break is a headline meeting its dateline.
      if (t.lineStart && (lex.stopwords.has(folds[next]!) || t.allCaps !== tokens[last]!.allCaps)) break;
      // "Allemagne Viennent": a known name does not run into a capitalised common word.
      if (isKnownName(tokens, folds, i, last) && !isKnownName(tokens, folds, i, next) && isCommonWord(folds[next]!) && !placeOf(folds[next]!)) break;
      last = next;
      continue;
    }
    // Initials: "J. Dupont" -> "J." joins the run.
    if (t.text === '.' && tokens[last]!.text.length === 1 && tokens[next + 1]?.capitalised && t.start === tokens[last]!.end) {
      last = next;
      continue;
    }
    const particleEnd = particleJoin(tokens, folds, last, next, lex, i);
    if (particleEnd !== null && !skip.has(particleEnd)) {
      last = particleEnd;
      continue;
    }
    // "Conseil fédéral", "Banque nationale", "Parti socialiste"; and mid-sentence, any capitalised
    // common noun so qualified: "l'Action nationale", "l'Entente cordiale".
    if (t.kind === 'word' && !t.capitalised && lex.orgAdjectives.has(folds[next]!) && (lex.orgHeads.has(folds[last]!) || bodyNoun(tokens, folds, i, last))) {
      last = next;
      continue;
    }
    // "Forces armées nigériennes", "Garde nationale malienne": a nationality closes a body's name.
    if (t.kind === 'word' && !t.capitalised && demonymOf(folds[next]!) && (lex.orgHeads.has(folds[last]!) || (lex.orgAdjectives.has(folds[last]!) && !tokens[last]!.capitalised))) {
      last = next;
      continue;
    }
    const complement = lowerCaseComplement(tokens, folds, i, last, next, lex);
    if (complement !== null) {
      last = complement;
      continue;
    }
    const known = lowerCaseCompletion(tokens, folds, i, next);
    if (known !== null) {
      last = known;
      continue;
    }
    break;
  }
  return last;
}

/** How many "de …" complements a body's name takes: "Forces de défense et de sécurité" has two. */
const MAX_COMPLEMENTS = 3;

/**
 * "les Forces de défense et de sécurité", "la Direction de la surveillance du territoire": mid-
 * sentence, a capitalised organisation head is the start of a name, and the complements written
 * in lower case after it are the rest of it, not a lone "Forces". Returns the last token joined.
 */
function lowerCaseComplement(tokens: Token[], folds: string[], runStart: number, last: number, next: number, lex: Lexicon): number | null {
  const head = tokens[runStart]!;
  if (head.sentenceStart || head.allCaps || !lex.orgHeads.has(folds[runStart]!)) return null;
  let complements = 0;
  for (let k = runStart + 1; k <= last; k++) {
    if (tokens[k]!.capitalised) return null;
    if (DE_PARTICLES.has(folds[k]!)) complements++;
  }
  if (complements >= MAX_COMPLEMENTS) return null;
  let k = next;
  if (folds[k] === 'et' && complements > 0) k++;
  if (!DE_PARTICLES.has(folds[k] ?? '')) return null;
  if (folds[k + 1] === 'la' || folds[k + 1] === 'l') k++;
  const noun = k + 1;
  const t = tokens[noun];
  for (let j = next; j < noun; j++) if (!adjacent(tokens, j, j + 1)) return null;
  if (!t || t.kind !== 'word' || t.capitalised || lex.stopwords.has(folds[noun]!) || !isCommonWord(folds[noun]!)) return null;
  return noun;
}

/** A capitalised common noun, alone in its run and not opening a sentence: "Action" in "l'Action nationale". */
function bodyNoun(tokens: Token[], folds: string[], runStart: number, last: number): boolean {
  const t = tokens[last]!;
  return last === runStart && !t.sentenceStart && !t.allCaps && !placeOf(folds[last]!) && isCommonWord(folds[last]!);
}

/** "de Gaulle", "de la Fontaine", "Ould Ghazouani": returns the last token joined, or null. */
function particleJoin(tokens: Token[], folds: string[], last: number, next: number, lex: Lexicon, runStart: number): number | null {
  if (!lex.nameParticles.has(folds[next]!)) return null;
  let k = next;
  if ((folds[k] === 'de' && folds[k + 1] === 'la') || (folds[k] === 'de' && folds[k + 1] === 'l')) k++;
  const target = k + 1;
  if (target >= tokens.length || !adjacent(tokens, k, target) || !tokens[target]!.capitalised || tokens[target]!.kind !== 'word') return null;
  if (DE_PARTICLES.has(folds[next]!)) {
    // "Attentat de Hoedel": a lone common word does not take a "de" complement as a name.
    const lone = last === runStart && !lex.orgHeads.has(folds[runStart]!) && !lex.placeHeads.has(folds[runStart]!);
    if (lone && !firstNameOf(folds[runStart]!) && isCommonWord(folds[runStart]!)) return null;
    // "Ministère des Affaires étrangères", "Banque de France": an organisation or place head joins.
    const headJoins = lex.orgHeads.has(folds[runStart]!) || lex.placeHeads.has(folds[runStart]!);
    // "Abdoulaye Diop de Bamako": never glue a known place or organisation to a person.
    const targetFold = folds[target]!;
    const targetIsKnown = placeOf(targetFold) !== undefined || organizationOf(tokens[target]!.text, targetFold) !== undefined;
    if (!headJoins && targetIsKnown) return null;
    if (!headJoins && last - runStart >= 2) return null;
  }
  return target;
}

/**
 * Lower-case words completing a known name: "Nations unies", "Union africaine", "Banque mondiale".
 * Any suffix of the run may start the name ("Les Nations unies" at a sentence start).
 */
function lowerCaseCompletion(tokens: Token[], folds: string[], runStart: number, next: number): number | null {
  const longest = maxPhraseTokens();
  let best: number | null = null;
  for (let from = Math.max(runStart, next - longest); from < next; from++) {
    let phrase = folds.slice(from, next).join(' ');
    if (!isPhraseStart(phrase)) continue;
    for (let j = next; j < tokens.length && j - from < longest; j++) {
      if (!adjacent(tokens, j - 1, j) || tokens[j]!.kind !== 'word') break;
      phrase = `${phrase} ${folds[j]}`;
      if ((organizationOf('', phrase) || placeOf(phrase)) && (best === null || j > best)) best = j;
      if (!isPhraseStart(phrase)) break;
    }
  }
  return best;
}

function isKnownName(tokens: Token[], folds: string[], first: number, last: number): boolean {
  const phrase = folds.slice(first, last + 1).join(' ');
  return placeOf(phrase) !== undefined || organizationOf(tokens[first]!.text, phrase) !== undefined;
}

function isSentenceWord(tokens: Token[], folds: string[], k: number, last: number, lex: Lexicon): boolean {
  const fold = folds[k]!;
  if (lex.stopwords.has(fold)) return true;
  if (qualifiedBody(tokens, folds, k, last, lex)) return false;
  // English adverbs opening a sentence: "Separately", "Meanwhile", "Earlier".
  if (k === last && /ly$/.test(fold) && fold.length > 5) return true;
  const run = folds.slice(k, last + 1).join(' ');
  if (placeOf(run) || organizationOf(tokens[k]!.text, run)) return false;
  if (firstNameOf(fold) || placeOf(fold) || organizationOf(tokens[k]!.text, fold)) return false;
  if (lex.honorifics.has(fold) || lex.titles.has(fold)) return false;
  if (tokens[k]!.allCaps && tokens[k]!.text.length <= 6) return false;
  return isCommonWord(fold);
}

/**
 * "Forces armées nigériennes : …", "Garde nationale …" opening a sentence: an organisation head
 * that the run qualifies in lower case (an adjective of bodies, a nationality) names a body, though
 * "Forces" alone would be a common word.
 */
function qualifiedBody(tokens: Token[], folds: string[], k: number, last: number, lex: Lexicon): boolean {
  if (k >= last || !lex.orgHeads.has(folds[k]!) || tokens[k + 1]!.capitalised) return false;
  return lex.orgAdjectives.has(folds[k + 1]!) || demonymOf(folds[k + 1]!) !== undefined;
}

/**
 * A one-word run opening a sentence that the same article also writes in lower case is a common
 * word, in any language: "Entire villages have been flattened" beside "entire villages collapsed".
 */
function writtenInLowerCase(folds: string[], k: number, last: number, lowerCase: Set<string>): boolean {
  return k === last && lowerCase.has(folds[k]!) && !placeOf(folds[k]!) && !firstNameOf(folds[k]!);
}

function isLeadingRoleWord(fold: string, lex: Lexicon): boolean {
  if (lex.roleModifiers.has(fold) || demonymOf(fold)) return true;
  return (lex.headsByFirstWord.get(fold) ?? []).some((head) => head.length === 1);
}
