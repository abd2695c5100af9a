// Sentences with their spans in the article text: the unit a claim is made of.
import type { Span } from '../article.js';

export interface Sentence extends Span {
  text: string;
  /** Index of the sentence in its article, 0 for the lead. */
  index: number;
}

// A period after these is not a sentence end: "M. Diop", "Gén. Camara", "U.S. officials".
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'gén', 'gen', 'col', 'cdt',
  'lt', 'sgt', 'mr', 'mrs', 'ms', 'prof', 'jr', 'sr', 'no', 'art', 'av', 'bd', 'env', 'etc', 'vs',
  'u', 's', 'n', 'p', 'ex', 'cf', 'fig', 'vol', 'janv', 'févr', 'oct', 'nov', 'déc', 'sept', 'jan',
  'feb', 'aug', 'dec',
]);

// End punctuation, optional closing quotes/brackets, then space and an opening of a sentence.
const BOUNDARY = /([.!?…]+)(["»”’)\]]*)(\s+)(?=["«“(\[]?\s?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end), index: sentences.length });
  };
  for (const paragraph of paragraphs(text)) {
    let start = paragraph.start;
    const body = text.slice(paragraph.start, paragraph.end);
    for (const m of body.matchAll(BOUNDARY)) {
      const at = paragraph.start + (m.index ?? 0);
      if (m[1] === '.' && isAbbreviation(text, at)) continue;
      const end = at + m[1]!.length + m[2]!.length;
      push(start, end);
      start = end;
    }
    push(start, paragraph.end);
  }
  return sentences;
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n+/g)) {
    spans.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!;
  // A single capital ("J. Smith") is an initial.
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word));
}
