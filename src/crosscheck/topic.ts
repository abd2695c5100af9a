// What a conflict is about, kept as data so that it can be said in any locale: the English
// `about` ("year of arrival") is the stable key, and each article's language gets its own label
// ("année d'arrivée") from locales/<lang>/labels.ts.
import type { ConflictLabels } from './locales/locale.js';

export type Topic =
  /** "death toll (soldiers)", "magnitude", "injured (2023)": a concept, who is counted, a background year. */
  | { kind: 'count'; concept: string; who: string | null; year: string | null }
  /** "year of arrival": the grain the values share and the concept the date is the date of. */
  | { kind: 'date'; grain: 'year' | 'date'; concept: string }
  /** "first name of ministre russe Lavrov": the role (as written) and surname of the person. */
  | { kind: 'firstName'; person: string }
  | { kind: 'role'; person: string }
  /** "place: Les combats ont eu lieu …": the gist of the sentence that places the happening. */
  | { kind: 'place'; gist: string };

export function labelTopic(topic: Topic, labels: ConflictLabels): string {
  switch (topic.kind) {
    case 'count': {
      const who = topic.who && topic.who !== topic.concept ? ` (${labels.counted[topic.who] ?? topic.who})` : '';
      return `${labels.counts[topic.concept] ?? topic.concept}${who}${topic.year ? ` (${topic.year})` : ''}`;
    }
    case 'date':
      return elide(fill(labels.dateOf, { grain: labels.grains[topic.grain], concept: labels.dates[topic.concept] ?? topic.concept }), labels);
    case 'firstName':
      return elide(fill(labels.firstNameOf, { person: topic.person }), labels);
    case 'role':
      return elide(fill(labels.roleOf, { person: topic.person }), labels);
    case 'place':
      // The gist is the article's own words: quoted as written, never elided.
      return fill(labels.placeOf, { gist: topic.gist });
  }
}

function elide(text: string, labels: ConflictLabels): string {
  return labels.elisions.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), text);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
