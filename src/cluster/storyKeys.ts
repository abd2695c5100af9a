// What storylines compare of an event (StorylineLinks.ts): its headline, its main names and its
// country. Computed when the event takes an article, under the IDF of that moment, and kept with
// the event: listing storylines then reads them instead of ranking every event's names again,
// and the result depends only on the sequence of adds, whether or not the index was saved and
// reloaded in between (a value computed at listing time would depend on when one listed).

import { STORY_COUNTRY_MIN_WEIGHT, STORY_PROFILE_NAMES } from './clusterConfig.js';
import type { EventRecord } from './EventRecord.js';
import { eventTitle } from './eventTitle.js';
import { rounded, topKeys, type Idf } from './sparseVectors.js';

export interface StoryKeys {
  title: string;
  /** The STORY_PROFILE_NAMES heaviest names under IDF, heaviest first, as weight per article. */
  names: Array<[string, number]>;
  country: string | null;
}

export function storyKeys(event: EventRecord, termIdf: Idf, nameIdf: Idf): StoryKeys {
  const perArticle = Math.max(1, event.sources);
  return {
    title: eventTitle(event, termIdf),
    names: topKeys(event.names, nameIdf, STORY_PROFILE_NAMES).map((key) => [key, rounded(event.names.get(key)! / perArticle)]),
    country: mainCountry(event),
  };
}

const COUNTRY = /^@[A-Z]{2}$/u;

/**
 * The country the event happens in: its heaviest country key ("@ML", "@MA": anchorKeys maps
 * "Mali", "malien", "Maroc", "Morocco" to them), when named at least STORY_COUNTRY_MIN_WEIGHT
 * times per article. A report on the Herat quakes that recalls Morocco's is still in "@AF".
 */
function mainCountry(event: EventRecord): string | null {
  let best: [string, number] | null = null;
  for (const [key, weight] of event.names) {
    if (COUNTRY.test(key) && (!best || weight > best[1] || (weight === best[1] && key < best[0]))) best = [key, weight];
  }
  return best && best[1] / Math.max(1, event.sources) >= STORY_COUNTRY_MIN_WEIGHT ? best[0] : null;
}
