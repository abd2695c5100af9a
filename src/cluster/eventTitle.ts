// The most representative headline of an event: the member title whose terms lie closest to
// the event's summed terms, so a catchy but off-centre headline ("Another day in Hollywood")
// loses to a plain one ("Tara Reid checks into rehab").

import { contentTerms } from './contentTerms.js';
import type { EventRecord } from './EventRecord.js';
import { cosine, type Idf } from './sparseVectors.js';

export function eventTitle(event: EventRecord, idf: Idf): string {
  let best = { title: '', score: -1 };
  for (const candidate of event.titles) {
    const score = cosine(contentTerms(candidate.title, candidate.lang), event.terms, idf);
    if (score > best.score) best = { title: candidate.title, score };
  }
  return best.title;
}
