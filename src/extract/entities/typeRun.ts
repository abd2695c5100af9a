// Typing a capitalised run from its own words and the title before it: gazetteers, first names,
// organisation heads and tails, honorifics ("M. Lavrov"), and the shapes that make a run no name
// at all (roman numerals, OCR debris, capitalised common words). Runs nothing can type stay
// `null`; their context (typeFromContext.ts) and the article (resolveInArticle.ts) decide later.
import type { EntityType } from '../../article.js';
import type { Token } from './tokenize.js';
import type { Gender, Lexicon } from './lexicon.js';
import type { NameSpan } from './findNames.js';
import { demonymOf, firstNameOf, isAnyTown, isCommonWord, isPeople, organizationOf, placeOf } from './gazetteer.js';
import { adjacent } from './findRoles.js';
import { PRESS_TITLE_HEADS, PRESS_TITLE_TAILS, PRESS_TITLE_WORDS } from './locales/pressTitles.js';

const MAX_DEBRIS_LENGTH = 3;
/** "le chapitre III", "classes III et IV", "XIIe siècle": numbers, not acronyms. */
const ROMAN_NUMERAL = /^[IVXLC]+(?:e|er|ème)?$/;
/** Below this length a word in capitals is an acronym even when the dictionary knows it ("ONU"); above, "SPORTS" is a word. */
const MIN_CAPITAL_WORD_LENGTH = 4;
/**
 * OCR glue and misreadings, not names: a capital right after a lower-case letter ("IaMorée",
 * "AuLes"), two capitals then lower case ("VAbendpost", "RReine"), capitals running into lower
 * case ("SERMENTdevant"), an apostrophe inside a word ("Hii'il").
 */
