// Is one article a translation of the other? Both share names and figures, but so do two
// independent reports of one happening in two languages. What a translation alone keeps is the
// ORDER: paragraph i of the copy carries the anchors of paragraph i of its source, in the same
// order, in a paragraph of comparable length. So the paragraphs are aligned (in order, each used
// once, some skipped: a dropped paragraph, a new lead) and only "tight" pairs count, pairs whose
// anchors mostly coincide in order.
//
// A text written as one block is cut into sentences (translationProfile.ts): a paragraph of the
// other text is then aligned with a run of its sentences, and two blocks sentence by sentence
// (a run of sentences on one side may face one sentence on the other: "M. Diop" ends no sentence
// in English, "Mr. Diop" does for our splitter).
//
// Worked example, a dispatch and its English machine translation, 5 paragraphs each:
//   FR ¶2 "M. Lavrov a été reçu par le colonel Assimi Goïta… son homologue Abdoulaye Diop"
//   EN ¶2 "Mr Lavrov was received by Colonel Assimi Goita… his counterpart Abdullah Diop"
//   anchors lavrov assimi goita abdulai diop / lavrov assimi goita abdulah diop: 4 of 5 in order.
// An independent English report puts Diop's words in its lead and Goita in its fourth paragraph:
// its paragraphs share one or two anchors each with the French ones, never most of them.

import type { TranslationProfile } from './translationProfile.js';

/**
 * Share of a paragraph's anchors its counterpart must hold in the same order (of the larger of
 * the two counts): a translated paragraph keeps all but a garbled name or two; a paragraph of an
 * independent report that shares a name and a figure with one of ours holds a third of them.
 */
export const TIGHT_PARAGRAPH = 0.6;
/**
 * Length ratio two aligned paragraphs may have. French runs 0-40% longer than English (our
 * fixtures' translated paragraphs: 0.82-1.38), and other European pairs sit in the same band; two
 * writers summing up one fact in a sentence each do not ("… a promis de poursuivre ses
 * livraisons …" in 190 characters, "Lavrov promised further deliveries" in 105: 1.8).
 */
export const MAX_PARAGRAPH_LENGTH_RATIO = 1.5;

export interface TranslationScore {
  /** Weight of the aligned anchors over the smaller article's: a copy cut short still scores 1. */
  containment: number;
  /** The same over the larger article's, so a brief is not a translation of a long feature. */
  extent: number;
  /**
   * Tight pairs over the units (paragraphs or sentences holding anchors) of the article that
   * has fewer: a translation keeps the structure (a new lead or a dropped paragraph costs one),
   * while two short reports may share a lead full of the same names and little else.
   */
  paragraphs: number;
}

/**
 * Sentences of a block one unit of the other text may face: a news paragraph holds one to four
 * sentences, and abbreviations ("Mr.", "U.N.") cut a few more; the length ratio stops a run
 * long before this in practice.
 */
export const MAX_SENTENCE_RUN = 8;

/**
 * Aligned anchor weight over each article's. An anchor weighs 1 / its count in its article, so a
 * name written ten times counts as much as a figure written once, and an article's weight is its
 * number of distinct anchors.
 */
