// Storylines: events linked when they lie within STORY_MAX_GAP_DAYS of each other and either
// their main names agree or they happen in the same country and share enough names, then
// grouped by union-find. Recomputed from the events on demand: events are
// few compared with articles, and each event is compared only with a few earlier events that
// share its main names.

import type { Storyline } from '../article.js';
import {
  STORY_CANDIDATES,
  STORY_MAX_GAP_DAYS,
  STORY_MAX_POSTING,
  STORY_NAME_SIMILARITY,
  STORY_NAMES,
  STORY_SAME_COUNTRY_SIMILARITY,
} from './clusterConfig.js';
import type { EventRecord } from './EventRecord.js';
import { norm, type Idf, type Weights } from './sparseVectors.js';
import type { StoryKeys } from './storyKeys.js';

export interface StorylineInput {
  id: string;
  record: EventRecord;
  keys: StoryKeys;
}

export function linkStorylines(events: StorylineInput[], nameIdf: Idf): Storyline[] {
  // Each name's IDF once, and each vector's norm once: an event meets up to STORY_CANDIDATES others.
  const idfs = new Map<string, number>();
  const idf: Idf = (key) => idfs.get(key) ?? (idfs.set(key, nameIdf(key)), idfs.get(key)!);
  const main = events.map((event) => withNorm(new Map(event.keys.names.slice(0, STORY_NAMES)), idf));
  const profile = events.map((event) => withNorm(new Map(event.keys.names), idf));
  const country = events.map((event) => event.keys.country);
  const lookup = main.map((names, i) => (country[i] === null || names.weights.has(country[i]!) ? [...names.weights.keys()] : [...names.weights.keys(), country[i]!]));
  const linked = (i: number, j: number): boolean => {
    if (cosine(main[i]!, main[j]!, idf) >= STORY_NAME_SIMILARITY) return true;
    if (country[i] === null || country[i] !== country[j]) return false;
    return cosine(profile[i]!, profile[j]!, idf) >= STORY_SAME_COUNTRY_SIMILARITY;
  };
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };

  // Each event looks back at the events that share its main names, most shared first, and
  // checks at most STORY_CANDIDATES of them: linear in the number of events, not quadratic.
  const byName = new Map<string, number[]>();
  events.forEach((_, i) => {
    const shared = new Map<number, number>();
    for (const name of lookup[i]!) {
      const earlier = byName.get(name);
      if (!earlier) {
        byName.set(name, [i]);
        continue;
      }
      for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - STORY_MAX_POSTING); k--) {
        shared.set(earlier[k]!, (shared.get(earlier[k]!) ?? 0) + 1);
      }
      earlier.push(i);
    }
    const candidates = [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, STORY_CANDIDATES);
    for (const [j] of candidates) {
      if (find(i) === find(j)) continue;
      if (!closeInTime(events[i]!.record, events[j]!.record)) continue;
      if (linked(i, j)) parent[find(i)] = find(j);
    }
  });

  const groups = new Map<number, number[]>();
  events.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()]
    .sort((a, b) => events[a[0]!]!.record.number - events[b[0]!]!.record.number)
    .map((members, n) => {
      const ordered = [...members].sort((a, b) => chronological(events[a]!.record, events[b]!.record));
      const largest = [...members].sort((a, b) => events[b]!.record.sources - events[a]!.record.sources || a - b)[0]!;
      return { id: `s${n + 1}`, title: events[largest]!.keys.title, events: ordered.map((i) => events[i]!.id) };
    });
}

interface Normed {
  weights: Weights;
  norm: number;
}

function withNorm(weights: Weights, idf: Idf): Normed {
  return { weights, norm: norm(weights, idf) };
}

function cosine(a: Normed, b: Normed, idf: Idf): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += weight * other * idf(key) ** 2;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

function closeInTime(a: EventRecord, b: EventRecord): boolean {
  if (a.firstDay === null || b.firstDay === null || a.lastDay === null || b.lastDay === null) return true;
  const gap = Math.max(0, a.firstDay - b.lastDay, b.firstDay - a.lastDay);
  return gap <= STORY_MAX_GAP_DAYS;
}

/** By start day (undated last), then by creation. */
function chronological(a: EventRecord, b: EventRecord): number {
  if (a.firstDay !== b.firstDay) {
    if (a.firstDay === null) return 1;
    if (b.firstDay === null) return -1;
    return a.firstDay - b.firstDay;
  }
  return a.number - b.number;
}
