// Speakers that stand for a body. "A spokesman for the rebel alliance told Sahel Monitor" is
// the alliance speaking; when the article introduced it ("separatist rebels of the Permanent
// Strategic Framework (CSP)"), the description finds it: "rebel" is said of the CSP and of no
// other body, so the spokesman speaks for the CSP. Two bodies fitting, or none: no body.
import type { Span } from '../../article.js';
import { isPunctuation, tokenAtOrAfter, type QuoteContext } from './context.js';
import { roleWords } from './roles.js';
import type { Speaker } from './speakers.js';

/** Tokens of a description taken on each side of a body's name. */
const DESCRIPTION_WINDOW = 6;

export function bodySpeaker(ctx: QuoteContext, mention: number, span: Span): Speaker {
  return { name: ctx.mentions[mention].name, span, mention, gender: null, person: false };
}

/** "le ministère de l'Intérieur": the organisation the entities stage found heading tokens [first, last]. */
export function bodyMentionAt(ctx: QuoteContext, first: number, last: number): number | null {
  const { tokens, mentions, locale } = ctx;
  const head = locale.determiners.has(tokens[first].lower) ? first + 1 : first;
  if (head > last) return null;
  const index = mentions.findIndex((m) => m.type === 'organization' && !m.roleOnly && m.start === tokens[head].start && m.end <= tokens[last].end);
  return index >= 0 ? index : null;
}

/**
 * First token of X in "[det] spokesperson (for|of|de) X" over tokens [first, last], or null:
 * "un porte-parole du ministère" -> "ministère", "a spokesman for the rebel alliance" -> "the".
 */
export function spokespersonBody(ctx: QuoteContext, first: number, last: number): number | null {
  const { tokens, locale } = ctx;
  let k = first;
  while (k <= last && locale.determiners.has(tokens[k].lower)) k++;
  if (k > last || !locale.spokespersonNouns.has(tokens[k].lower)) return null;
  // "le porte-parole du gouvernement malien" in French, "the army's spokesman" has no body here
  const link = tokens[k + 1];
  if (!link || k + 2 > last || !locale.complementLinks.has(link.lower)) return null;
  return k + 2;
}

/**
 * The index into ctx.mentions of the one organisation the article describes with the words
 * of tokens [first, last] ("the rebel alliance"), or null when none or several fit.
 */
export function describedBody(ctx: QuoteContext, first: number, last: number): number | null {
  const { locale, tokens } = ctx;
  const words = roleWords(ctx.text.slice(tokens[first].start, tokens[last].end), locale);
  const heads = new Set([...locale.bodyHeads].map((w) => roleWords(w, locale)[0]));
  const telling = words.filter((w) => !heads.has(w));
  const wanted = telling.length > 0 ? telling : words;
  if (wanted.length === 0) return null;
  const fits = new Map<string, number>();
  for (const [name, { words: said, mention }] of descriptions(ctx)) {
    if (wanted.every((w) => said.has(w))) fits.set(name, mention);
  }
  return fits.size === 1 ? [...fits.values()][0] : null;
}

/** For each organisation the article names: its words and those it says of it, and its first mention. */
function descriptions(ctx: QuoteContext): Map<string, { words: Set<string>; mention: number }> {
  const { mentions, locale } = ctx;
  const out = new Map<string, { words: Set<string>; mention: number }>();
  mentions.forEach((m, index) => {
    if (m.type !== 'organization') return;
    const entry = out.get(m.name) ?? { words: new Set<string>(), mention: index };
    out.set(m.name, entry);
    for (const text of [m.name, m.text, describedAround(ctx, m.start, m.end), m.role ?? '']) {
      for (const w of roleWords(text, locale)) entry.words.add(w);
    }
  });
  return out;
}

/**
 * The words around a name that describe it:
 *   "separatist rebels of the Permanent Strategic Framework"   -> "separatist rebels"
 *   "le CSP, une alliance de groupes rebelles, …"               -> "une alliance de groupes rebelles"
 */
function describedAround(ctx: QuoteContext, start: number, end: number): string {
  const { tokens, locale, text } = ctx;
  const parts: string[] = [];
  let k = tokenAtOrAfter(ctx, start) - 1;
  while (k >= 0 && locale.determiners.has(tokens[k].lower) && !locale.complementLinks.has(tokens[k].lower)) k--;
  if (k >= 0 && locale.complementLinks.has(tokens[k].lower)) {
    const head = k - 1;
    let from = head;
    while (from >= 0 && head - from < DESCRIPTION_WINDOW && !stops(ctx, from)) from--;
    if (from < head) parts.push(text.slice(tokens[from + 1].start, tokens[head].end));
  }
  // skip the acronym in brackets: "Permanent Strategic Framework (CSP), an alliance …"
  let a = tokenAtOrAfter(ctx, end);
  if (tokens[a]?.text === '(') while (a < tokens.length && tokens[a].text !== ')') a++;
  if (tokens[a]?.text === ')') a++;
  if (tokens[a]?.text === ',' && locale.determiners.has(tokens[a + 1]?.lower ?? '')) {
    let b = a + 2;
    while (b < tokens.length && b - a <= DESCRIPTION_WINDOW + 2 && !isPunctuation(tokens[b])) b++;
    parts.push(text.slice(tokens[a + 1].start, tokens[b - 1].end));
  }
  return parts.join(' ');
}

/** A word a description does not reach past: punctuation, a determiner, a preposition, a cue. */
function stops(ctx: QuoteContext, i: number): boolean {
  const w = ctx.tokens[i].lower;
  return isPunctuation(ctx.tokens[i]) || ctx.locale.determiners.has(w) || ctx.locale.nounMarkers.has(w) || ctx.cueAt.has(i);
}
