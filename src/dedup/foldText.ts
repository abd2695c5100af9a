// Accent- and case-folding shared by the fingerprints and the event terms, so that
// "Sergueï", "SERGUEI" and "Serguei" are one token, and typographic variants of one
// dispatch ("l’armée" / "l'armée", non-breaking spaces, dashes) hash alike.

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, without diacritics; ligatures and full-width forms unfolded by NFKD. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The words of a text, folded: "L’armée malienne, hier." -> ["l", "armee", "malienne", "hier"]. */
export function foldedWords(text: string): string[] {
  const folded = foldCase(text).replace(NON_WORD, ' ').trim();
  return folded === '' ? [] : folded.split(' ');
}
