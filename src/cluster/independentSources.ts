// How many independent origins report an event: copies of one dispatch count once, so a wire
// story reprinted by twenty sites is one source, not twenty.

import type { DuplicateGroup, DuplicateVerdict, EventCluster } from '../article.js';

/**
 * `duplicates` is either the duplicate groups (DuplicateIndex.groups()) or each article's
 * verdict: an article counts unless it is a copy of another article.
 */
export function independentSources(
  event: Pick<EventCluster, 'articles'>,
  duplicates: DuplicateGroup[] | ReadonlyMap<string, DuplicateVerdict | null> | Record<string, DuplicateVerdict | null>,
): number {
  const originOf = new Map<string, string>();
  if (Array.isArray(duplicates)) {
    for (const group of duplicates) for (const member of group.members) originOf.set(member, group.origin);
  } else {
    const entries = duplicates instanceof Map ? [...duplicates] : Object.entries(duplicates);
    for (const [article, verdict] of entries) if (verdict?.duplicateOf) originOf.set(article, verdict.duplicateOf);
  }
  const origins = new Set<string>();
  for (const article of event.articles) {
    let origin = article;
    for (let hops = 0; originOf.has(origin) && originOf.get(origin) !== origin && hops < 8; hops++) origin = originOf.get(origin)!;
    origins.add(origin);
  }
  return origins.size;
}
