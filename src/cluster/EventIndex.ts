// Events: one per real happening, built online in publication order. Each article joins the
// event it fits best (content terms, names, time) or starts a new one; a duplicate joins its
// origin's event. Storylines link events over weeks and months (StorylineLinks.ts), decided
// as events change, so listing either is a walk over the events (EventListing.ts).
//
// Cost per article stays flat as the store grows: candidate events come from an inverted index
// over the article's most telling terms and names, each list capped to recently active events.

import type { Article, DuplicateVerdict, EventCluster, Storyline } from '../article.js';
import { profileArticle, type ArticleProfile } from './articleProfile.js';
import { ARTICLE_TERMS, MAX_CANDIDATES, POSTING_CAP, QUERY_NAMES, QUERY_TERMS } from './clusterConfig.js';
import { DocumentFrequency } from './DocumentFrequency.js';
import { absorb, newEvent, similarity, type EventRecord } from './EventRecord.js';
import { loadEvent, saveEvent, type SavedEvent } from './savedEvent.js';
import { EventListing, eventId } from './EventListing.js';
import { Postings } from './Postings.js';
import { StorylineLinks, type StorylineLinksState } from './StorylineLinks.js';
import { storyKeys } from './storyKeys.js';
import { topKeys } from './sparseVectors.js';

export const VERSION = 'events-4';

const TERM = 't:';
const NAME = 'n:';

export interface EventIndexState {
  version: string;
  events: SavedEvent[];
  termDf: ReturnType<DocumentFrequency['toJSON']>;
  nameDf: ReturnType<DocumentFrequency['toJSON']>;
  postings: Array<[string, number[]]>;
  storylines: StorylineLinksState;
}

export class EventIndex {
  private readonly records: EventRecord[] = [];
  private readonly eventOfArticle = new Map<string, number>();
  private termDf = new DocumentFrequency();
  private nameDf = new DocumentFrequency();
  private postings = new Postings(POSTING_CAP);
  private links = new StorylineLinks();
  private readonly listing = new EventListing();

  private readonly termIdf = (key: string): number => this.termDf.idf(key);
  private readonly nameIdf = (key: string): number => this.nameDf.idf(key);

  add(article: Article, verdict?: DuplicateVerdict | null): string {
    if (typeof article?.id !== 'string') return this.idOf(this.startEvent());
    const known = this.eventOfArticle.get(article.id);
    if (known !== undefined) return this.idOf(known);

    const profile = profileArticle(article);
    const origin = verdict?.duplicateOf ? this.eventOfArticle.get(verdict.duplicateOf) : undefined;
    if (origin !== undefined) {
      this.place(profile, origin, true);
      return this.idOf(origin);
    }

    this.termDf.addDocument(profile.terms.keys());
    this.nameDf.addDocument(profile.names.keys());
    const queryKeys = this.queryKeys(profile);
    const best = this.bestEvent(this.compared(profile), queryKeys);
    const event = best ?? this.startEvent();
    this.place(profile, event, false);
    for (const key of queryKeys) this.postings.touch(key, event);
    return this.idOf(event);
  }

  events(): EventCluster[] {
    return this.listing.events(this.records, this.links);
  }

  storylines(): Storyline[] {
    return this.listing.storylines(this.records, this.links);
  }

  /** An event's date span without recomputing titles and storylines (cheap, for every add). */
  span(eventId: string): { start: string | null; end: string | null } | undefined {
    const record = this.records[Number(eventId.slice(1)) - 1];
    return record && record.articles.length > 0 ? { start: record.start, end: record.end } : undefined;
  }

  eventOf(articleId: string): string | undefined {
    const event = this.eventOfArticle.get(articleId);
    return event === undefined ? undefined : this.idOf(event);
  }

  toJSON(): EventIndexState {
    return {
      version: VERSION,
      events: this.records.map(saveEvent),
      termDf: this.termDf.toJSON(),
      nameDf: this.nameDf.toJSON(),
      postings: this.postings.toJSON(),
      storylines: this.links.toJSON(),
    };
  }

  static fromJSON(state: EventIndexState): EventIndex {
    if (state?.version !== undefined && state.version !== VERSION) {
      throw new Error(`event index saved by ${state.version}, this code reads ${VERSION}: replay the store's articles`);
    }
    const index = new EventIndex();
    for (const saved of state?.events ?? []) {
      const record = loadEvent(saved);
      index.records.push(record);
      for (const article of record.articles) index.eventOfArticle.set(article, record.number);
    }
    index.termDf = DocumentFrequency.fromJSON(state?.termDf);
    index.nameDf = DocumentFrequency.fromJSON(state?.nameDf);
    index.postings = Postings.fromJSON(POSTING_CAP, state?.postings);
    if (state?.storylines) index.links = StorylineLinks.fromJSON(state.storylines);
    return index;
  }

  /** The article's heaviest terms and names: what it is looked up by and indexed under. */
  private queryKeys(profile: ArticleProfile): string[] {
    return [
      ...topKeys(profile.terms, this.termIdf, QUERY_TERMS).map((k) => TERM + k),
      ...topKeys(profile.names, this.nameIdf, QUERY_NAMES).map((k) => NAME + k),
    ];
  }

  /** The article as it is compared: its ARTICLE_TERMS heaviest terms (the event takes them all). */
  private compared(profile: ArticleProfile): ArticleProfile {
    if (profile.terms.size <= ARTICLE_TERMS) return profile;
    const kept = topKeys(profile.terms, this.termIdf, ARTICLE_TERMS);
    return { ...profile, terms: new Map(kept.map((key) => [key, profile.terms.get(key)!])) };
  }

  private bestEvent(profile: ArticleProfile, queryKeys: string[]): number | null {
    const hits = new Map<number, number>();
    for (const key of queryKeys) {
      for (const event of this.postings.get(key)) hits.set(event, (hits.get(event) ?? 0) + 1);
    }
    // Most shared keys first; among equals, the most recent event (the likelier to continue).
    const candidates = [...hits].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, MAX_CANDIDATES);

    const weighting = { terms: this.termIdf, names: this.nameIdf, documents: this.termDf.size };
    let best: { event: number; margin: number } | null = null;
    for (const [event] of candidates) {
      const fit = similarity(profile, this.records[event]!, weighting);
      if (!fit || fit.score < fit.threshold) continue;
      const margin = fit.score - fit.threshold;
      if (!best || margin > best.margin || (margin === best.margin && event > best.event)) best = { event, margin };
    }
    return best?.event ?? null;
  }

  private startEvent(): number {
    const number = this.records.length;
    this.records.push(newEvent(number));
    return number;
  }

  private place(profile: ArticleProfile, event: number, duplicate: boolean): void {
    const record = this.records[event]!;
    absorb(record, profile, duplicate);
    if (!duplicate || record.story === null) {
      record.story = storyKeys(record, this.termIdf, this.nameIdf);
      this.links.update(event, this.records, this.nameIdf, this.termIdf);
    }
    this.eventOfArticle.set(profile.id, event);
    this.listing.touch(event, this.links.find(event));
  }

  private idOf(event: number): string {
    return eventId(event);
  }
}
