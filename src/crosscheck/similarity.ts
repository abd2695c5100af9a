// How much two sentences state the same fact: shared rare stems, shared names, shared figures.
import type { StatedSentence } from './readSentences.js';

// Within a language the words carry most of the signal; across languages names, figures and
// dates do ("Wagner compte 1 500 hommes au Mali" ~ "Wagner has 1,500 men in Mali"), helped by
// cognates compared on their first letters.
const WEIGHTS_SAME_LANGUAGE = { words: 0.65, names: 0.2, figures: 0.15 };
const WEIGHTS_CROSS_LANGUAGE = { words: 0.3, names: 0.4, figures: 0.3 };

// A short statement inside a long sentence ("Diop s'était déjà rendu à Moscou en novembre 2021"
// within "Diop, who last visited Moscow in November 2021, said ...") has a low cosine but is
// contained: containment counts, a little less than full likeness, from this many stems up.
const CONTAINMENT_DISCOUNT = 0.8;
const CONTAINMENT_MIN_STEMS = 4;
// Words that share their first letters but not their stem ("sécuritaire" / "sécurité") count,
// unweighted, a little less than stems.
const PREFIX_DISCOUNT = 0.8;

export interface SentenceVectors {
  idf: Map<string, number>;
  vectors: Map<string, number>[];
  norms: number[];
}

export function vectorize(sentences: StatedSentence[]): SentenceVectors {
  const df = new Map<string, number>();
  for (const s of sentences) for (const stem of new Set(s.stems)) df.set(stem, (df.get(stem) ?? 0) + 1);
  // Smoothed: in a two-article event a shared word still weighs (1 against 1.4 for a word only
  // one sentence has), where a plain log(N/df) would weigh it almost nothing.
  const idf = new Map([...df].map(([stem, n]) => [stem, Math.log((1 + sentences.length) / (1 + n)) + 1]));
  const vectors = sentences.map((s) => {
    const v = new Map<string, number>();
    for (const stem of s.stems) v.set(stem, (v.get(stem) ?? 0) + idf.get(stem)!);
    return v;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0)));
  return { idf, vectors, norms };
}

export function cosine(vectors: SentenceVectors, i: number, j: number): number {
  const [a, b] = vectors.vectors[i]!.size <= vectors.vectors[j]!.size ? [i, j] : [j, i];
  let dot = 0;
  for (const [stem, x] of vectors.vectors[a]!) dot += x * (vectors.vectors[b]!.get(stem) ?? 0);
  const norm = vectors.norms[i]! * vectors.norms[j]!;
  return norm > 0 ? dot / norm : 0;
}

/** How much two sentences share in words: stems within a language, cognates across two. */
export function lexicalSupport(sentences: StatedSentence[], vectors: SentenceVectors, i: number, j: number): number {
  const a = sentences[i]!;
  const b = sentences[j]!;
  if (a.lang !== b.lang) return dice(a.prefixes, b.prefixes);
  return Math.max(cosine(vectors, i, j), CONTAINMENT_DISCOUNT * containment(vectors, i, j), PREFIX_DISCOUNT * dice(a.prefixes, b.prefixes));
}

/** Share of the smaller sentence's word weight that the other sentence shares. */
export function containment(vectors: SentenceVectors, i: number, j: number): number {
  const [small, large] = vectors.vectors[i]!.size <= vectors.vectors[j]!.size ? [i, j] : [j, i];
  const a = vectors.vectors[small]!;
  if (a.size < CONTAINMENT_MIN_STEMS) return 0;
  let shared = 0;
  let total = 0;
  for (const [stem, x] of a) {
    total += x;
    if (vectors.vectors[large]!.has(stem)) shared += x;
  }
  return total > 0 ? shared / total : 0;
}

/**
 * Weighted mean of the signals the pair can give: names and figures when both sentences state
 * some. "Les assaillants ont ouvert le feu" against "les assaillants ont ouvert le feu puis ont
 * fui" rests on words alone. A name in one sentence only is no difference: "Ils se poursuivaient
 * encore vendredi soir, en pleine tempête de sable" and "Une colonne partie de Kidal a été prise
 * sous le feu des rebelles alors qu'une tempête de sable rendait tout appui aérien impossible"
 * state one sandstorm, and counting Kidal against the first (even at half weight) kept them apart.
 */
export function sentenceSimilarity(sentences: StatedSentence[], vectors: SentenceVectors, i: number, j: number): number {
  const a = sentences[i]!;
  const b = sentences[j]!;
  const w = a.lang === b.lang ? WEIGHTS_SAME_LANGUAGE : WEIGHTS_CROSS_LANGUAGE;
  let total = w.words * lexicalSupport(sentences, vectors, i, j);
  let weight = w.words;
  if (a.names.size > 0 && b.names.size > 0) {
    total += w.names * dice(a.names, b.names);
    weight += w.names;
  }
  if (hasFigures(a) && hasFigures(b)) {
    total += w.figures * sharedFigures(a, b);
    weight += w.figures;
  }
  return total / weight;
}

function hasFigures(s: StatedSentence): boolean {
  return s.counts.length > 0 || s.dates.length > 0;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

// A figure this large is rare enough in one event to name one thing even when the counted nouns
// differ: "les quelque 13 000 Casques bleus" and "the mission's roughly 13,000 personnel" count
// one force, though "Casques bleus" and "personnel" are two concepts. Small figures ("trois
// jours", "two men") recur about many things.
const DISTINCTIVE_FIGURE = 100;

/**
 * 1 when the sentences share a figure of one concept, a distinctive figure of any concept, or a
 * stated date; 0 otherwise.
 */
function sharedFigures(a: StatedSentence, b: StatedSentence): number {
  const count = a.counts.some((x) =>
    b.counts.some((y) => (x.concept === y.concept || (x.point !== null && x.point >= DISTINCTIVE_FIGURE && x.point === y.point)) && x.low <= y.high && y.low <= x.high),
  );
  const date = a.dates.some((x) => b.dates.some((y) => x.value === y.value));
  return count || date ? 1 : 0;
}