export function alignTranslation(first: TranslationProfile, second: TranslationProfile): TranslationScore {
  const legacyBlock = !first.sentences && !second.sentences && (first.ends.length === 1 || second.ends.length === 1);
  const a = legacyBlock ? asOneParagraph(first) : first;
  const b = legacyBlock ? asOneParagraph(second) : second;
  const weightA = inverseCounts(a.anchors);
  const weightB = inverseCounts(b.anchors);
  const totalA = weightA.size;
  const totalB = weightB.size;
  if (totalA === 0 || totalB === 0) return { containment: 0, extent: 0, paragraphs: 0 };
  const n = a.ends.length;
  const m = b.ends.length;
  const runA = a.sentences ? MAX_SENTENCE_RUN : 1;
  const runB = b.sentences ? MAX_SENTENCE_RUN : 1;
  const members = new UnitMembers(a, b);
  const reachA = lengthPrefix(a);
  const reachB = lengthPrefix(b);
  // best[i][j]: best aligned weight of a's first i and b's first j units; pairs[i][j]: the number
  // of tight pairs on that path. A pair is one unit of one side and a run of units of the other
  // (of a block's sentences only).
  const cols = m + 1;
  const best = new Float64Array((n + 1) * cols);
  const pairs = new Uint16Array((n + 1) * cols);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const here = i * cols + j;
      const fromUp = best[here - cols]! >= best[here - 1]!;
      let value = fromUp ? best[here - cols]! : best[here - 1]!;
      let count = fromUp ? pairs[here - cols]! : pairs[here - 1]!;
      // a's units [i - s, i) against b's unit j - 1, then a's unit i - 1 against b's [j - t, j).
      let held = 0;
      for (let s = 1; s <= Math.min(runA, i); s++) {
        const fits = runFits(reachA, i - s, i, reachB, j - 1, j);
        if (fits > 0) break;
        held += members.heldByB(i - s, j - 1);
        if (fits < 0 || !canBeTight(held, a, i - s, i, b, j - 1, j)) continue;
        const weight = pairWeight(a, i - s, i, b, j - 1, j, weightA, weightB);
        const from = (i - s) * cols + j - 1;
        if (weight > 0 && best[from]! + weight > value) {
          value = best[from]! + weight;
          count = pairs[from]! + 1;
        }
      }
      held = runB > 1 ? members.heldByA(j - 1, i - 1) : 0;
      for (let t = 2; t <= Math.min(runB, j); t++) {
        const fits = runFits(reachA, i - 1, i, reachB, j - t, j);
        if (fits < 0) break;
        held += members.heldByA(j - t, i - 1);
        if (fits > 0 || !canBeTight(held, a, i - 1, i, b, j - t, j)) continue;
        const weight = pairWeight(a, i - 1, i, b, j - t, j, weightA, weightB);
        const from = (i - 1) * cols + j - t;
        if (weight > 0 && best[from]! + weight > value) {
          value = best[from]! + weight;
          count = pairs[from]! + 1;
        }
      }
      best[here] = value;
      pairs[here] = count;
    }
  }
  const aligned = best[n * cols + m]!;
  return {
    containment: aligned / Math.min(totalA, totalB),
    extent: aligned / Math.max(totalA, totalB),
    paragraphs: pairs[n * cols + m]! / Math.min(n, m),
  };
}

/**
 * Which anchors each unit holds, as bit sets over the anchors of the two profiles, so that the
 * anchors a run holds of a unit on the other side are counted before the longest common
 * subsequence is: it cannot share more, and most pairs of units (those of an independent report,
 * those far apart) fall short of a tight pair at once.
 */
class UnitMembers {
  private readonly idsA: Uint16Array;
  private readonly idsB: Uint16Array;
  private readonly bitsA: Uint32Array;
  private readonly bitsB: Uint32Array;
  private readonly words: number;

  constructor(
    private readonly a: TranslationProfile,
    private readonly b: TranslationProfile,
  ) {
    const ids = new Map<number, number>();
    const idsOf = (anchors: Uint32Array) =>
      Uint16Array.from(anchors, (anchor) => {
        let id = ids.get(anchor);
        if (id === undefined) ids.set(anchor, (id = ids.size));
        return id;
      });
    this.idsA = idsOf(a.anchors);
    this.idsB = idsOf(b.anchors);
    this.words = (ids.size + 31) >>> 5;
    this.bitsA = unitBits(a, this.idsA, this.words);
    this.bitsB = unitBits(b, this.idsB, this.words);
  }

  /** How many of a's unit `unitA`'s anchors b's unit `unitB` holds. */
  heldByB(unitA: number, unitB: number): number {
    return countHeld(this.a, this.idsA, unitA, this.bitsB, unitB * this.words);
  }

  /** How many of b's unit `unitB`'s anchors a's unit `unitA` holds. */
  heldByA(unitB: number, unitA: number): number {
    return countHeld(this.b, this.idsB, unitB, this.bitsA, unitA * this.words);
  }
}

function unitBits(profile: TranslationProfile, ids: Uint16Array, words: number): Uint32Array {
  const bits = new Uint32Array(profile.ends.length * words);
  for (let unit = 0, k = 0; unit < profile.ends.length; unit++) {
    for (; k < profile.ends[unit]!; k++) bits[unit * words + (ids[k]! >>> 5)]! |= 1 << (ids[k]! & 31);
  }
  return bits;
}

function countHeld(profile: TranslationProfile, ids: Uint16Array, unit: number, bits: Uint32Array, offset: number): number {
  let held = 0;
  for (let k = unit === 0 ? 0 : profile.ends[unit - 1]!; k < profile.ends[unit]!; k++) {
    if (bits[offset + (ids[k]! >>> 5)]! & (1 << (ids[k]! & 31))) held++;
  }
  return held;
}

