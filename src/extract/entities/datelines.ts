// A wire's dateline at the head of a paragraph: "NIAMEY (ASP) – Les Forces…",
// "Niamey, 20 juin 2025 (GDW) - …". The code in brackets credits the agency that wrote the text:
// it names no body the text is about, and an agency named in every dispatch it sends would tie
// unrelated events together. The word after the dash opens the sentence ("Les" is an article).
import type { Token } from './tokenize.js';

/** How far back a dateline's place and date may reach from its credit: "Niamey, 20 juin 2025 (ASP) –". */
const MAX_DATELINE_TOKENS = 12;
const DASHES = new Set(['-', '–', '—']);
/** Inside a dateline: "Niamey, 20 juin", "WASHINGTON, D.C.". */
const DATELINE_PUNCTUATION = new Set([',', '.']);

/** Indexes of the credit words of datelines; marks the word after each dash as a sentence start. */
export function markDatelineCredits(tokens: Token[]): Set<number> {
  const credits = new Set<number>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!isDatelineCredit(tokens, i)) continue;
    credits.add(i);
    const opener = tokens[i + 3];
    if (opener) opener.sentenceStart = true;
  }
  return credits;
}

function isDatelineCredit(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.capitalised || tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || !DASHES.has(tokens[i + 2]!.text)) return false;
  for (let k = i - 2; k >= 0 && i - k <= MAX_DATELINE_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && !DATELINE_PUNCTUATION.has(token.text)) return false;
    if (k === 0 || token.lineStart) return token.capitalised;
  }
  return false;
}
