// Finds who said a quotation between quote marks. Three places, in this order:
//   after   « … », a déclaré M. Lavrov.   « … », estime-t-elle.   "…," he said.
//   before  X a souligné que « … »   selon X, « … »   X : « … »   a salué un « partenaire fiable »
//   around  a quotation standing alone as a sentence speaks for the speaker just before it,
//           or for the subject of a sentence ending with ":".
import type { Span } from '../../article.js';
import { isPunctuation, sentenceTokens, tokenAtOrAfter, type QuoteContext } from './context.js';
import type { QuotedSegment } from './quoteMarks.js';
import type { Cue } from './speechCues.js';
import type { Speaker, SpeakerResolver } from './speakers.js';

export interface Attribution {
  speaker: Speaker | null;
  cue: Cue | null;
  /** Where the attribution was found: decides whether a short quotation is a scare quote. */
  site: 'after' | 'before' | 'inherited' | 'none';
}

const SUBJECT_PRONOUN = /^(?:il|elle|ils|elles|he|she|they)$/;
/** Tokens between a governing verb and the quote it governs: "a évoqué des « …", "fait état de « …". */
const GOVERNING_REACH = 3;
/** Tokens an English speaker phrase may take between the closing mark and the verb: `," the ministry said`. */
const EN_SUBJECT_REACH = 7;

export interface Previous {
  seg: QuotedSegment;
  att: Attribution;
}

export function attributeDirect(ctx: QuoteContext, seg: QuotedSegment, resolver: SpeakerResolver, previous: Previous | null): Attribution {
  // "L'ONG, évoquant des « exécutions sommaires », demande une enquête": the verb governing the
  // quoted words speaks for them, not the verb after them (whose object is no speaker)
  if (governedBefore(ctx, seg)) {
    const before = attributionBefore(ctx, seg, resolver);
    if (before?.speaker) return before;
  }
  const after = attributionAfter(ctx, seg, resolver);
  if (after) return after;
  const before = attributionBefore(ctx, seg, resolver);
  if (before) return before;
  // "… comme « un homme au destin compliqué » qui avait « commis de graves erreurs »"
  if (previous?.att.speaker && sentenceOfPos(ctx, previous.seg.open) === sentenceOfPos(ctx, seg.open)) {
    return { speaker: previous.att.speaker, cue: null, site: 'before' };
  }
  if (standsAlone(ctx, seg)) return { speaker: inherited(ctx, seg, resolver, previous?.att ?? null), cue: null, site: 'inherited' };
  return { speaker: null, cue: null, site: 'none' };
}

/** A speech verb stands right before the quotation, in its sentence: "a dénoncé une « … »". */
function governedBefore(ctx: QuoteContext, seg: QuotedSegment): boolean {
  const openTok = tokenAtOrAfter(ctx, seg.open);
  return ctx.cues.some((c) => c.kind === 'verb' && c.last < openTok && openTok - c.last <= GOVERNING_REACH && ctx.sentenceOf[c.last] === ctx.sentenceOf[openTok]);
}

function sentenceOfPos(ctx: QuoteContext, pos: number): number {
  return ctx.sentenceOf[tokenAtOrAfter(ctx, pos)] ?? -1;
}

function attributionAfter(ctx: QuoteContext, seg: QuotedSegment, resolver: SpeakerResolver): Attribution | null {
  const { tokens, cueAt, sentenceOf } = ctx;
  let j = tokenAtOrAfter(ctx, seg.close);
  const sentence = sentenceOf[tokenAtOrAfter(ctx, seg.open)];
  while (j < tokens.length && tokens[j].text === ',') j++;
  if (j >= tokens.length || sentenceOf[j] !== sentence || isPunctuation(tokens[j])) return null;
  const [, last] = sentenceTokens(ctx, sentence);
  const cue = cueAt.get(j);
  if (cue) {
    if (cue.pronoun) return { speaker: resolver.pronoun(cue.pronoun, cue.first), cue, site: 'after' };
    const speaker = resolver.phrase(cue.last + 1, nextQuoteOrEnd(ctx, cue.last + 1, last), true);
    return speaker ? { speaker, cue, site: 'after' } : null;
  }
  // `," the French foreign ministry said`, `," he told reporters`
  for (let k = j + 1; k <= last && k - j <= EN_SUBJECT_REACH; k++) {
    if (isPunctuation(tokens[k])) break;
    const c = cueAt.get(k);
    if (c && c.kind === 'verb') {
      const speaker = resolver.subject(j, k - 1);
      return speaker ? { speaker, cue: c, site: 'after' } : null;
    }
  }
  return null;
}

