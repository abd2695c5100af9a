// Dates stated in a sentence, with what they date: "arrivés en 2009" is the year of an arrival.
import type { Article, DateMention, Span } from '../article.js';
import type { CrosscheckLocale } from './locales/locale.js';
import { tokenize } from './text.js';

export interface DateFact extends Span {
  text: string;
  /** ISO value as precise as stated ("2009", "2024-03-05"). */
  value: string;
  mod: DateMention['mod'] | null;
  /** What the date is the date of ("arrival"), from a predicate near it; null when unsaid. */
  concept: string | null;
}

// "arrivés au Mali en 2009": the predicate is a few words from the date, in the same clause;
// "the WBC belt in 2005, arrived in Germany on Monday" dates the belt, not the arrival.
const PREDICATE_WINDOW = 4;
// Years the date extractor may have missed: "en 2009", "depuis 2021", "in 2009", "since 2021".
const BARE_YEAR = /\b(en|depuis|dès|des|in|since|from|de)\s+((?:1[89]|20)\d\d)\b/giu;

/** Stated (not relative) dates inside `sentence`: relative ones ("mardi") date the event itself. */
export function readDates(article: Article, sentence: Span, locale: CrosscheckLocale): DateFact[] {
  const text = article.text.slice(sentence.start, sentence.end);
  const facts: DateFact[] = [];
  for (const d of article.dates ?? []) {
    if (d.start < sentence.start || d.end > sentence.end || d.relative) continue;
    if (!['year', 'month', 'day', 'datetime'].includes(d.grain)) continue;
    facts.push({ start: d.start, end: d.end, text: d.text, value: d.value, mod: d.mod ?? null, concept: null });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (facts.some((f) => start < f.end && end > f.start)) continue;
    const since = /^(depuis|since|dès|des|from)$/i.test(m[1]!);
    facts.push({ start, end, text: m[0], value: m[2]!, mod: since ? 'since' : null, concept: null });
  }
  const tokens = tokenize(text, sentence.start);
  for (const fact of facts) fact.concept = nearestPredicate(tokens, fact, locale, article.text);
  return facts.sort((a, b) => a.start - b.start);
}

function nearestPredicate(tokens: ReturnType<typeof tokenize>, fact: Span, locale: CrosscheckLocale, text: string): string | null {
  const at = tokens.findIndex((t) => t.start >= fact.start);
  if (at < 0) return null;
  let best: { concept: string; distance: number } | null = null;
  tokens.forEach((t, i) => {
    const concept = locale.datePredicates[t.folded];
    if (!concept) return;
    const between = t.start < fact.start ? text.slice(t.end, fact.start) : text.slice(fact.end, t.start);
    if (/[,;:.!?()]/.test(between)) return;
    const distance = Math.abs(i - at);
    if (distance <= PREDICATE_WINDOW && (!best || distance < best.distance)) best = { concept, distance };
  });
  return (best as { concept: string } | null)?.concept ?? null;
}
