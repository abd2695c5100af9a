// One event as the index keeps it: its members, summed term and name vectors (duplicates left
// out, so a reprinted dispatch weighs once), languages, date span and title candidates.

import {
  CROSS_LINGUAL_THRESHOLD,
  EVENT_MAX_NAMES,
  EVENT_MAX_TERMS,
  JOIN_THRESHOLD,
  MAX_GAP_DAYS,
  NAMES_WEIGHT,
  TERMS_WEIGHT,
  TIME_DECAY_DAYS,
  TIME_GRACE_DAYS,
  TITLE_CANDIDATES,
} from './clusterConfig.js';
import type { ArticleProfile } from './articleProfile.js';
import { contentTerms } from './contentTerms.js';
import type { StoryKeys } from './storyKeys.js';
import { addInto, cosine, norm, prune, type Idf } from './sparseVectors.js';

export interface EventRecord {
  number: number;
  articles: string[];
  /** Articles that are not duplicates of another member. */
  sources: number;
  terms: Map<string, number>;
  names: Map<string, number>;
  langs: Map<string, number>;
  start: string | null;
  end: string | null;
  firstDay: number | null;
  lastDay: number | null;
  /** Candidate headlines with their content terms, to pick the most representative from. */
  titles: TitleCandidate[];
  /** |terms| and |names| under the IDF of `normsAt` documents (see NORM_REFRESH). */
  norms: { terms: number; names: number; at: number } | null;
  /** Headline, main names and country, as of the last article that changed the event. */
  story: StoryKeys | null;
}

export interface TitleCandidate {
  article: string;
  title: string;
  lang: string;
  /** The title's content terms, computed when first needed (a reloaded event may never need them). */
  terms: Array<[string, number]> | null;
}

export function titleTerms(candidate: TitleCandidate): Array<[string, number]> {
  candidate.terms ??= [...contentTerms(candidate.title, candidate.lang)];
  return candidate.terms;
}

export function newEvent(number: number): EventRecord {
  return {
    number,
    articles: [],
    sources: 0,
    terms: new Map(),
    names: new Map(),
    langs: new Map(),
    start: null,
    end: null,
    firstDay: null,
    lastDay: null,
    titles: [],
    norms: null,
    story: null,
  };
}

/** Adds an article; a duplicate adds its id and its date, not its words. */
export function absorb(event: EventRecord, profile: ArticleProfile, duplicate: boolean): void {
  event.articles.push(profile.id);
  if (profile.day !== null && profile.date !== null) {
    if (event.firstDay === null || profile.day < event.firstDay) {
      event.firstDay = profile.day;
      event.start = profile.date;
    }
    if (event.lastDay === null || profile.day > event.lastDay) {
      event.lastDay = profile.day;
      event.end = profile.date;
    }
  }
  if (duplicate) return;
  event.sources++;
  event.norms = null;
  addInto(event.terms, profile.terms);
  addInto(event.names, profile.names);
  event.terms = prune(event.terms, EVENT_MAX_TERMS);
  event.names = prune(event.names, EVENT_MAX_NAMES);
  event.langs.set(profile.lang, (event.langs.get(profile.lang) ?? 0) + 1);
  if (event.titles.length < TITLE_CANDIDATES && profile.title !== '') {
    event.titles.push({ article: profile.id, title: profile.title, lang: profile.lang, terms: null });
  }
}

export interface Similarity {
  score: number;
  /** The score the article needs to join: higher across languages. */
  threshold: number;
}

/**
 * How well an article fits an event, or null when time rules the event out.
 *
 * Worked example: an English article about Lavrov in Bamako against an event of French
 * articles on the same visit: terms barely overlap, names give 0.6, so the score is 0.6 against
 * the cross-lingual bar of 0.4 and it joins. The same article against an event about
 * Diop in Moscow a year later: names agree as much, but the gap of ~360 days rules it out.
 */
export function similarity(profile: ArticleProfile, event: EventRecord, idf: Weighting): Similarity | null {
  const time = timeFactor(profile.day, event);
  if (time === 0) return null;
  const norms = eventNorms(event, idf);
  const names = cosine(profile.names, event.names, idf.names, norms.names);
  const acrossLanguages = { score: names * time, threshold: CROSS_LINGUAL_THRESHOLD };
  // Words compare only against an event told mostly in the article's language: an English
  // report of an event told in four French articles and one English one would meet mostly
  // French words in the event's terms, so it is judged by names, as across languages.
  const sameLanguageMembers = event.langs.get(profile.lang) ?? 0;
  if (sameLanguageMembers * 2 <= event.sources) return acrossLanguages;
  const terms = cosine(profile.terms, event.terms, idf.terms, norms.terms);
  const score = profile.names.size === 0 && event.names.size === 0 ? terms : TERMS_WEIGHT * terms + NAMES_WEIGHT * names;
  return { score: score * time, threshold: JOIN_THRESHOLD };
}

export interface Weighting {
  terms: Idf;
  names: Idf;
  /** Documents seen so far. */
  documents: number;
}

/**
 * An event's vector norms are recomputed when it changes or when the stream has grown by
 * NORM_REFRESH since they were computed; in between, IDF drifts by well under 1% and the cached
 * norms save a pass over up to 600 terms per candidate. Deterministic: it depends only on the
 * sequence of adds, and the norms are saved with the event.
 */
const NORM_REFRESH = 0.05;

function eventNorms(event: EventRecord, idf: Weighting): { terms: number; names: number } {
  if (!event.norms || idf.documents > event.norms.at * (1 + NORM_REFRESH)) {
    event.norms = { terms: norm(event.terms, idf.terms), names: norm(event.names, idf.names), at: idf.documents };
  }
  return event.norms;
}

/** 1 within the grace period, decaying after it, 0 past the maximum gap; 1 when undated. */
export function timeFactor(day: number | null, event: Pick<EventRecord, 'firstDay' | 'lastDay'>): number {
  if (day === null || event.firstDay === null || event.lastDay === null) return 1;
  const gap = Math.max(0, event.firstDay - day, day - event.lastDay);
  if (gap > MAX_GAP_DAYS) return 0;
  if (gap <= TIME_GRACE_DAYS) return 1;
  return Math.exp(-(gap - TIME_GRACE_DAYS) / TIME_DECAY_DAYS);
}