function attributionBefore(ctx: QuoteContext, seg: QuotedSegment, resolver: SpeakerResolver): Attribution | null {
  const { tokens, cues } = ctx;
  const openTok = tokenAtOrAfter(ctx, seg.open);
  const sentence = ctx.sentenceOf[openTok];
  const [first] = sentenceTokens(ctx, sentence);
  let from = first;
  // start after the previous quotation of the same sentence: « A », a-t-il dit, « B »
  for (const other of ctx.segments) if (other.close <= seg.open && other.close > tokens[first]?.start) from = tokenAtOrAfter(ctx, other.close);
  if (from >= openTok) return null;
  let cue: Cue | null = null;
  for (const c of cues) if (c.first >= from && c.last < openTok) cue = c;
  if (cue) {
    if (cue.kind === 'source') return { speaker: resolver.phrase(cue.last + 1, openTok - 1, false), cue, site: 'before' };
    if (cue.pronoun) return { speaker: resolver.pronoun(cue.pronoun, cue.first), cue, site: 'before' };
    // "…, dont il a dénoncé la « mentalité coloniale »": the pronoun right before the verb
    const prev = tokens[cue.first - 1];
    if (prev && SUBJECT_PRONOUN.test(prev.lower) && cue.first - 1 > from) return { speaker: resolver.pronoun(prev.lower, cue.first - 1), cue, site: 'before' };
    const subject = cue.first > from ? resolver.subject(from, cue.first - 1) : null;
    if (subject) return { speaker: subject, cue, site: 'before' };
    // stylistic inversion before the quote: "Et d'ajouter le ministre : « … »"
    const next = tokens[cue.last + 1];
    const inverted = next && (ctx.locale.determiners.has(next.lower) || /^\p{Lu}/u.test(next.text)) ? resolver.phrase(cue.last + 1, openTok - 1, true) : null;
    return { speaker: inverted, cue, site: 'before' };
  }
  // "Le maire réclame un plan : « … »" has no speech verb but a colon
  if (tokens[openTok - 1]?.text === ':') {
    const speaker = resolver.subject(from, openTok - 2);
    if (speaker) return { speaker, cue: null, site: 'before' };
  }
  return null;
}

/** The quotation is its own sentence (or paragraph): nothing but punctuation around it. */
function standsAlone(ctx: QuoteContext, seg: QuotedSegment): boolean {
  const s = ctx.sentences[ctx.sentenceOf[tokenAtOrAfter(ctx, seg.open)]];
  if (!s) return false;
  const before = ctx.text.slice(s.start, seg.open);
  const after = ctx.text.slice(seg.close, s.end);
  return /^[\s\p{P}]*$/u.test(before) && /^[\s\p{P}]*$/u.test(after);
}

function inherited(ctx: QuoteContext, seg: QuotedSegment, resolver: SpeakerResolver, previous: Attribution | null): Speaker | null {
  const k = ctx.sentenceOf[tokenAtOrAfter(ctx, seg.open)];
  if (k <= 0) return null;
  const prevSentence = ctx.sentences[k - 1];
  const prevText = ctx.text.slice(prevSentence.start, prevSentence.end).trimEnd();
  // "Le ministre a été clair :" then the quotation as its own paragraph
  if (prevText.endsWith(':')) {
    const [first, last] = sentenceTokens(ctx, k - 1);
    return resolver.subject(first, last - 1);
  }
  // a second paragraph of quotation right after an attributed one keeps its speaker
  if (previous?.speaker && previous.speaker.span.end <= seg.open && near(ctx, previous.speaker.span, seg)) return previous.speaker;
  const subject = resolver.sentenceSubject(k - 1);
  return subject && subject.person ? subject : null;
}

/** The previous attribution lies in the sentence right before `seg`. */
function near(ctx: QuoteContext, span: Span, seg: QuotedSegment): boolean {
  const k = ctx.sentenceOf[tokenAtOrAfter(ctx, seg.open)];
  const ks = ctx.sentenceOf[tokenAtOrAfter(ctx, span.start)];
  return k - ks <= 1;
}

function nextQuoteOrEnd(ctx: QuoteContext, from: number, last: number): number {
  const pos = ctx.tokens[from]?.start ?? Infinity;
  for (const s of ctx.segments) if (s.open >= pos) return Math.min(last, tokenAtOrAfter(ctx, s.open) - 1);
  return last;
}
