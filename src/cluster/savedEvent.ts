// One event as a checkpoint saves it. A store keeps tens of thousands of events, each with
// hundreds of weighted terms, so vectors are saved as two columns (keys, and weights in
// thousandths, which is the precision they are kept at: sparseVectors.ts), title candidates
// without their terms (recomputed when the event next changes), and story keys by reference:
// the story's names are among the event's names with the weight per source they have there
// (both change only when a source joins, and the story is recomputed then), and its title is
// one of the candidates.

import type { EventRecord } from './EventRecord.js';
import { rounded, WEIGHT_STEP, type Weights } from './sparseVectors.js';
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
  /** Positions of the story's title among the titles (-1: none) and of its names among the names. */
  story: { title: number; names: number[]; country: string | null } | null;
  terms: SavedWeights;
  names: SavedWeights;
  langs: Array<[string, number]>;
}

export function saveEvent(record: EventRecord): SavedEvent {
  const { story } = record;
  const nameAt = new Map([...record.names.keys()].map((key, i) => [key, i]));
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
    story: story && {
      title: record.titles.findIndex((t) => t.title === story.title),
      names: story.names.map(([key]) => nameAt.get(key)!),
      country: story.country,
    },
    terms: saveWeights(record.terms),
    names: saveWeights(record.names),
    langs: [...record.langs],
  };
}

export function loadEvent(saved: SavedEvent): EventRecord {
  const names = loadWeights(saved.names);
  const keys = [...names.keys()];
  const perSource = Math.max(1, saved.sources);
  const story: StoryKeys | null = saved.story && {
    title: saved.titles[saved.story.title]?.[1] ?? '',
    names: saved.story.names.map((i) => [keys[i]!, rounded(names.get(keys[i]!)! / perSource)]),
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
    titles: saved.titles.map(([article, title, lang]) => ({ article, title, lang, terms: null })),
    norms: saved.norms ? { ...saved.norms } : null,
    story,
    terms: loadWeights(saved.terms),
    names,
    langs: new Map(saved.langs),
  };
}

function saveWeights(weights: Weights): SavedWeights {
  const entries = [...weights];
  return [entries.map(([key]) => key), entries.map(([, weight]) => Math.round(weight * WEIGHT_STEP))];
}

function loadWeights([keys, weights]: SavedWeights): Weights {
  return new Map(keys.map((key, i) => [key, weights[i]! / WEIGHT_STEP]));
}
