// Update or contradiction: "the toll rose from 12 to 14" is news moving on, not sources disagreeing.
import type { Article, Conflict } from '../article.js';
import { localeFor } from './locales/index.js';
import type { ConflictDraft } from './conflictDraft.js';

/** A later figure this many hours after the earlier one reads as a revision of it. */
export const UPDATE_GAP_HOURS = 3;

/**
 * `update` when the figures rise with publication time (every later article states a figure no
 * lower than every earlier one, and the highest is above the lowest) and the later articles
 * either say so ("nouveau bilan", "toll rose to") or come hours later. A toll of 12 at 08:00
 * and 14 at 15:00 is an update; 12 and 14 within the same hour, or 14 then 12, a contradiction.
 */
export function judgeVerdict(draft: ConflictDraft, articles: Map<string, Article>): Conflict['verdict'] {
  if (draft.kind !== 'number' || !draft.ranges) return 'contradiction';
  const points = draft.values.map((v, i) => ({ ...v, time: timeOf(v.published), low: draft.ranges![i]![0], high: draft.ranges![i]![1] }));
  const floor = Math.min(...points.map((p) => p.high));
  const first = points.filter((p) => p.low <= floor);
  const raised = points.filter((p) => p.low > floor);
  if (raised.length === 0 || first.length === 0) return 'contradiction';

  const saysRevised = raised.every((p) => mentionsRevision(articles.get(p.article)));
  if (!draft.cumulative && !saysRevised) return 'contradiction';
  // Undated articles cannot break the order; the dated ones must show it.
  const dated = points.filter((p) => p.time !== null);
  const datedFirst = first.filter((p) => p.time !== null);
  const datedRaised = raised.filter((p) => p.time !== null);
  if (datedFirst.length === 0 || datedRaised.length === 0) return saysRevised ? 'update' : 'contradiction';
  const fallsLater = dated.some((a) => dated.some((b) => a.time! < b.time! && a.low > b.high));
  if (fallsLater) return 'contradiction';
  const lastFirst = Math.max(...datedFirst.map((p) => p.time!));
  const firstRaised = Math.min(...datedRaised.map((p) => p.time!));
  if (firstRaised <= lastFirst) return 'contradiction';
  return saysRevised || (firstRaised - lastFirst) / 3_600_000 >= UPDATE_GAP_HOURS ? 'update' : 'contradiction';
}

// Dates without a time ("2024-03-05") count as the start of their day (UTC), so two different
// days are at least 24 hours apart and one day against itself is 0.
function timeOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isFinite(t) ? t : null;
}

function mentionsRevision(article: Article | undefined): boolean {
  if (!article) return false;
  return localeFor(article.lang).revisionCues.some((cue) => cue.test(article.text));
}
