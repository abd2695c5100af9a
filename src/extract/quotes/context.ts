// Everything the quote rules read about one article, computed once: tokens, cues,
// quotation marks, sentences, paragraphs and names.
import type { EntityMention, Span } from '../../article.js';
import { localeFor, type QuoteLocale } from './locale.js';
import { NameBook, nameRuns, type NameRun } from './names.js';
import { findQuotedSegments, type QuotedSegment } from './quoteMarks.js';
import { findCues, type Cue } from './speechCues.js';
import { splitAtIncises } from './splitIncises.js';
import { sentenceSpans, spanIndexAt, tokenize, type Token } from './tokens.js';

export interface QuoteContext {
  text: string;
  locale: QuoteLocale;
  tokens: Token[];
  cues: Cue[];
  /** Cue whose first token is i. */
  cueAt: Map<number, Cue>;
  segments: QuotedSegment[];
  sentences: Span[];
  paragraphs: Span[];
  /** Sentence index of each token. */
  sentenceOf: number[];
  mentions: EntityMention[];
  runs: NameRun[];
  book: NameBook;
}

export function buildContext(text: string, lang: string, mentions: EntityMention[]): QuoteContext {
  const locale = localeFor(lang);
  const tokens = tokenize(text);
  const segments = findQuotedSegments(text);
  const sentences = sentenceSpans(text, segments.map((s) => ({ start: s.open, end: s.close })));
  const sentenceOf = tokens.map((t) => Math.max(0, spanIndexAt(sentences, t.start)));
  // "pour" is a source only at the head of its sentence ("Pour l'analyste X, …")
  const cues = findCues(tokens, locale).filter((c) => !locale.sentenceInitialOnly.has(c.lemma) || c.first === 0 || sentenceOf[c.first - 1] !== sentenceOf[c.first]);
  const runs = nameRuns(tokens, 0, tokens.length, locale, mentions);
  return {
    text, locale, tokens, cues, cueAt: new Map(cues.map((c) => [c.first, c])), segments: splitAtIncises(tokens, cues, segments, locale), sentences,
    paragraphs: paragraphSpans(text), sentenceOf, mentions, runs, book: new NameBook(runs, mentions),
  };
}

export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const start = m.index ?? 0;
    if (m[0].trim()) spans.push({ start, end: start + m[0].trimEnd().length });
  }
  return spans;
}

/** First token starting at or after `pos` (tokens.length when none). */
export function tokenAtOrAfter(ctx: QuoteContext, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [first, last] of sentence k. */
export function sentenceTokens(ctx: QuoteContext, k: number): [number, number] {
  const s = ctx.sentences[k];
  return [tokenAtOrAfter(ctx, s.start), tokenAtOrAfter(ctx, s.end) - 1];
}

export function insideSegment(ctx: QuoteContext, pos: number): QuotedSegment | null {
  for (const seg of ctx.segments) if (seg.open <= pos && pos < seg.close) return seg;
  return null;
}

export function paragraphIndexAt(ctx: QuoteContext, pos: number): number {
  return spanIndexAt(ctx.paragraphs, pos);
}

export function isPunctuation(tok: Token | undefined): boolean {
  return !!tok && /^[^\p{L}\p{N}]+$/u.test(tok.text);
}

/** Tokens [first, last] cut at commas and quotations: "Interrogé sur X, M. Lavrov" -> two chunks. */
export function commaChunks(ctx: QuoteContext, first: number, last: number): [number, number][] {
  const out: [number, number][] = [];
  let start = first;
  for (let i = first; i <= last + 1; i++) {
    if (i > last || ctx.tokens[i].text === ',' || insideSegment(ctx, ctx.tokens[i].start)) {
      if (i - 1 >= start) out.push([start, i - 1]);
      start = i + 1;
    }
  }
  return out;
}
