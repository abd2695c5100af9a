// User text -> FTS5 MATCH expression. The index folds case and accents (unicode61
// remove_diacritics 2); this side adds light French/English stemming as prefix queries, so
// "élections" finds "Election", "ministre" finds "ministres" and "ministry", "journaux" finds
// "journal". Every word must match (implicit AND), in any order.
import type { Snippet } from '../Store.js';

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

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

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

/** The MATCH expression for `text`, or null when it holds no word to look for. */
export function ftsQuery(text: string): string | null {
  const terms = words(text).map((word) =>
    word.length < MIN_PREFIX_LENGTH ? `"${word}"` : `"${lightStem(word)}"*`,
  );
  return terms.length > 0 ? terms.join(' ') : null;
}

export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** FTS5 snippet() output with MARK_OPEN/MARK_CLOSE around the matches -> text and spans. */
export function parseSnippet(marked: string): Snippet {
  const marks: Snippet['marks'] = [];
  let text = '';
  let open = -1;
  for (const char of marked) {
    if (char === MARK_OPEN) open = text.length;
    else if (char === MARK_CLOSE && open >= 0) {
      marks.push({ start: open, end: text.length });
      open = -1;
    } else text += char;
  }
  return { text, marks };
}
