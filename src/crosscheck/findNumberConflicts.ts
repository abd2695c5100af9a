// Figures of one concept that disagree across independent sources: a toll of 12 against 14,
// "1 500 combattants" against "des centaines de mercenaires".
import type { ConflictValue } from '../article.js';
import { overlap, type Count } from './readCounts.js';
import type { ConflictDraft } from './conflictDraft.js';
import { byPublished } from './conflictDraft.js';
import { sameOrigin, type EventReading } from './readEvent.js';

/** Counts that only grow while news comes in: a later, higher toll may revise an earlier one. */
export const CUMULATIVE_CONCEPTS = new Set(['death toll', 'injured', 'missing', 'displaced', 'arrests']);

interface Stated {
  count: Count;
  sentence: number;
  article: string;
}

export function findNumberConflicts(reading: EventReading): ConflictDraft[] {
  // One fact is one concept of one counted group: "14 soldats tués" and "80 combattants tués" are
  // two tolls, "12 morts" and "quatorze personnes tuées" one.
  const byFact = new Map<string, Map<string, Stated[]>>();
  reading.sentences.forEach((s, sentence) => {
    if (s.furniture) return;
    const background = backgroundYear(reading, sentence);
    for (const count of s.counts) {
      // Counts keyed by a bare noun ("43 RBIs in 54 games", "300 véhicules") align claims but make
      // no conflict: on real articles the noun alone rarely says two figures count one thing.
      if (count.superseded || count.concept.startsWith('word:')) continue;
      const key = [count.concept, count.who ?? '', background ?? ''].join('|');
      const perArticle = byFact.get(key) ?? new Map<string, Stated[]>();
      perArticle.set(s.article, [...(perArticle.get(s.article) ?? []), { count, sentence, article: s.article }]);
      byFact.set(key, perArticle);
    }
  });

  const drafts: ConflictDraft[] = [];
  for (const [key, perArticle] of byFact) {
    // An article that itself gives several values of the concept ("10 games", "40 games") speaks of
    // several facts of that kind: which one another source contradicts cannot be told.
    const stated = [...perArticle.values()].filter((list) => list.every((x) => list.every((y) => overlap(x.count, y.count)))).map((list) => list[0]!);
    if (!hasDisagreement(reading, stated)) continue;
    const [concept, who, year] = key.split('|') as [string, string, string];
    const ordered = stated.map((x) => ({ x, value: toValue(reading, x) })).sort((a, b) => byPublished(a.value, b.value));
    drafts.push({
      about: aboutOf(stated[0]!.count, who, year),
      topic: { kind: 'count', concept: stated[0]!.count.about, who: who || null, year: year || null },
      kind: 'number',
      values: ordered.map((o) => o.value),
      ranges: ordered.map((o) => [o.x.count.low, o.x.count.high]),
      cumulative: CUMULATIVE_CONCEPTS.has(concept),
    });
  }
  return drafts;
}

function hasDisagreement(reading: EventReading, stated: Stated[]): boolean {
  for (let i = 0; i < stated.length; i++) {
    for (let j = i + 1; j < stated.length; j++) {
      const a = stated[i]!;
      const b = stated[j]!;
      if (!sameOrigin(reading, a.article, b.article) && !overlap(a.count, b.count)) return true;
    }
  }
  return false;
}

// A figure in a sentence dated to another year than the event's is background ("en 2012, 300
// morts"), a different fact from this event's toll.
function backgroundYear(reading: EventReading, sentence: number): string | null {
  const s = reading.sentences[sentence]!;
  const article = reading.articles.get(s.article);
  const eventYear = (reading.event.start ?? article?.published ?? '').slice(0, 4);
  if (!eventYear) return null;
  const other = s.dates.find((d) => d.value.slice(0, 4) !== eventYear && /^\d{4}/.test(d.value));
  return other ? other.value.slice(0, 4) : null;
}

function toValue(reading: EventReading, x: Stated): ConflictValue {
  const article = reading.articles.get(x.article)!;
  return { value: formatCount(x.count), article: x.article, start: x.count.start, end: x.count.end, published: article.published ?? null };
}

/** "12", "≥12", ">2000", "≈1500", "200–999": the value as a reader compares it. */
export function formatCount(c: Count): string {
  const n = (x: number) => String(Math.round(x * 100) / 100);
  if (c.point === null) return `${n(c.low)}–${n(c.high)}`;
  const sign = { exact: '', atLeast: '≥', above: '>', below: '<', atMost: '≤', about: '≈', vague: '≈' }[c.qualifier];
  return `${sign}${n(c.point)}`;
}

function aboutOf(count: Count, who: string, year: string): string {
  const base = count.concept.startsWith('word:') ? `number of ${count.about}` : count.about;
  return `${base}${who && who !== count.concept ? ` (${who})` : ''}${year ? ` (${year})` : ''}`;
}