/** Whether runs of which one holds `held` anchors of the other could make a tight pair. */
function canBeTight(held: number, a: TranslationProfile, fromA: number, toA: number, b: TranslationProfile, fromB: number, toB: number): boolean {
  const lenA = a.ends[toA - 1]! - (fromA === 0 ? 0 : a.ends[fromA - 1]!);
  const lenB = b.ends[toB - 1]! - (fromB === 0 ? 0 : b.ends[fromB - 1]!);
  return held >= TIGHT_PARAGRAPH * Math.max(lenA, lenB);
}

/**
 * Whether a's units [fromA, toA) and b's units [fromB, toB) have comparable lengths: 0 when they
 * do, 1 when a's run is already too long (a longer run of a only gets longer), -1 when b's is.
 * `reach` holds each profile's lengths summed from its start, a space between two units.
 */
function runFits(reachA: Float64Array, fromA: number, toA: number, reachB: Float64Array, fromB: number, toB: number): number {
  const ratio = (reachA[toA]! - reachA[fromA]! - 1) / Math.max(1, reachB[toB]! - reachB[fromB]! - 1);
  if (ratio > MAX_PARAGRAPH_LENGTH_RATIO) return 1;
  if (ratio < 1 / MAX_PARAGRAPH_LENGTH_RATIO) return -1;
  return 0;
}

function lengthPrefix(profile: TranslationProfile): Float64Array {
  const reach = new Float64Array(profile.lengths.length + 1);
  profile.lengths.forEach((length, unit) => (reach[unit + 1] = reach[unit]! + length + 1));
  return reach;
}

let lcsCount = new Uint16Array(0);
let lcsWeight = new Float64Array(0);

/** Weight of the anchors two runs of units share in order, or 0 when the pair is not tight. */
function pairWeight(
  a: TranslationProfile,
  fromA: number,
  toA: number,
  b: TranslationProfile,
  fromB: number,
  toB: number,
  weightA: Map<number, number>,
  weightB: Map<number, number>,
): number {
  const startA = fromA === 0 ? 0 : a.ends[fromA - 1]!;
  const startB = fromB === 0 ? 0 : b.ends[fromB - 1]!;
  const lenA = a.ends[toA - 1]! - startA;
  const lenB = b.ends[toB - 1]! - startB;
  // Longest common subsequence, counting anchors and summing their weights along the same path.
  const rows = lenB + 1;
  const cells = (lenA + 1) * rows;
  if (lcsCount.length < cells) {
    lcsCount = new Uint16Array(cells * 2);
    lcsWeight = new Float64Array(cells * 2);
  }
  const count = lcsCount;
  const weight = lcsWeight;
  count.fill(0, 0, rows);
  weight.fill(0, 0, rows);
  for (let x = 1; x <= lenA; x++) {
    const anchor = a.anchors[startA + x - 1]!;
    count[x * rows] = 0;
    weight[x * rows] = 0;
    for (let y = 1; y <= lenB; y++) {
      const here = x * rows + y;
      if (anchor === b.anchors[startB + y - 1]) {
        const diagonal = here - rows - 1;
        count[here] = count[diagonal]! + 1;
        weight[here] = weight[diagonal]! + (weightA.get(anchor)! + weightB.get(anchor)!) / 2;
      } else {
        const up = here - rows;
        const left = here - 1;
        const fromUp = count[up]! > count[left]! || (count[up] === count[left] && weight[up]! >= weight[left]!);
        count[here] = fromUp ? count[up]! : count[left]!;
        weight[here] = fromUp ? weight[up]! : weight[left]!;
      }
    }
  }
  const shared = count[lenA * rows + lenB]!;
  return shared >= TIGHT_PARAGRAPH * Math.max(lenA, lenB) ? weight[lenA * rows + lenB]! : 0;
}

/**
 * A profile saved before blocks were cut into sentences holds a block as one paragraph: its
 * counterpart is read as one block too, so the order of the anchors and the total length still
 * speak.
 */
function asOneParagraph(profile: TranslationProfile): TranslationProfile {
  if (profile.ends.length <= 1) return profile;
  const length = profile.lengths.reduce((sum, l) => sum + l, 0);
  return { anchors: profile.anchors, ends: Uint32Array.of(profile.anchors.length), lengths: Uint32Array.of(length), sentences: false, lean: profile.lean };
}

function inverseCounts(anchors: Uint32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const anchor of anchors) counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
  for (const [anchor, count] of counts) counts.set(anchor, 1 / count);
  return counts;
}
