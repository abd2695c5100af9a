import type { Conflict, ConflictValue } from '../article.js';
import type { Topic } from './topic.js';

/** A disagreement found by one of the find*Conflicts rules, before its verdict. */
export interface ConflictDraft {
  /** The English name of the topic: the conflict's stable, language-neutral key. */
  about: string;
  /** What `about` names, as data, to be said in another language. */
  topic: Topic;
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
