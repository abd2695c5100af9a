// Is one article a translation of the other? Both share names and figures, but so do two
// independent reports of one happening in two languages. What a translation alone keeps is the
// ORDER: paragraph i of the copy carries the anchors of paragraph i of its source, in the same
// order, in a paragraph of comparable length. So the paragraphs are aligned (in order, each used
// once, some skipped: a dropped paragraph, a new lead) and only "tight" pairs count, pairs whose
// anchors mostly coincide in order.
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
   * Tight paragraph pairs over the paragraphs (holding anchors) of the article that has fewer: a
   * translation keeps the paragraph structure (a new lead or a dropped paragraph costs one),
   * while two short reports may share a lead full of the same names and little else.
   */
  paragraphs: number;
}

/**
 * Aligned anchor weight over each article's. An anchor weighs 1 / its count in its article, so a
 * name written ten times counts as much as a figure written once, and an article's weight is its
 * number of distinct anchors.
 */
export function alignTranslation(first: TranslationProfile, second: TranslationProfile): TranslationScore {
  const flat = first.ends.length === 1 || second.ends.length === 1;
  const a = flat ? asOneParagraph(first) : first;
  const b = flat ? asOneParagraph(second) : second;
  const weightA = inverseCounts(a.anchors);
  const weightB = inverseCounts(b.anchors);
  const n = a.ends.length;
  const m = b.ends.length;
  // best[i][j]: best aligned weight of a's first i and b's first j paragraphs, and the number of
  // tight pairs on that path (rolling rows).
  let previous = new Float64Array(m + 1);
  let current = new Float64Array(m + 1);
  let previousPairs = new Uint16Array(m + 1);
  let currentPairs = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    current[0] = 0;
    currentPairs[0] = 0;
    for (let j = 1; j <= m; j++) {
      const weight = pairWeight(a, i - 1, b, j - 1, weightA, weightB);
      const pair = previous[j - 1]! + weight;
      if (weight > 0 && pair > previous[j]! && pair > current[j - 1]!) {
        current[j] = pair;
        currentPairs[j] = previousPairs[j - 1]! + 1;
      } else if (previous[j]! >= current[j - 1]!) {
        current[j] = previous[j]!;
        currentPairs[j] = previousPairs[j]!;
      } else {
        current[j] = current[j - 1]!;
        currentPairs[j] = currentPairs[j - 1]!;
      }
    }
    [previous, current] = [current, previous];
    [previousPairs, currentPairs] = [currentPairs, previousPairs];
  }
  const aligned = previous[m]!;
  const totalA = weightA.size;
  const totalB = weightB.size;
  if (totalA === 0 || totalB === 0) return { containment: 0, extent: 0, paragraphs: 0 };
  return {
    containment: aligned / Math.min(totalA, totalB),
    extent: aligned / Math.max(totalA, totalB),
    paragraphs: previousPairs[m]! / Math.min(n, m),
  };
}

/** Weight of the anchors two paragraphs share in order, or 0 when the pair is not tight. */
function pairWeight(
  a: TranslationProfile,
  i: number,
  b: TranslationProfile,
  j: number,
  weightA: Map<number, number>,
  weightB: Map<number, number>,
): number {
  const lengthRatio = a.lengths[i]! / Math.max(1, b.lengths[j]!);
  if (lengthRatio > MAX_PARAGRAPH_LENGTH_RATIO || lengthRatio < 1 / MAX_PARAGRAPH_LENGTH_RATIO) return 0;
  const startA = i === 0 ? 0 : a.ends[i - 1]!;
  const startB = j === 0 ? 0 : b.ends[j - 1]!;
  const lenA = a.ends[i]! - startA;
  const lenB = b.ends[j]! - startB;
  // Longest common subsequence, counting anchors and summing their weights along the same path.
  const rows = lenB + 1;
  const count = new Uint16Array((lenA + 1) * rows);
  const weight = new Float64Array((lenA + 1) * rows);
  for (let x = 1; x <= lenA; x++) {
    const anchor = a.anchors[startA + x - 1]!;
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
 * A text that reached us as one block (a feed's description, a flattened page) has no
 * paragraphs to align: its counterpart is read as one block too, so the order of the anchors
 * and the total length still speak.
 */
function asOneParagraph(profile: TranslationProfile): TranslationProfile {
  if (profile.ends.length <= 1) return profile;
  const length = profile.lengths.reduce((sum, l) => sum + l, 0);
  return { anchors: profile.anchors, ends: Uint32Array.of(profile.anchors.length), lengths: Uint32Array.of(length) };
}

function inverseCounts(anchors: Uint32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const anchor of anchors) counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
  for (const [anchor, count] of counts) counts.set(anchor, 1 / count);
  return counts;
}
