// The most representative headline of an event: the member title whose terms lie closest to
// the event's summed terms, so a catchy but off-centre headline ("Another day in Hollywood")
// loses to a plain one ("Tara Reid checks into rehab").

import { titleTerms, type EventRecord } from './EventRecord.js';
import { norm, type Idf } from './sparseVectors.js';

export function eventTitle(event: EventRecord, idf: Idf): string {
  let best = { title: '', score: -1 };
  for (const candidate of event.titles) {
    // Cosine without the event's norm, which is the same for every candidate.
    const terms = new Map(titleTerms(candidate));
    let dot = 0;
    for (const [key, weight] of terms) dot += weight * (event.terms.get(key) ?? 0) * idf(key) ** 2;
    const length = norm(terms, idf);
    const score = length === 0 ? 0 : dot / length;
    if (score > best.score) best = { title: candidate.title, score };
  }
  return best.title;
}
