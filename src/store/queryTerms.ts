// What a reader's search words mean, whatever the store: case and accents folded, and light
// French/English stemming as prefixes, so "élections" finds "Election", "ministre" finds
// "ministres" and "ministry", "journaux" finds "journal".

/** Shorter words match exactly: "a*" or "de*" would match half the corpus. */
const MIN_PREFIX_LENGTH = 3;
/** Endings taken off before matching by prefix, longest first. */
const LIGHT_SUFFIXES: [ending: string, replacement: string][] = [
  ['aux', 'a'], // journaux -> journa*  (journal, journaux)
  ['ies', ''], // countries -> countr* (country)
  ['es', 'e'],
  ['s', ''],
  ['x', ''],
];

export interface QueryTerm {
  /** Folded: lower case, no accents. */
  term: string;
  prefix: boolean;
}

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export const WORD = /[\p{L}\p{N}]+/gu;

export function lightStem(word: string): string {
  let stem = word;
  for (const [ending, replacement] of LIGHT_SUFFIXES) {
    if (stem.endsWith(ending) && stem.length - ending.length + replacement.length >= MIN_PREFIX_LENGTH) {
      stem = stem.slice(0, -ending.length) + replacement;
      break;
    }
  }
  // Feminine -e: "présidente" -> "president*" (président, présidentielle too).
  if (stem.endsWith('e') && stem.length > MIN_PREFIX_LENGTH + 1) stem = stem.slice(0, -1);
  return stem;
}

export function queryTerms(text: string): QueryTerm[] {
  return (foldText(text).match(WORD) ?? []).map((word) =>
    word.length < MIN_PREFIX_LENGTH ? { term: word, prefix: false } : { term: lightStem(word), prefix: true },
  );
}

/** Whether a word of the text matches one of the terms. */
export function matchesTerm(word: string, terms: QueryTerm[]): boolean {
  const folded = foldText(word);
  return terms.some((t) => (t.prefix ? folded.startsWith(t.term) : folded === t.term));
}
