// Which sentences of different articles state the same fact: the groups claims are made of.
import type { StatedSentence } from './readSentences.js';
import { overlap } from './readCounts.js';
import { lexicalSupport, sentenceSimilarity, type SentenceVectors } from './similarity.js';
import { PairScores } from './pairScores.js';

/** Two sentences state the same fact at this similarity or above (see similarity.ts weights). */
export const ALIGN_THRESHOLD = 0.34;
// Names alone do not make two sentences one statement: "Abdoulaye Diop, ministre malien" and
// "Diop a rencontré Lavrov" share a name and nothing else. Some words must be shared too.
const MIN_LEXICAL_SUPPORT = 0.1;
// Members of a claim must also be somewhat alike to each other, not only to its anchor: "Lavrov
// accused France ... and promised deliveries" anchors two claims, not one that joins a sentence
// on France with a sentence on deliveries. Below 0.6 of the threshold a member joins on a shared
// title or place alone; at the full threshold, paraphrases that each match the anchor well but
// one another loosely (a French lead, an English summary) are lost.
const MEMBER_LINK = ALIGN_THRESHOLD * 0.6;
// A claim most of whose sentences already stand in a larger claim is that claim: its other
// sentences join the larger one.
const REPEATED_SHARE = 0.6;
// Stems in more than this share of the event's sentences ("Mali" in a Mali story) find no pair,
// nor do stems in more than MAX_POSTINGS sentences: in a big event their weight is small anyway.
const COMMON_STEM_SHARE = 0.3;
const MAX_POSTINGS = 120;

export interface Alignment {
  /**
   * Claims as groups of indexes into the sentences, one sentence per article at most. A sentence
   * may stand in several claims: "Lavrov accused France of a colonial mentality and promised
   * further deliveries" confirms two statements other sources make apart.
   */
  groups: number[][];
  /** Similarity of every compared pair at or above half the threshold. */
  scores: PairScores;
}

/**
 * Each claimable sentence anchors a claim: itself and, from every other article, the sentence
 * most like it above the threshold that is also like the members taken so far. Anchored, not
 * chained: a claim never drifts through a sequence of loosely related sentences. A claim that
 * mostly repeats a larger one is folded into it.
 */
export function alignSentences(sentences: StatedSentence[], vectors: SentenceVectors): Alignment {
  const scores = new PairScores(sentences.length);
  const neighbours = new Map<number, Array<[number, number]>>();
  const size = sentences.length;
  for (const pair of candidatePairs(sentences)) {
    const i = Math.floor(pair / size);
    const j = pair % size;
    const lexical = lexicalSupport(sentences, vectors, i, j);
    const score = sentenceSimilarity(sentences, vectors, i, j, lexical);
    if (score >= ALIGN_THRESHOLD / 2) scores.set(i, j, score);
    if (score < ALIGN_THRESHOLD || !sentences[i]!.claimable || !sentences[j]!.claimable) continue;
    if (lexical < MIN_LEXICAL_SUPPORT || disagree(sentences[i]!, sentences[j]!)) continue;
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const list = neighbours.get(x);
      if (list) list.push([y, score]);
      else neighbours.set(x, [[y, score]]);
    }
  }

  const groups = new Map<string, number[]>();
  sentences.forEach((anchor, i) => {
    if (!anchor.claimable) return;
    const group = [i];
    const articles = new Set([anchor.article]);
    for (const [j] of (neighbours.get(i) ?? []).sort((a, b) => b[1] - a[1])) {
      const article = sentences[j]!.article;
      if (articles.has(article) || !group.every((m) => m === i || scores.get(m, j) >= MEMBER_LINK)) continue;
      group.push(j);
      articles.add(article);
    }
    group.sort((x, y) => x - y);
    groups.set(group.join(','), group);
  });
  return { groups: withoutRepeats([...groups.values()], sentences), scores };
}

