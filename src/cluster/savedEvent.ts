// One event as a checkpoint saves it. A store keeps tens of thousands of events, each with
// hundreds of weighted terms, so vectors are saved as two columns (keys, and weights in
// thousandths, which is the precision they are kept at: sparseVectors.ts) and title candidates
// without their terms, which are recomputed from the title on load.

import { titleCandidate, type EventRecord } from './EventRecord.js';
import { WEIGHT_STEP, type Weights } from './sparseVectors.js';
import type { StoryKeys } from './storyKeys.js';

/** Keys, and their weights in thousandths. */
export type SavedWeights = [string[], number[]];

export interface SavedEvent {
  number: number;
  articles: string[];
  sources: number;
  start: string | null;
  end: string | null;
  firstDay: number | null;
  lastDay: number | null;
  /** [article, title, language] of each title candidate. */
  titles: Array<[string, string, string]>;
  norms: EventRecord['norms'];
  story: { title: string; names: SavedWeights; country: string | null } | null;
  terms: SavedWeights;
  names: SavedWeights;
  langs: Array<[string, number]>;
}

export function saveEvent(record: EventRecord): SavedEvent {
  const { story } = record;
  return {
    number: record.number,
    articles: record.articles,
    sources: record.sources,
    start: record.start,
    end: record.end,
    firstDay: record.firstDay,
    lastDay: record.lastDay,
    titles: record.titles.map((t) => [t.article, t.title, t.lang]),
    norms: record.norms,
    story: story && { title: story.title, names: saveWeights(story.names), country: story.country },
    terms: saveWeights(record.terms),
    names: saveWeights(record.names),
    langs: [...record.langs],
  };
}

export function loadEvent(saved: SavedEvent): EventRecord {
  const story: StoryKeys | null = saved.story && {
    title: saved.story.title,
    names: [...loadWeights(saved.story.names)],
    country: saved.story.country,
  };
  return {
    number: saved.number,
    articles: [...saved.articles],
    sources: saved.sources,
    start: saved.start,
    end: saved.end,
    firstDay: saved.firstDay,
    lastDay: saved.lastDay,
    titles: saved.titles.map(([article, title, lang]) => titleCandidate(article, title, lang)),
    norms: saved.norms ? { ...saved.norms } : null,
    story,
    terms: loadWeights(saved.terms),
    names: loadWeights(saved.names),
    langs: new Map(saved.langs),
  };
}

function saveWeights(weights: Weights | Array<[string, number]>): SavedWeights {
  const entries = [...weights];
  return [entries.map(([key]) => key), entries.map(([, weight]) => Math.round(weight * WEIGHT_STEP))];
}

function loadWeights([keys, weights]: SavedWeights): Weights {
  return new Map(keys.map((key, i) => [key, weights[i]! / WEIGHT_STEP]));
}
