import type { Conflict, ConflictValue } from '../article.js';

/** A disagreement found by one of the find*Conflicts rules, before its verdict. */
export interface ConflictDraft {
  about: string;
  kind: Conflict['kind'];
  /** One value per article, in the order the articles were published. */
  values: ConflictValue[];
  /** For numbers: each value's range, to tell a rise over time from a plain disagreement. */
  ranges?: Array<[number, number]>;
  /** Counts that only grow as news comes in (tolls), so a later higher figure may be an update. */
  cumulative: boolean;
}

export function byPublished(a: ConflictValue, b: ConflictValue): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : 0;
}