function withoutRepeats(groups: number[][], sentences: StatedSentence[]): number[][] {
  const kept: number[][] = [];
  const keptWith = new Map<number, number[]>();
  const index = (g: number[], k: number) => {
    for (const x of g) {
      const list = keptWith.get(x);
      if (list && !list.includes(k)) list.push(k);
      else if (!list) keptWith.set(x, [k]);
    }
  };
  for (const g of [...groups].sort((a, b) => b.length - a.length)) {
    const shared = new Map<number, number>();
    for (const x of g) for (const k of keptWith.get(x) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    const host = [...shared].find(([, n]) => n >= REPEATED_SHARE * g.length)?.[0];
    if (host === undefined) {
      index(g, kept.length);
      kept.push(g);
      continue;
    }
    // Mostly the same claim: its other sentences join it, from articles it does not have yet.
    const h = kept[host]!;
    const articles = new Set(h.map((x) => sentences[x]!.article));
    const extra = g.filter((x) => !h.includes(x) && !articles.has(sentences[x]!.article) && !h.some((y) => disagree(sentences[x]!, sentences[y]!)));
    h.push(...extra);
    index(extra, host);
  }
  return kept.map((g) => g.sort((a, b) => a - b));
}

/**
 * Sentences that give one fact different values ("12 morts" / "14 morts") are kept in separate
 * claims: each value is confirmed by its own sources, and the conflict list shows the clash.
 */
function disagree(a: StatedSentence, b: StatedSentence): boolean {
  // Per concept, the two sentences disagree when none of their values meet: {140 000, 80 000}
  // and {140 000, 80 000} agree, {12} and {14} do not.
  const counts = a.counts.some((x) => {
    const same = b.counts.filter((y) => x.concept === y.concept && x.who === y.who);
    const mine = a.counts.filter((y) => x.concept === y.concept && x.who === y.who);
    return same.length > 0 && !mine.some((m) => same.some((y) => overlap(m, y)));
  });
  const dates = a.dates.some((x) => {
    if (x.concept === null) return false;
    const same = b.dates.filter((y) => y.concept === x.concept);
    return same.length > 0 && !same.some((y) => y.value.slice(0, 4) === x.value.slice(0, 4));
  });
  return counts || dates;
}

/**
 * Pairs of sentences from different articles that share at least one rare anchor: a stem, a name,
 * a figure, a stated date or, across languages, a cognate's first letters. Names alone are too
 * common to pair "M. Diop s'était déjà rendu à Moscou en novembre 2021" with "Diop, who last
 * visited Moscow in November 2021": the date is what they share that little else does.
 * Each pair is one number, i * sentences.length + j with i < j: a big event has millions.
 */
function candidatePairs(sentences: StatedSentence[]): Float64Array {
  const index = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const keys = new Set([
      ...s.stems.map((x) => `w:${x}`),
      ...[...s.names].map((x) => `n:${x}`),
      ...s.counts.map((c) => `c:${c.concept}`),
      ...s.counts.map((c) => `f:${c.low}`),
      ...s.dates.map((d) => `d:${d.value}`),
      ...[...s.prefixes].map((x) => `p:${x}`),
    ]);
    for (const key of keys) {
      const list = index.get(key) ?? [];
      list.push(i);
      index.set(key, list);
    }
  });
  const limit = Math.max(4, Math.min(sentences.length * COMMON_STEM_SHARE, MAX_POSTINGS));
  const articleIds = new Map<string, number>();
  const articleOf = Int32Array.from(sentences, (s) => articleIds.get(s.article) ?? articleIds.set(s.article, articleIds.size).get(s.article)!);
  const pairs = new PairScores(sentences.length);
  for (const list of index.values()) {
    if (list.length > limit) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (articleOf[list[x]!] !== articleOf[list[y]!]) pairs.add(list[x]!, list[y]!, 1);
      }
    }
  }
  return pairs.keys();
}
