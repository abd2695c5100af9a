// Words with offsets, and sentences that never end inside a quotation:
// « Je pars. Il reste », a-t-il dit. is one sentence for attribution.
import type { Span } from '../../article.js';

export interface Token extends Span {
  text: string;
  lower: string;
}

// French elisions stand alone ("l'", "qu'") so that "l'entraîneur" gives two words;
// hyphenated inversions stay whole ("a-t-il", "estime-t-elle").
// Titles keep their period ("M. Diop" is two tokens, "M." and "Diop").
const TOKEN = /(?<![\p{L}])(?:M|Mr|Mrs|Ms|Dr|Pr|Mgr|Gen|Col|Sen|Lt|Sgt|St)\.(?=\s+\p{Lu})|(?<![\p{L}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|aujourd)['’](?=\p{L})|[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*|\S/giu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    tokens.push({ text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start, end: start + raw.length });
  }
  return tokens;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'mr', 'mrs', 'ms', 'gen', 'col', 'sen', 'rep', 'gov', 'lt', 'sgt', 'jr', 'sr', 'etc', 'cf', 'no', 'vs', 'p']);

/**
 * Sentence spans over the whole text. `opaque` spans (quotations) are skipped over, so a
 * period inside a quote never ends the sentence that carries its attribution. A line break
 * always ends a sentence.
 */
export function sentenceSpans(text: string, opaque: Span[] = []): Span[] {
  const spans: Span[] = [];
  const sorted = [...opaque].sort((a, b) => a.start - b.start);
  let k = 0;
  let start = 0;
  const push = (end: number) => {
    const s = skipSpace(text, start);
    if (end > s) spans.push({ start: s, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    while (k < sorted.length && sorted[k].end <= i) k++;
    if (k < sorted.length && sorted[k].start <= i && i < sorted[k].end) {
      // a paragraph break inside a quotation still ends nothing: the quote carries on
      i = sorted[k].end - 1;
      continue;
    }
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < text.length && /[.!?…»"”’)\]]/.test(text[j])) j++;
      if (j < text.length && !/\s/.test(text[j])) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      const next = skipSpace(text, j);
      if (next < text.length && !/[\p{Lu}\p{N}«“"—–\-\n]/u.test(text[next]) && text[j] !== '\n') continue;
      push(j);
    }
  }
  push(text.length);
  return spans;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /\p{L}/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  // a lone capital is an initial ("J. Smith")
  return ABBREVIATIONS.has(word) || (dot - s === 1 && /\p{Lu}/u.test(text[s]));
}

/** Index of the span containing `pos`, or -1. */
export function spanIndexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
