// Which name in a speaker phrase is the speaker. Not every capitalised run is:
//   "l'avocat de M. Sonko a déclaré"            the lawyer speaks: M. Sonko is a complement;
//   "The government of Colonel Assimi Goïta"    the government, not Goïta;
//   "Telegram channels close to Wagner said"    the channels: Telegram only qualifies them;
//   "A Western security official"               an adjective inside the phrase.
import { isPunctuation, tokenAtOrAfter, type QuoteContext } from './context.js';
import type { NameRun } from './names.js';

/** The run heading the phrase in tokens [first, last]: the first person, else the first body. */
export function headRun(ctx: QuoteContext, first: number, last: number): NameRun | null {
  let fallback: NameRun | null = null;
  for (const run of ctx.runs) {
    if (run.first < first) continue;
    if (run.first > last) break;
    // a role the entities stage marked as such is read as a role, not as a name
    if (run.mention !== null && ctx.mentions[run.mention].roleOnly) continue;
    if (isComplement(ctx, run, first)) continue;
    if (run.person) return run;
    if (!fallback && !isAdjective(ctx, run, first) && !isModifier(ctx, run)) fallback = run;
  }
  return fallback;
}

/**
 * A name after "de"/"of" that follows a noun of the same phrase: "l'avocat de M. Sonko"; for a
 * body, after any preposition: "Telegram channels close to Wagner".
 */
function isComplement(ctx: QuoteContext, run: NameRun, first: number): boolean {
  const { tokens, locale } = ctx;
  let k = tokenAtOrAfter(ctx, run.start) - 1;
  while (k > first && locale.determiners.has(tokens[k].lower) && !locale.complementLinks.has(tokens[k].lower)) k--;
  // the word before the link is a noun, not the end of another name ("Fighters of the CSP" at
  // the head of a sentence is capitalised all the same)
  if (k <= first || ctx.runs.some((r) => r.first <= k - 1 && k - 1 <= r.last) || isPunctuation(tokens[k - 1])) return false;
  const w = tokens[k].lower;
  return locale.complementLinks.has(w) || (!run.person && locale.prepositions.has(w));
}


/** "A Western security official": a capitalised word between a determiner and a noun. */
function isAdjective(ctx: QuoteContext, run: NameRun, first: number): boolean {
  // "l'Institut américain de géophysique": the mention goes on, the capital heads a name
  if (run.mention !== null && ctx.mentions[run.mention].end > run.end) return false;
  const before = ctx.tokens[run.first - 1];
  const after = ctx.tokens[run.last + 1];
  return run.first === run.last && !!before && ctx.locale.determiners.has(before.lower) && run.first - 1 >= first && !!after && /^\p{Ll}/u.test(after.text);
}

/**
 * English puts a qualifying name before its noun: in "Telegram channels close to Wagner" and
 * "Russian military bloggers" the speakers are the channels and the bloggers. A body's name
 * followed by a lower-case word that is not a verb, an adverb or an adjunct is such a
 * qualifier; a person's name never is ("Lavrov arrived" stays Lavrov).
 */
function isModifier(ctx: QuoteContext, run: NameRun): boolean {
  const { tokens, locale, mentions, cueAt } = ctx;
  if (locale.lang !== 'en') return false;
  const next = run.last + 1;
  const after = tokens[next];
  if (!after || !/^\p{Ll}/u.test(after.text)) return false;
  // "the Wagner group": the mention holds the lower-case word, it is part of the name
  if (run.mention !== null && mentions[run.mention].end >= after.end) return false;
  const w = after.lower;
  return !cueAt.has(next) && !locale.auxiliaries.has(w) && !locale.adverbs.has(w) && !locale.adjunctStarts.has(w)
    && !locale.afterSpeaker.has(w) && !locale.complementizers.has(w) && !(w in locale.pronouns);
}
