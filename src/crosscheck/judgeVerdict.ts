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
  const points = draft.values.map((v, i) => ({ ...v, low: draft.ranges![i]![0], high: draft.ranges![i]![1] }));
  const lowest = Math.min(...points.map((p) => p.high));
  const later = points.filter((p) => p.low > lowest);
  const earlier = points.filter((p) => p.low <= lowest);
  if (later.length === 0 || earlier.length === 0) return 'contradiction';

  const saysRevised = later.every((p) => mentionsRevision(articles.get(p.article)));
  if (!draft.cumulative && !saysRevised) return 'contradiction';
  const dated = points.every((p) => p.published);
  if (!dated) return saysRevised ? 'update' : 'contradiction';
  for (const a of points) {
    for (const b of points) {
      if (a.published! < b.published! && a.low > b.high) return 'contradiction';
    }
  }
  const lastEarlier = earlier.map((p) => p.published!).sort().at(-1)!;
  const firstLater = later.map((p) => p.published!).sort()[0]!;
  if (firstLater <= lastEarlier) return 'contradiction';
  return saysRevised || hoursBetween(lastEarlier, firstLater) >= UPDATE_GAP_HOURS ? 'update' : 'contradiction';
}

function mentionsRevision(article: Article | undefined): boolean {
  if (!article) return false;
  return localeFor(article.lang).revisionCues.some((cue) => cue.test(article.text));
}

// Dates without a time ("2024-03-05") count as the start of their day, so two different days
// are at least 24 hours apart and one day against itself is 0.
function hoursBetween(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && Number.isFinite(tb) ? (tb - ta) / 3_600_000 : 0;
}
