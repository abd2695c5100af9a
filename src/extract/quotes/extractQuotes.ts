// Quotations with their speakers, one article at a time. The steps, in order:
//   1. stretches between quote marks and dialogue dashes (quoteMarks.ts), split where an incise
//      interrupts them (splitIncises.ts), each attributed (attributeDirect.ts); short
//      unattributed ones are scare quotes and dropped (see isScareQuote);
//   2. pull quotes signed by the next line (findPullQuotes.ts);
//   3. reported speech from the cues left over (findIndirect.ts).
// Speakers resolve through names, roles and pronouns (speakers.ts); article.mentions, when
// the entities stage filled them, give the fullest names and the mention indices.
import type { Article, QuoteMention } from '../../article.js';
import { attributeDirect, type Attribution, type Previous } from './attributeDirect.js';
import { buildContext, tokenAtOrAfter, type QuoteContext } from './context.js';
import { findIndirect } from './findIndirect.js';
import { findSignatures, type Signature } from './findPullQuotes.js';
import { mentionIndexAt } from './names.js';
import type { QuotedSegment } from './quoteMarks.js';
import type { Cue } from './speechCues.js';
import { SpeakerResolver, type Speaker } from './speakers.js';

export const VERSION = 'quotes-2';

/**
 * Scare quotes: a few words in quote marks with no speaker in sight are a term the writer
 * keeps at arm's length, not a quotation ("un partenaire « fiable »" in a sentence with no
 * speech verb). With an attribution in the same sentence ("il a dénoncé une « trahison »")
 * the same words are a partial quotation and count.
 */
const SCARE_QUOTE_MAX_WORDS = 4;

export function extractQuotes(article: Article): QuoteMention[] {
  try {
    const text = article.text ?? '';
    if (!text.trim()) return [];
    return extract(buildContext(text, article.lang ?? 'fr', article.mentions ?? []));
  } catch (err) {
    article.notes?.push({ stage: 'quotes', rule: 'internal-error', message: String(err) });
    return [];
  }
}

function extract(ctx: QuoteContext): QuoteMention[] {
  const resolver = new SpeakerResolver(ctx);
  const used = new Set<Cue>();
  const out: QuoteMention[] = [];
  const signatures = findSignatures(ctx);
  let previous: Previous | null = null;
  for (const seg of ctx.segments) {
    const signed = signatures.find((s) => s.quoted.start <= seg.open && seg.close <= s.quoted.end + 1 && covers(ctx, s.quoted, seg));
    const att: Attribution = signed ? { speaker: signer(ctx, signed), cue: null, site: 'after' } : attributeDirect(ctx, seg, resolver, previous);
    if (isScareQuote(ctx, seg, att)) continue;
    if (att.cue) used.add(att.cue);
    if (att.speaker) resolver.noteSpeaker(ctx.sentenceOf[tokenAtOrAfter(ctx, seg.open)], att.speaker);
    out.push(mention(ctx, seg, true, att.speaker, att.cue));
    previous = { seg, att };
  }
  for (const sig of signatures) {
    if (ctx.segments.some((s) => s.open < sig.quoted.end && sig.quoted.start < s.close)) continue;
    out.push(mention(ctx, { start: sig.quoted.start, end: sig.quoted.end }, true, signer(ctx, sig), null));
  }
  for (const q of findIndirect(ctx, resolver, used)) out.push(mention(ctx, q.span, false, q.speaker, q.cue));
  return out.sort((a, b) => a.start - b.start);
}

/** The person signing a pull quote, with the mention the entities stage found for the name. */
function signer(ctx: QuoteContext, sig: Signature): Speaker {
  const index = mentionIndexAt(ctx.mentions, sig.nameSpan.start);
  const mention = index !== null && ctx.mentions[index].type === 'person' ? index : null;
  return { name: mention !== null ? ctx.mentions[mention].name : sig.name, span: sig.nameSpan, mention, gender: null, person: true };
}

function isScareQuote(ctx: QuoteContext, seg: QuotedSegment, att: Attribution): boolean {
  // "— Comment !": a line of dialogue is speech however short
  if (seg.mark === 'dash') return false;
  const words = ctx.text.slice(seg.start, seg.end).split(/\s+/).filter(Boolean);
  if (words.length > SCARE_QUOTE_MAX_WORDS) return false;
  const before = ctx.tokens[tokenAtOrAfter(ctx, seg.open) - 1];
  // l'opération « Barkhane », le mot « génocide »: a name or a term, whoever is speaking
  if (before && ctx.locale.namingWords.has(before.lower)) return true;
  if (words.every((w) => /^\p{Lu}/u.test(w))) return true;
  return att.site === 'none' || att.site === 'inherited' || (!att.cue && !att.speaker);
}

/** The quotation fills its paragraph (a signed pull quote in quote marks). */
function covers(ctx: QuoteContext, para: { start: number; end: number }, seg: QuotedSegment): boolean {
  return /^[\s\p{P}]*$/u.test(ctx.text.slice(para.start, seg.open)) && /^[\s\p{P}]*$/u.test(ctx.text.slice(seg.close, para.end));
}

function mention(ctx: QuoteContext, span: { start: number; end: number }, direct: boolean, speaker: Speaker | null, cue: Cue | null): QuoteMention {
  return {
    start: span.start,
    end: span.end,
    text: ctx.text.slice(span.start, span.end),
    direct,
    speakerName: speaker?.name ?? null,
    speakerSpan: speaker ? { start: speaker.span.start, end: speaker.span.end } : null,
    speakerMention: speaker?.mention ?? null,
    cue: cue ? ctx.text.slice(cue.start, cue.end) : null,
    ...(cue ? { cueSpan: { start: cue.start, end: cue.end } } : {}),
  };
}