const GARBLED = /\p{Ll}\p{Lu}|^\p{Lu}\p{Lu}\p{Ll}{2}|\p{Lu}{3}\p{Ll}{2}|^\p{L}{2,}['’]\p{L}/u;
/** Names that do carry such capitals: "McDonald", "MacArthur", "DiCaprio", "LeBlanc", "O'Brien". */
const CAPITALS_INSIDE_NAMES = /^(?:Mc|Mac|Di|De|Le|La|Van|Von)\p{Lu}\p{Ll}|^O['’]\p{Lu}/u;

/** "du Havre", "au Mans": the article of "Le Havre" hides in the contraction. */
const ARTICLE_IN_CONTRACTION = new Set(['du', 'au']);

/** Longest word in capitals cut short with a dot: "TH." for théâtre, "COM." for comédie. */
const MAX_ABBREVIATION_LENGTH = 3;

/**
 * "TH. ANTOINE", "CO.-CAUMARTIN": capitals glued to a dot, then more capitals or a hyphen, are a
 * word cut short, not an acronym; "selon le CSP. Il a…" ends a sentence on an acronym.
 */
function abbreviation(tokens: Token[], k: number): boolean {
  const dot = tokens[k + 1];
  const after = tokens[k + 2];
  const cutShort = after !== undefined && (after.allCaps || after.text === '-');
  return tokens[k]!.text.length <= MAX_ABBREVIATION_LENGTH && dot?.text === '.' && dot.start === tokens[k]!.end && cutShort;
}

/** Sentence starts, and in wrapped text a capitalised function word opening a line. */
export function opensSentence(token: Token, fold: string, lex: Lexicon): boolean {
  return token.sentenceStart || (token.lineStart && lex.stopwords.has(fold));
}

/**
 * Types a run, splitting it where two names touch: a headline in capitals keeps only its known
 * names; a title inside ("Général Diarra") becomes the title of what follows.
 */
export function splitAndType(tokens: Token[], folds: string[], first: number, last: number, lex: Lexicon): NameSpan[] {
  const phrase = folds.slice(first, last + 1).join(' ');
  const allCaps = tokens.slice(first, last + 1).every((t) => t.kind !== 'word' || t.allCaps || t.text.length < 2);
  if (allCaps && last > first && !organizationOf(tokens[first]!.text, phrase) && !placeOf(phrase)) {
    return headlineNames(tokens, folds, first, last, lex);
  }
  return [typeRun(tokens, folds, first, last, lex)].filter((s): s is NameSpan => s !== null);
}

/** A byline in capitals is a first name and one or two surnames: "PASCAL HOFER", "CLARA MARC". */
const MAX_BYLINE_WORDS = 3;

function headlineNames(tokens: Token[], folds: string[], first: number, last: number, lex: Lexicon): NameSpan[] {
  const given = firstNameOf(folds[first]!);
  if (given && last - first < MAX_BYLINE_WORDS && !placeOf(folds[last]!) && !isCommonWord(folds[last]!)) {
    return [{ first, last, titleFirst: null, type: 'person', gender: given.gender, rule: 'byline' }];
  }
  const found: NameSpan[] = [];
  for (let k = first; k <= last; k++) {
    // "SUR L'ADHÉSION DU ROYAUME-UNI AU MARCHÉ COMMUN": in capitals, "AU" is a word, not the African Union.
    const org = lex.stopwords.has(folds[k]!) ? undefined : organizationOf(tokens[k]!.text, folds[k]!);
    const place = placeOf(folds[k]!);
    if (org) found.push({ first: k, last: k, titleFirst: null, type: 'organization', gender: null, org, rule: 'headline-org' });
    else if (place) {
      found.push({ first: k, last: k, titleFirst: null, type: 'location', gender: null, place, rule: 'headline-place' });
    } else if (lex.honorifics.has(folds[k]!) && k < last) {
      const person = typeRun(tokens, folds, k + 1, k + 1, lex);
      if (person) found.push({ ...person, titleFirst: k, type: 'person', rule: 'headline-title' });
      k++;
    }
  }
  return found;
}

function typeRun(tokens: Token[], folds: string[], first: number, last: number, lex: Lexicon): NameSpan | null {
  const phrase = folds.slice(first, last + 1).join(' ');
  const head = folds[first]!;
  const span = (type: EntityType | null, rule: string, extra: Partial<NameSpan> = {}): NameSpan => ({
    first, last, titleFirst: null, type, gender: null, rule, ...extra,
  });
  if (last === first && demonymOf(head) && !placeOf(head)) return null;
  // A people with no country of its own ("Touareg", "West African") is no person, place or body,
  // but it is a name other articles repeat: kept, typed other, so it can anchor a shared fact.
  if (isPeople(phrase) && !placeOf(phrase)) return span('other', 'people');
  if (last === first && tokens[first]!.text.length < 2) return null;
  if (last === first && tokens[first]!.allCaps && abbreviation(tokens, first) && !organizationOf(tokens[first]!.text, head) && !placeOf(head)) return null;
  if (last === first && ROMAN_NUMERAL.test(tokens[first]!.text)) return null;

  const title = titleBefore(tokens, folds, first, lex);
  if (!title && tokens.slice(first, last + 1).some((t) => GARBLED.test(t.text) && !CAPITALS_INSIDE_NAMES.test(t.text))) return null;
  if (last === first && !title && lex.stopwords.has(head)) return null;
  // "Général Diarra", "Monsieur Lavrov" at the start of a run.
  if (!title && last > first && (lex.honorifics.has(head) || lex.titles.has(head))) {
    const gender = lex.honorifics.get(head) ?? lex.titles.get(head) ?? null;
    const nameFirst = tokens[first + 1]!.text === '.' ? first + 2 : first + 1;
    if (nameFirst > last) return null;
    return { ...span('person', 'title-in-run', { gender }), first: nameFirst, titleFirst: first };
  }
  if (!title && pressTitle(folds, first, last)) return span('other', 'press-title');
  // "la Chambre", "le Sénat": a capitalised institution mid-sentence names the body.
  if (!title && last === first && lex.orgHeads.has(head) && !opensSentence(tokens[first]!, head, lex)) return span('organization', 'org-head-alone');
  // "la mer Noire", "la place Fédérale", "au Havre", "à Tours": after a place noun, or a place
  // preposition before a town's name, a capitalised common word is the place's name.
  const before = first - 1;
  const known = organizationOf(tokens[first]!.text, phrase) !== undefined;
  const placeWord = before >= 0 && !title && !known && !tokens[before]!.capitalised && adjacent(tokens, before, first) ? folds[before]! : null;
  if (placeWord !== null && lex.placeHeads.has(placeWord)) return span('location', 'place-head', { titleFirst: before });
  if (placeWord !== null && lex.placePrepositions.has(placeWord) && isAnyTown(phrase) && !firstNameOf(head)) return span('location', 'place-preposition');
  if (placeWord !== null && ARTICLE_IN_CONTRACTION.has(placeWord) && placeOf(`le ${phrase}`)) return span('location', 'place-contraction');
  if (!title && isCommonPhrase(tokens, folds, first, last, lex)) return null;
  // "Lo", "Vs", "Uom": short mixed-case words nothing knows are OCR debris far more often than names.
  if (!title && last === first && tokens[first]!.text.length <= MAX_DEBRIS_LENGTH && !tokens[first]!.allCaps && !firstNameOf(head) && !placeOf(head) && !organizationOf(tokens[first]!.text, head)) return null;
  const org = organizationOf(tokens.slice(first, last + 1).map((t) => t.text).join(' '), phrase) ?? (last === first ? organizationOf(tokens[first]!.text, head) : undefined);
  if (org) return span('organization', 'known-org', { org });
  if (title) return span('person', 'title', { titleFirst: title.first, gender: title.gender });
  if (lex.orgHeads.has(head) && last > first && !firstNameOf(folds[first + 1]!)) return span('organization', 'org-head');
  if (last > first && lex.orgHeads.has(folds[last]!)) return span('organization', 'org-tail');
  if (last > first && !tokens[last]!.capitalised && lex.orgAdjectives.has(folds[last]!) && !placeOf(phrase)) return span('organization', 'org-adjective');
  const place = placeOf(phrase);
  if (place) return span('location', 'gazetteer-place', { place });
  const given = firstNameOf(head);
  if (given) return span('person', 'first-name', { gender: last > first ? given.gender : null });
  if (before >= 0 && lex.placePrepositions.has(folds[before]!) && !given) return span('location', 'place-preposition');
  if (tokens[first]!.allCaps && last === first && tokens[first]!.text.length <= 6 && !ROMAN_NUMERAL.test(tokens[first]!.text) && !lex.honorifics.has(head)) return span('organization', 'acronym');
  if (last > first && placeOf(folds[last]!) === undefined && firstNameOf(folds[first]!) === undefined) return span(null, 'unknown-multi');
  return span(null, 'unknown');
}

/**
 * Every word a common French word and none a known name: "Etat", "Chambre", "Sa Majesté" are
 * capitalised institutions or emphasis, not names. An organisation head keeps a longer run
 * ("Conseil fédéral"); a title before the run always keeps it ("M. Blanc").
 */
function isCommonPhrase(tokens: Token[], folds: string[], first: number, last: number, lex: Lexicon): boolean {
  const phrase = folds.slice(first, last + 1).join(' ');
  if (placeOf(phrase) || organizationOf(tokens[first]!.text, phrase)) return false;
  if (last > first && (lex.orgHeads.has(folds[first]!) || lex.orgHeads.has(folds[last]!))) return false;
  if (last > first && !tokens[last]!.capitalised && lex.orgAdjectives.has(folds[last]!)) return false;
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') continue;
    if (lex.nameParticles.has(folds[k]!) && !token.capitalised) continue;
    if (token.allCaps && token.text.length < MIN_CAPITAL_WORD_LENGTH) return false;
    if (firstNameOf(folds[k]!) || placeOf(folds[k]!)) return false;
    if (!isCommonWord(folds[k]!)) return false;
  }
  return true;
}

const TITLE_HEADS = new Set(PRESS_TITLE_HEADS);
const TITLE_TAILS = new Set(PRESS_TITLE_TAILS);
const TITLE_WORDS = new Set(PRESS_TITLE_WORDS);

/** "Journal de Genève", "New York Times", "Times": a newspaper's title (see locales/pressTitles.ts). */
function pressTitle(folds: string[], first: number, last: number): boolean {
  if (first === last) return TITLE_WORDS.has(folds[first]!);
  return TITLE_HEADS.has(folds[first]!) || TITLE_TAILS.has(folds[last]!);
}

/** Particles of a noble name: "M. de Polignac", "Mme d'Épinay". */
const NOBLE_PARTICLES = new Set(['de', 'd']);

/**
 * An honorific or title right before the name: "M. Lavrov", "Mme Diop", "le colonel Goïta". An
 * honorific also holds a name after "de", which alone reads as a place: "M. de Bismarck",
 * "M. le duc de Laval". A title does not: "le roi de Prusse" is a king and a country.
 */
function titleBefore(tokens: Token[], folds: string[], first: number, lex: Lexicon): { first: number; gender: Gender } | null {
  return nobleTitleBefore(tokens, folds, first, lex) ?? directTitleBefore(tokens, folds, first, lex);
}

function nobleTitleBefore(tokens: Token[], folds: string[], first: number, lex: Lexicon): { first: number; gender: Gender } | null {
  const de = first - 1;
  if (de < 1 || !NOBLE_PARTICLES.has(folds[de]!) || tokens[de]!.capitalised || !adjacent(tokens, de, first)) return null;
  let k = de - 1;
  // "M. le duc de Laval": a determiner and a title between the honorific and "de".
  if (k >= 1 && lex.titles.has(folds[k]!) && (folds[k - 1] === 'le' || folds[k - 1] === 'la')) k -= 2;
  if (k >= 0 && tokens[k]!.text === '.') k--;
  if (k < 0 || tokens[k]!.kind !== 'word' || SAINTS.has(folds[k]!)) return null;
  const gender = lex.honorifics.get(folds[k]!);
  return gender === undefined ? null : { first: k, gender };
}

/** Honorifics that make a place's name, not a person's: "St. Gall". */
const SAINTS = new Set(['st', 'ste', 'saint', 'sainte']);

function directTitleBefore(tokens: Token[], folds: string[], first: number, lex: Lexicon): { first: number; gender: Gender } | null {
  let k = first - 1;
  if (k >= 0 && tokens[k]!.text === '.') k--;
  if (k < 0 || tokens[k]!.kind !== 'word') return null;
  const fold = folds[k]!;
  const gender = lex.honorifics.get(fold) ?? lex.titles.get(fold);
  if (gender === undefined) return null;
  if (tokens[first]!.start - tokens[k]!.end > 3) return null;
  return { first: k, gender };
}
