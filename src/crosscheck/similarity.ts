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
  /**
   * The same vectors as stem ids and weights, for comparing many pairs: an event of 200 articles
   * compares hundreds of thousands of pairs, and a hash lookup per word dominated the run.
   */
  packed: PackedSentence[];
  /** One weight per stem id, written by `sharedWeights` for the sentence it looks words up in. */
  scratch: Scratch;
}

interface PackedSentence {
  /** Stem ids in the order of the sentence's vector (sums are taken in that order, as before). */
  stems: Int32Array;
  /** idf weight of each stem of `stems`, summed over its occurrences. */
  weights: Float64Array;
  /** Sum of the weights. */
  mass: number;
  /** Prefixes and names as ids sorted ascending: a set compared by one merge. */
  prefixes: Int32Array;
  names: Int32Array;
}

interface Scratch {
  weight: Float64Array;
  /** Which comparison wrote `weight[id]`: a stamp instead of clearing the array each time. */
  stamp: Int32Array;
  current: number;
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
  const stemIds = new Map<string, number>();
  const prefixIds = new Map<string, number>();
  const nameIds = new Map<string, number>();
  const packed = sentences.map((s, i): PackedSentence => {
    const v = vectors[i]!;
    return {
      stems: Int32Array.from(v.keys(), (stem) => idOf(stemIds, stem)),
      weights: Float64Array.from(v.values()),
      mass: [...v.values()].reduce((sum, x) => sum + x, 0),
      prefixes: idsOf(prefixIds, s.prefixes),
      names: idsOf(nameIds, s.names),
    };
  });
  const scratch = { weight: new Float64Array(stemIds.size), stamp: new Int32Array(stemIds.size), current: 0 };
  return { idf, vectors, norms, packed, scratch };
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

function idsOf(ids: Map<string, number>, keys: Iterable<string>): Int32Array {
  return Int32Array.from(keys, (key) => idOf(ids, key)).sort();
}

export function cosine(vectors: SentenceVectors, i: number, j: number): number {
  const norm = vectors.norms[i]! * vectors.norms[j]!;
  return norm > 0 ? sharedWeights(vectors, i, j).dot / norm : 0;
}

/** How much two sentences share in words: stems within a language, cognates across two. */
export function lexicalSupport(sentences: StatedSentence[], vectors: SentenceVectors, i: number, j: number): number {
  const prefixes = dice(vectors.packed[i]!.prefixes, vectors.packed[j]!.prefixes);
  if (sentences[i]!.lang !== sentences[j]!.lang) return prefixes;
  const shared = sharedWeights(vectors, i, j);
  const norm = vectors.norms[i]! * vectors.norms[j]!;
  return Math.max(norm > 0 ? shared.dot / norm : 0, CONTAINMENT_DISCOUNT * containmentOf(shared), PREFIX_DISCOUNT * prefixes);
}

/** Share of the smaller sentence's word weight that the other sentence shares. */
export function containment(vectors: SentenceVectors, i: number, j: number): number {
  return containmentOf(sharedWeights(vectors, i, j));
}

function containmentOf(shared: SharedWeights): number {
  if (shared.smallSize < CONTAINMENT_MIN_STEMS) return 0;
  return shared.smallMass > 0 ? shared.smallShared / shared.smallMass : 0;
}

interface SharedWeights {
  /** Dot product of the two vectors. */
  dot: number;
  /** Of the sentence with fewer stems: its stem count, its weight, and the weight the other shares. */
  smallSize: number;
  smallMass: number;
  smallShared: number;
}

// One result reused by every comparison: the alignment compares pairs by the hundred thousand,
// and an object per pair is garbage to collect.
const SHARED: SharedWeights = { dot: 0, smallSize: 0, smallMass: 0, smallShared: 0 };

/**
 * What cosine and containment both need, in one pass: the larger sentence's weights are laid out
 * by stem id, then the smaller sentence's stems are looked up in its own order (the order the
 * sums have always been taken in, so that scores on a threshold fall the same side of it).
 */
function sharedWeights(vectors: SentenceVectors, i: number, j: number): SharedWeights {
  const [small, large] = vectors.packed[i]!.stems.length <= vectors.packed[j]!.stems.length ? [vectors.packed[i]!, vectors.packed[j]!] : [vectors.packed[j]!, vectors.packed[i]!];
  const scratch = vectors.scratch;
  const stamp = ++scratch.current;
  for (let k = 0; k < large.stems.length; k++) {
    scratch.weight[large.stems[k]!] = large.weights[k]!;
    scratch.stamp[large.stems[k]!] = stamp;
  }
  let dot = 0;
  let shared = 0;
  for (let k = 0; k < small.stems.length; k++) {
    const id = small.stems[k]!;
    if (scratch.stamp[id] !== stamp) continue;
    dot += small.weights[k]! * scratch.weight[id]!;
    shared += small.weights[k]!;
  }
  SHARED.dot = dot;
  SHARED.smallSize = small.stems.length;
  SHARED.smallMass = small.mass;
  SHARED.smallShared = shared;
  return SHARED;
}

/**
 * Weighted mean of the signals the pair can give: names and figures when both sentences state
 * some. "Les assaillants ont ouvert le feu" against "les assaillants ont ouvert le feu puis ont
 * fui" rests on words alone. A name in one sentence only is no difference: "Ils se poursuivaient
 * encore vendredi soir, en pleine tempête de sable" and "Une colonne partie de Kidal a été prise
 * sous le feu des rebelles alors qu'une tempête de sable rendait tout appui aérien impossible"
 * state one sandstorm, and counting Kidal against the first (even at half weight) kept them apart.
 */
export function sentenceSimilarity(
  sentences: StatedSentence[],
  vectors: SentenceVectors,
  i: number,
  j: number,
  lexical = lexicalSupport(sentences, vectors, i, j),
): number {
  const a = sentences[i]!;
  const b = sentences[j]!;
  const w = a.lang === b.lang ? WEIGHTS_SAME_LANGUAGE : WEIGHTS_CROSS_LANGUAGE;
  let total = w.words * lexical;
  let weight = w.words;
  if (a.names.size > 0 && b.names.size > 0) {
    total += w.names * dice(vectors.packed[i]!.names, vectors.packed[j]!.names);
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

/** Dice coefficient of two sets given as sorted ids. */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x]! === b[y]!) {
      shared++;
      x++;
      y++;
    } else if (a[x]! < b[y]!) x++;
    else y++;
  }
  return (2 * shared) / (a.length + b.length);
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
