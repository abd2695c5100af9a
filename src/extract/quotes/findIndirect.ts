// Reported speech without quote marks. The span is the reported content, not the cue:
//   "X a indiqué que [le retrait sera achevé en décembre]."
//   "Selon X, [la visite vise à …]."       "[Le bilan s'alourdit], selon la préfecture."
//   "[Le retrait sera achevé], a précisé le porte-parole."   "He said [the envoy had …]."
// Reported content that holds quote marks is mixed speech: the quoted words come out as a
// direct quotation and the reported frame is not emitted twice.
import type { Span } from '../../article.js';
import { isPunctuation, sentenceTokens, tokenAtOrAfter, type QuoteContext } from './context.js';
import type { Cue } from './speechCues.js';
import type { Speaker, SpeakerResolver } from './speakers.js';

export interface IndirectQuote {
  span: Span;
  speaker: Speaker | null;
  cue: Cue;
}

/** Tokens between a verb and its "que": "a indiqué mardi à l'AFP que" spans 5. */
const COMPLEMENTIZER_REACH = 7;
/** Shorter reported content is a fragment ("selon lui"), not a statement. */
const MIN_CONTENT_TOKENS = 3;
/** Words opening the subject written after a postposed verb: "…, a précisé le porte-parole". */
const POSTPOSED_SUBJECT_STARTS = new Set(['le', 'la', "l'", 'les', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'the', 'he', 'she', 'they', 'it', 'a', 'an', 'un', 'une', 'plusieurs']);
/** Between a postposed verb and its subject: "a indiqué mercredi le ministère". */
const POSTPOSED_SKIPPABLE = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'soir', 'matin', 'encore', 'également', 'aussi', 'toutefois', 'pourtant', 'enfin', 'ensuite', 'alors', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'also', 'later']);
/** Open a relative clause, whose verb does not report the sentence before: ", which X denies". */
const RELATIVES = new Set(['which', 'what', 'who', 'whom']);
/** A relative standing for the speaker just before it: "the officials, who added …", « le ministre, qui a précisé … ». */
const RELATIVE_SUBJECTS = new Set(['who', 'qui']);
/** Tokens back from a relative to the determiner of its antecedent: "les opposants au texte qui". */
const ANTECEDENT_REACH = 6;
const TIME_PREPOSITIONS = new Set(['après', 'avant', 'depuis', 'lors', 'pendant', 'dès', 'durant', 'after', 'before', 'since', 'during']);
/** Tokens of an English subject after its verb: ", said the city's transport officials". */
const POSTPOSED_SUBJECT_REACH = 6;
/** A postposed cue ends its sentence: ", a précisé le porte-parole de l'armée." */
const POSTPOSED_TAIL = 10;
/** "Pour repérer ces personnes, …" states a purpose: an infinitive after "pour" is no source. */
const INFINITIVE = /^\p{Ll}+(?:er|ir|re|oir)$/u;
/** "Pour la première fois, …" is a time phrase, not a source. */
const NOT_SOURCES = /\b(?:fois|moment|instant|heure|suite|part|autant|mémoire|rappel|cela|l'heure|le reste|finir|commencer|la première|cette raison)\b/;

export function findIndirect(ctx: QuoteContext, resolver: SpeakerResolver, usedCues: Set<Cue>): IndirectQuote[] {
  const found: IndirectQuote[] = [];
  for (const cue of ctx.cues) {
    if (usedCues.has(cue) || insideQuote(ctx, cue.start)) continue;
    const q = cue.kind === 'source' ? fromSource(ctx, cue, resolver) : fromVerb(ctx, cue, resolver) ?? postposed(ctx, cue, resolver);
    if (!q || overlapsQuote(ctx, q.span) || found.some((f) => f.span.start < q.span.end && q.span.start < f.span.end)) continue;
    found.push(q);
    if (q.speaker) resolver.noteSpeaker(ctx.sentenceOf[cue.first], q.speaker);
  }
  return found;
}

function fromVerb(ctx: QuoteContext, cue: Cue, resolver: SpeakerResolver): IndirectQuote | null {
  const { tokens, locale } = ctx;
  const k = ctx.sentenceOf[cue.first];
  const [first, last] = sentenceTokens(ctx, k);
  let start = -1;
  for (let j = cue.last + 1; j <= last && j - cue.last <= COMPLEMENTIZER_REACH; j++) {
    if (locale.complementizers.has(tokens[j].lower)) {
      start = j + 1;
      break;
    }
    if (isPunctuation(tokens[j]) && tokens[j].text !== "'") break;
  }
  // English drops "that": "The junta said the envoy had ignored …"
  // (after a gerund only with a pronoun or a determiner: "saying it had failed", not "saying Goodbye")
  if (start < 0 && locale.bareClauseVerbs.has(cue.lemma) && !subjectFollows(ctx, cue, last)) {
    let after = cue.last + 1;
    while (after <= last && POSTPOSED_SKIPPABLE.has(tokens[after].lower)) after++;
    const next = tokens[after];
    const opens = next && (locale.clauseStarts.has(next.lower) || (cue.form !== 'gerund' && /^\p{Lu}/u.test(next.text)));
    // the time words between the verb and its clause are no part of the content ("said on Tuesday they …")
    if (opens && cue.last + 1 <= last) start = after;
  }
  if (start < 0) return null;
  const span = contentSpan(ctx, start, last);
  if (!span) return null;
  return { span, speaker: speakerOfVerb(ctx, cue, first, resolver), cue };
}

/**
 * "…, said Ian Michaels, a spokesman" and "…, said the officials." put the subject after the
 * verb: the content is before it. "Volker Türk, the UN rights chief, said the findings were
 * grave" has its subject before: what follows the verb runs on past a short phrase.
 */
function subjectFollows(ctx: QuoteContext, cue: Cue, last: number): boolean {
  const { tokens, locale, runs } = ctx;
  if (tokens[cue.first - 1]?.text !== ',' || cue.form === 'gerund') return false;
  let k = cue.last + 1;
  const run = runs.find((r) => r.first === k || (r.start <= tokens[k]?.start && tokens[k]?.start < r.end));
  if (run) k = run.last + 1;
  else if (locale.determiners.has(tokens[k]?.lower ?? '')) {
    k++;
    while (k <= last && k - cue.last <= POSTPOSED_SUBJECT_REACH && !isPunctuation(tokens[k]) && !locale.auxiliaries.has(tokens[k].lower)) k++;
  } else return false;
  return k > last || isPunctuation(tokens[k]);
}

/** "…, a précisé le porte-parole." / "…, estime-t-il." / "…, the ministry said." */
function postposed(ctx: QuoteContext, cue: Cue, resolver: SpeakerResolver): IndirectQuote | null {
  const { tokens, locale } = ctx;
  // a gerund has no subject after it: in "…, saying it had failed" the content follows
  if (cue.form === 'gerund') return null;
  const k = ctx.sentenceOf[cue.first];
  const [first, last] = sentenceTokens(ctx, k);
  let comma = cue.first - 1;
  let speaker: Speaker | null = null;
  if (locale.lang === 'en' && tokens[comma]?.text !== ',') {
    // ", the ministry said."
    let c = comma;
    while (c > first && !isPunctuation(tokens[c]) && cue.first - c <= 6) c--;
    if (tokens[c]?.text !== ',') return null;
    // "…, which Bamako denies": what Bamako denies is not what Bamako said
    if (RELATIVES.has(tokens[c + 1]?.lower)) return null;
    speaker = resolver.subject(c + 1, cue.first - 1);
    comma = c;
  } else if (tokens[comma]?.text !== ',') return null;
  if (last - cue.last > POSTPOSED_TAIL) return null;
  // the verb has its subject after it: a pronoun in the verb, or a definite phrase or a name
  // ("…, a précisé le porte-parole"); "X, a reconnu des défaillances" is a verb with its object
  let after = cue.last + 1;
  while (after <= last && POSTPOSED_SKIPPABLE.has(tokens[after].lower)) after++;
  const next = tokens[after];
  const subjectAfter = cue.pronoun !== null || cue.last >= last || (next && (POSTPOSED_SUBJECT_STARTS.has(next.lower) || next.lower in locale.titles || /^\p{Lu}/u.test(next.text)));
  if (!speaker && !subjectAfter) return null;
  if (!speaker && next && pluralVerb(ctx, cue) && locale.singularDeterminers.has(next.lower)) return null;
  // "Le Premier ministre, Gabriel Attal, a appelé …": the comma closes an apposition
  const beforeComma = tokens[comma - 1];
  if (!beforeComma || ctx.runs.some((r) => r.last === comma - 1) || beforeComma.lower in locale.pronouns) return null;
  if (!speaker) speaker = cue.pronoun ? resolver.pronoun(cue.pronoun, cue.first) : resolver.phrase(cue.last + 1, last, true);
  const span = contentSpan(ctx, skipLeadingAdverbial(ctx, first, comma - 1), comma - 1);
  return span ? { span, speaker, cue } : null;
}

/** "évoquent", "ont déclaré": the cue's verb is third-person plural. */
function pluralVerb(ctx: QuoteContext, cue: Cue): boolean {
  for (let i = cue.first; i <= cue.last; i++) {
    const w = ctx.tokens[i].lower;
    if (ctx.locale.pluralAuxiliaries.has(w) || ctx.locale.verbs.get(w)?.plural) return true;
  }
  return false;
}

function fromSource(ctx: QuoteContext, cue: Cue, resolver: SpeakerResolver): IndirectQuote | null {
  const { tokens, locale } = ctx;
  const k = ctx.sentenceOf[cue.first];
  const [first, last] = sentenceTokens(ctx, k);
  const initial = cue.first === first || (cue.first === first + 1 && ['et', 'mais', 'and', 'but'].includes(tokens[first].lower));
  if (locale.sentenceInitialOnly.has(cue.lemma) && !initial) return null;
  let comma = cue.last + 1;
  while (comma <= last && tokens[comma].text !== ',') comma++;
  if (initial) {
    if (comma > last || comma - cue.last > 16) return null;
    const phrase = ctx.text.slice(tokens[cue.last + 1].start, tokens[comma - 1].end);
    if (cue.lemma === 'pour' && (NOT_SOURCES.test(phrase.toLowerCase()) || INFINITIVE.test(tokens[cue.last + 1].text))) return null;
    const span = contentSpan(ctx, comma + 1, last);
    return span ? { span, speaker: resolver.phrase(cue.last + 1, comma - 1, false), cue } : null;
  }
  if (locale.sentenceInitialOnly.has(cue.lemma)) return null;
  const speaker = resolver.phrase(cue.last + 1, Math.min(comma, last + 1) - 1, false);
  if (tokens[cue.first - 1]?.text !== ',') return null;
  if (comma > last) {
    const span = contentSpan(ctx, skipLeadingAdverbial(ctx, first, cue.first - 2), cue.first - 2);
    return span ? { span, speaker, cue } : null;
  }
  // "qui, selon lui, respecte …": the whole sentence is reported
  const span = contentSpan(ctx, first, last);
  return span ? { span, speaker, cue } : null;
}

function speakerOfVerb(ctx: QuoteContext, cue: Cue, sentenceFirst: number, resolver: SpeakerResolver): Speaker | null {
  if (cue.pronoun) return resolver.pronoun(cue.pronoun, cue.first);
  let from = sentenceFirst;
  for (const s of ctx.segments) if (s.close <= ctx.tokens[cue.first].start && s.close > ctx.tokens[sentenceFirst].start) from = tokenAtOrAfter(ctx, s.close);
  // "X a reconnu des pertes « importantes » et a indiqué que …": the subject stands before the quote
  if (from > sentenceFirst && ['et', 'puis', 'and'].includes(ctx.tokens[from]?.lower) || ctx.tokens[from]?.text === ',') from = sentenceFirst;
  if (cue.form === 'gerund') {
    // "…, he told reporters, adding that …": the speaker of the clause before, even across a
    // quotation ("X avait exigé le départ « sans délai » de la mission, estimant qu'elle …")
    const before = ctx.cues.filter((c) => c.first >= sentenceFirst && c.last < cue.first && c.kind === 'verb' && !insideQuote(ctx, c.start)).at(-1);
    if (before) return before.pronoun ? resolver.pronoun(before.pronoun, before.first) : resolver.subject(sentenceFirst, before.first - 1);
  }
  if (RELATIVE_SUBJECTS.has(ctx.tokens[cue.first - 1]?.lower)) return relativeAntecedent(ctx, cue.first - 1, resolver);
  return cue.first > from ? resolver.subject(from, cue.first - 1) : null;
}

/**
 * "…, said the officials, who added that …", « les opposants au texte qui craignent que … »:
 * the relative stands for the name or the noun phrase just before it; none found, no speaker.
 */
function relativeAntecedent(ctx: QuoteContext, relative: number, resolver: SpeakerResolver): Speaker | null {
  const { tokens, locale } = ctx;
  const end = tokens[relative - 1]?.text === ',' ? relative - 2 : relative - 1;
  const run = ctx.runs.find((r) => r.last === end);
  if (run) return resolver.phrase(run.first, end, false);
  for (let k = end; k >= 0 && end - k < ANTECEDENT_REACH; k--) {
    if (isPunctuation(tokens[k]) || ctx.cues.some((c) => c.first <= k && k <= c.last)) return null;
    if (locale.determiners.has(tokens[k].lower)) return resolver.phrase(k, end, false);
  }
  return null;
}

/**
 * Leaves out an opening time phrase: "Une semaine après les pluies, [le bilan s'est alourdi],
 * selon les autorités". A first chunk whose first three words hold a time preposition.
 */
function skipLeadingAdverbial(ctx: QuoteContext, first: number, last: number): number {
  let comma = first;
  while (comma <= last && ctx.tokens[comma].text !== ',') comma++;
  if (comma >= last) return first;
  const head = ctx.tokens.slice(first, Math.min(first + 3, comma)).map((t) => t.lower);
  return head.some((w) => TIME_PREPOSITIONS.has(w)) ? comma + 1 : first;
}

/** Tokens [first, last] without closing punctuation or a trailing incise. */
function contentSpan(ctx: QuoteContext, first: number, last: number): Span | null {
  const { tokens } = ctx;
  while (last >= first && isPunctuation(tokens[last]) && !/[»”"’)]/.test(tokens[last].text)) last--;
  if (last - first + 1 < MIN_CONTENT_TOKENS) return null;
  return { start: tokens[first].start, end: tokens[last].end };
}

function insideQuote(ctx: QuoteContext, pos: number): boolean {
  return ctx.segments.some((s) => s.open <= pos && pos < s.close);
}

function overlapsQuote(ctx: QuoteContext, span: Span): boolean {
  return ctx.segments.some((s) => s.open < span.end && span.start < s.close);
}
