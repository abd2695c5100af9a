// Events and storylines as the index lists them. A store lists after every ingest batch, so
// the listing keeps what it built and rebuilds only the events an add touched and the
// storylines they belong to: over 20,000 events, a listing after a batch of a hundred articles
// walks the events once (a union-find lookup each) and builds a few hundred objects.

import type { EventCluster, Storyline } from '../article.js';
import type { EventRecord } from './EventRecord.js';
import type { StorylineLinks } from './StorylineLinks.js';

export class EventListing {
  private readonly clusters: Array<EventCluster | undefined> = [];
  /** By root event: the storyline it opened, while no member changed since it was built. */
  private readonly storylinesByRoot: Array<Storyline | undefined> = [];

  /** `event` took an article; `root` is its storyline's root once its links were updated. */
  touch(event: number, root: number): void {
    this.clusters[event] = undefined;
    this.storylinesByRoot[root] = undefined;
  }

  events(records: readonly EventRecord[], links: StorylineLinks): EventCluster[] {
    const listed: EventCluster[] = [];
    for (const record of records) {
      if (!isListed(record)) continue;
      const storyline = storylineId(links.find(record.number));
      let cluster = this.clusters[record.number];
      // A merge moves an event to another storyline without touching the event itself.
      if (!cluster || cluster.storyline !== storyline) {
        cluster = {
          id: eventId(record.number),
          title: record.story!.title,
          articles: [...record.articles],
          start: record.start,
          end: record.end,
          storyline,
        };
        this.clusters[record.number] = cluster;
      }
      listed.push(cluster);
    }
    return listed;
  }

  /** In the order of their first events; each lists its events by start day. */
  storylines(records: readonly EventRecord[], links: StorylineLinks): Storyline[] {
    const stale = new Map<number, EventRecord[]>();
    for (const record of records) {
      if (!isListed(record)) continue;
      const root = links.find(record.number);
      if (this.storylinesByRoot[root]) continue;
      const members = stale.get(root);
      if (members) members.push(record);
      else stale.set(root, [record]);
    }
    for (const [root, members] of stale) this.storylinesByRoot[root] = storyline(root, members);
    return records.filter((r) => isListed(r) && links.find(r.number) === r.number).map((r) => this.storylinesByRoot[r.number]!);
  }
}

export function eventId(event: number): string {
  return `e${event + 1}`;
}

function storylineId(root: number): string {
  return `s${root + 1}`;
}

function isListed(record: EventRecord): boolean {
  return record.articles.length > 0 && record.story !== null;
}

/** Titled after its event with the most independent sources (the earliest among equals). */
function storyline(root: number, members: EventRecord[]): Storyline {
  const largest = members.reduce((best, r) => (r.sources > best.sources ? r : best));
  return {
    id: storylineId(root),
    title: largest.story!.title,
    events: [...members].sort(chronological).map((r) => eventId(r.number)),
  };
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
