// Steps between parsing and resolution: choose among overlapping readings, then read the
// preposition before each expression ("depuis 2021" -> since) without putting it in the span.
import type { Mod, TimeExpression } from './types.js';

/**
 * Longest reading wins where readings overlap ("le 3 juin dernier" over "juin"); on equal
 * length the earlier parser in the list wins, so each locale orders its parsers by trust.
 */
export function keepLongest(expressions: TimeExpression[]): TimeExpression[] {
  const ranked = expressions
    .map((e, order) => ({ e, order }))
    .sort((a, b) => b.e.end - b.e.start - (a.e.end - a.e.start) || a.order - b.order);
  const kept: TimeExpression[] = [];
  for (const { e } of ranked) {
    if (kept.every((k) => k.end <= e.start || e.end <= k.start)) kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Prepositions of a locale, longest first, each with the bound it puts on the date after it. */
export function prepositionMods(expressions: TimeExpression[], text: string, prepositions: Record<string, Mod>): TimeExpression[] {
  const words = Object.keys(prepositions).sort((a, b) => b.length - a.length);
  return expressions.map((e) => {
    if (e.mod) return e;
    const before = text.slice(Math.max(0, e.start - 24), e.start).toLowerCase().replace(/’/g, "'");
    const word = words.find((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:(?:le|la|l'|les)\\s*)?$`, 'u').test(before));
    return word ? { ...e, mod: prepositions[word] } : e;
  });
}
