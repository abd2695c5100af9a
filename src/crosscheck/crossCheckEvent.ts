// Cross-checking one event: which statements independent sources confirm, where they disagree
// (and whether a disagreement is news moving on), and a short summary.
//
//   read sentences -> align them into claims -> find conflicts (numbers, dates, names, roles, places)
//   -> judge each conflict (update or contradiction) -> summarise
import type { Article, Claim, Conflict, EventCluster, SummarySentence } from '../article.js';
import { localeFor } from './locales/index.js';
import { labelTopic } from './topic.js';
import { readEvent } from './readEvent.js';
import { buildClaims } from './buildClaims.js';
import { findNumberConflicts } from './findNumberConflicts.js';
import { findDateConflicts } from './findDateConflicts.js';
import { findNameConflicts } from './findNameConflicts.js';
import { findPlaceConflicts } from './findPlaceConflicts.js';
import { findRoleConflicts } from './findRoleConflicts.js';
import { judgeVerdict } from './judgeVerdict.js';
import { summarizeEvent } from './summarizeEvent.js';

export const VERSION = 'crosscheck-2';

export interface CrossCheckInput {
  event: EventCluster;
  /** The event's articles. */
  articles: Article[];
  /** Article id -> the origin of its duplicate group, or null. */
  duplicateOf: Map<string, string | null>;
}

/**
 * A conflict with its topic also said in the language of the article that gave the first value:
 * `about` "year of arrival" is the key a store or a filter matches on, `label` "année d'arrivée"
 * is what a French reader sees.
 */
export interface CheckedConflict extends Conflict {
  label: string;
}

export interface CrossCheck {
  claims: Claim[];
  conflicts: CheckedConflict[];
  summary: SummarySentence[];
}

const CONFLICT_RULES = [findNumberConflicts, findDateConflicts, findNameConflicts, findRoleConflicts, findPlaceConflicts];

const EMPTY: CrossCheck = { claims: [], conflicts: [], summary: [] };

export function crossCheckEvent(input: CrossCheckInput): CrossCheck {
  // One odd event must not stop the corpus: it is reported with nothing cross-checked.
  try {
    return crossCheckUnguarded(input);
  } catch {
    return EMPTY;
  }
}

/** The cross-check itself, exceptions and all: for the property tests, which must see them. */
export function crossCheckUnguarded(input: CrossCheckInput): CrossCheck {
  const articles = (input.articles ?? []).filter((a) => a && typeof a.id === 'string' && typeof a.text === 'string' && a.text.length > 0);
  if (articles.length === 0) return EMPTY;
  const reading = readEvent(input.event, articles, input.duplicateOf ?? new Map());
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const published = new Map(articles.map((a) => [a.id, a.published]));

  const claims = buildClaims(input.event.id, reading.sentences, reading.alignment, texts, reading.origins, published);
  const conflicts = CONFLICT_RULES.flatMap((rule) => rule(reading)).map(
    (draft, n): CheckedConflict => ({
      id: `${input.event.id}-x${n + 1}`,
      event: input.event.id,
      about: draft.about,
      label: labelTopic(draft.topic, localeFor(reading.articles.get(draft.values[0]?.article ?? '')?.lang).conflictLabels),
      kind: draft.kind,
      verdict: judgeVerdict(draft, reading.articles),
      values: draft.values,
    }),
  );
  return { claims, conflicts, summary: summarizeEvent(reading) };
}
