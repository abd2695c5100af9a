// The same words quoted by several articles share a group. Quotes are compared on their
// normalised words (case, accents, quote marks, punctuation and "[…]" cuts ignored); two
// quotes join when one's word shingles are mostly inside the other's, so a trimmed or cut
// quotation joins its full version:
//   « Nous ne partirons pas. […] Le Mali est souverain »  ~  "nous ne partirons pas le mali est souverain"
import type { Quote } from '../../article.js';

/** Words per shingle: three keep "ne partirons pas" apart from "ne partirons jamais". */
const SHINGLE = 3;
/** Share of the shorter quote's shingles found in the longer one to be the same quotation. */
const CONTAINMENT = 0.6;
/** Fewer words than this are too common to group ("nous allons gagner"). */
const MIN_WORDS = 4;

export function normaliseQuoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/g, ' ')
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function shingles(words: string[]): Set<string> {
  const out = new Set<string>();
  if (words.length < SHINGLE) out.add(words.join(' '));
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inside = 0;
  for (const s of small) if (large.has(s)) inside++;
  return inside / small.size;
}

/** Sets `group` ("q1", "q2"…) on quotes stated in more than one article; others keep null. */
export function groupQuotes(quotes: Quote[]): Quote[] {
  const sets = quotes.map((q) => {
    const words = normaliseQuoteWords(q.text ?? '');
    return words.length >= MIN_WORDS ? shingles(words) : null;
  });
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byShingle = new Map<string, number[]>();
  sets.forEach((set, i) => set?.forEach((s) => byShingle.set(s, [...(byShingle.get(s) ?? []), i])));
  for (let i = 0; i < quotes.length; i++) {
    const set = sets[i];
    if (!set) continue;
    const candidates = new Set<number>();
    for (const s of set) for (const j of byShingle.get(s) ?? []) if (j > i) candidates.add(j);
    for (const j of candidates) {
      if (quotes[j].article === quotes[i].article) continue;
      if (containment(set, sets[j]!) >= CONTAINMENT) parent[find(j)] = find(i);
    }
  }
  const members = new Map<number, number[]>();
  quotes.forEach((_, i) => members.set(find(i), [...(members.get(find(i)) ?? []), i]));
  const groupOf = new Map<number, string>();
  let n = 0;
  for (const [root, list] of [...members].sort((a, b) => a[0] - b[0])) {
    if (new Set(list.map((i) => quotes[i].article)).size > 1) groupOf.set(root, `q${++n}`);
  }
  return quotes.map((q, i) => ({ ...q, group: groupOf.get(find(i)) ?? null }));
}

/**
 * The quote of a group first published: the origin of the words. `publishedOf` gives an
 * article's publication time (ISO strings compare in order); unknown dates sort last.
 */
export function groupOrigin(quotes: Quote[], group: string, publishedOf: (articleId: string) => string | null): Quote | null {
  let best: Quote | null = null;
  let bestTime = '';
  for (const q of quotes) {
    if (q.group !== group) continue;
    const t = publishedOf(q.article) ?? '\uffff';
    if (!best || t < bestTime) {
      best = q;
      bestTime = t;
    }
  }
  return best;
}
