// Storylines: events linked when they lie within STORY_MAX_GAP_DAYS of each other, either
// their main names agree or they happen in the same country and share enough names, and they
// are about one theme (storyTheme.ts), grouped by a union-find saved with the index.
//
// Links are decided when an event changes (it took an article and its story keys moved), under
// the IDF of that moment, against the few events indexed under its main names: never a scan of
// all events, and listing storylines only reads the union-find. A link once made stays, so
// storylines only ever merge and an id handed out never splits; the result depends only on the
// sequence of adds, whether or not the index was saved and reloaded in between.
//
// The root of each group is its earliest event, so a storyline's id is its first event's number:
// the storyline of e7, when e7 opened it, is s7.

import {
  STORY_CANDIDATES,
  STORY_MAX_GAP_DAYS,
  STORY_MAX_POSTING,
  STORY_NAME_SIMILARITY,
  STORY_NAMES,
  STORY_SAME_COUNTRY_SIMILARITY,
} from './clusterConfig.js';
import type { EventRecord } from './EventRecord.js';
import { Postings } from './Postings.js';
import { STORY_THEME_SIMILARITY } from './storylineConfig.js';
import { themeSimilarity } from './storyTheme.js';
import { norm, type Idf, type Weights } from './sparseVectors.js';

export interface StorylineLinksState {
  /** Parent of each event in the union-find, by event number. */
  parent: number[];
  postings: Array<[string, number[]]>;
}

export class StorylineLinks {
  private readonly parent: number[] = [];
  /** Main name (or country) -> the events most recently indexed under it. */
  private postings = new Postings(STORY_MAX_POSTING);

  /**
   * Indexes `event` under its main names and links it to the STORY_CANDIDATES events sharing
   * most of them (most recent first among equals) that are close in time, alike enough in names
   * and on the theme of the candidate's storyline.
   */
  update(event: number, records: readonly EventRecord[], nameIdf: Idf, termIdf: Idf): void {
    this.grow(event);
    const record = records[event]!;
    if (record.story === null) return;
    const idf = memoized(nameIdf);
    const keys = lookupKeys(record);

    const shared = new Map<number, number>();
    for (const key of keys) {
      for (const other of this.postings.get(key)) {
        if (other !== event) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      this.postings.touch(key, event);
    }
    const candidates = [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, STORY_CANDIDATES);

    const self = storyVectors(record, idf);
    const themes = new Map<number, number | null>();
    const theme = (other: number) => {
      if (!themes.has(other)) themes.set(other, themeSimilarity(record, records[other]!, termIdf));
      return themes.get(other)!;
    };
    for (const [other] of candidates) {
      if (this.find(event) === this.find(other)) continue;
      const candidate = records[other]!;
      if (candidate.story === null || !closeInTime(record, candidate)) continue;
      if (alike(self, storyVectors(candidate, idf), idf) && this.sharesTheme(other, candidates, theme)) this.union(event, other);
    }
  }

  /**
   * Whether the event is on the theme of `other`'s storyline: of `other` itself, else of another
   * of its events among the candidates. The end of MINUSMA shares most names with Diop in Moscow
   * but its theme with Lavrov in Bamako; both are one storyline. Across languages, terms tell
   * nothing and the names decide alone.
   */
  private sharesTheme(other: number, candidates: ReadonlyArray<readonly [number, number]>, theme: (event: number) => number | null): boolean {
    const own = theme(other);
    if (own === null || own >= STORY_THEME_SIMILARITY) return true;
    const storyline = this.find(other);
    return candidates.some(([member]) => member !== other && this.find(member) === storyline && (theme(member) ?? 0) >= STORY_THEME_SIMILARITY);
  }

  /** The earliest event of `event`'s storyline. */
  find(event: number): number {
    this.grow(event);
    let root = event;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[event] !== root) {
      const next = this.parent[event]!;
      this.parent[event] = root;
      event = next;
    }
    return root;
  }

  toJSON(): StorylineLinksState {
    return { parent: [...this.parent], postings: this.postings.toJSON() };
  }

  static fromJSON(state: StorylineLinksState): StorylineLinks {
    const links = new StorylineLinks();
    links.parent.push(...state.parent);
    links.postings = Postings.fromJSON(STORY_MAX_POSTING, state.postings);
    return links;
  }

  private union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  private grow(event: number): void {
    for (let n = this.parent.length; n <= event; n++) this.parent.push(n);
  }
}

/** The event's main names, and its country when not among them (same-country events link). */
function lookupKeys(record: EventRecord): string[] {
  const { names, country } = record.story!;
  const main = names.slice(0, STORY_NAMES).map(([key]) => key);
  return country === null || main.includes(country) ? main : [...main, country];
}

interface Normed {
  weights: Weights;
  norm: number;
}

interface StoryVectors {
  main: Normed;
  profile: Normed;
  country: string | null;
}

function storyVectors(record: EventRecord, idf: Idf): StoryVectors {
  const { names, country } = record.story!;
  const withNorm = (weights: Weights): Normed => ({ weights, norm: norm(weights, idf) });
  return { main: withNorm(new Map(names.slice(0, STORY_NAMES))), profile: withNorm(new Map(names)), country };
}

/**
 * Lavrov in Bamako and Diop in Moscow a year later share their main names (Lavrov, Diop, Mali,
 * Russia); the end of MINUSMA and Lavrov in Bamako share fewer, but both happen in Mali.
 */
function alike(a: StoryVectors, b: StoryVectors, idf: Idf): boolean {
  if (cosine(a.main, b.main, idf) >= STORY_NAME_SIMILARITY) return true;
  if (a.country === null || a.country !== b.country) return false;
  return cosine(a.profile, b.profile, idf) >= STORY_SAME_COUNTRY_SIMILARITY;
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

/** Each name's IDF once per update: an event meets up to STORY_CANDIDATES others. */
function memoized(idf: Idf): Idf {
  const seen = new Map<string, number>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = idf(key)));
    return value;
  };
}
