// Figures of one concept that disagree across independent sources: a toll of 12 against 14,
// "1 500 hommes" against "des centaines de mercenaires".
import type { ConflictValue } from '../article.js';
import type { Count } from './readCounts.js';
import type { ConflictDraft } from './conflictDraft.js';
import { byPublished } from './conflictDraft.js';
import { cosine } from './similarity.js';
import { sameOrigin, type EventReading } from './readEvent.js';

/** Counts that only grow while news comes in: a later, higher toll may revise an earlier one. */
export const CUMULATIVE_CONCEPTS = new Set(['death toll', 'injured', 'missing', 'displaced', 'arrests']);
// Counts keyed by a bare noun ("300 véhicules") compare only between sentences this alike, since
// the noun alone does not say it is the same fact.
const BARE_NOUN_MIN_COSINE = 0.2;

interface Stated {
  count: Count;
  sentence: number;
  article: string;
}

export function findNumberConflicts(reading: EventReading): ConflictDraft[] {
  const byConcept = new Map<string, Map<string, Stated>>();
  reading.sentences.forEach((s, sentence) => {
    if (s.furniture) return;
    const background = backgroundYear(reading, sentence);
    for (const count of s.counts) {
      if (count.superseded) continue;
      const key = background ? `${count.concept}@${background}` : count.concept;
      const perArticle = byConcept.get(key) ?? new Map<string, Stated>();
      const first = perArticle.get(s.article);
      // An article's figure for a concept is its first one, unless that one counts a narrower
      // group: "12 morts, dont 5 soldats tués" gives 12.
      if (!first || (first.count.who && !count.who)) perArticle.set(s.article, { count, sentence, article: s.article });
      byConcept.set(key, perArticle);
    }
  });

  const drafts: ConflictDraft[] = [];
  for (const [key, perArticle] of byConcept) {
    const stated = [...perArticle.values()];
    const pair = firstDisagreement(reading, stated);
    if (!pair) continue;
    const who = pair[0].count.who ?? pair[1].count.who;
    const members = stated.filter((x) => x.count.who === null || x.count.who === who);
    const values = members.map((x) => toValue(reading, x)).sort(byPublished);
    const ranges = values.map((v) => {
      const c = members.find((x) => x.article === v.article)!.count;
      return [c.low, c.high] as [number, number];
    });
    const concept = key.split('@')[0]!;
    drafts.push({
      about: aboutOf(pair[0].count, who, key),
      kind: 'number',
      values,
      ranges,
      cumulative: CUMULATIVE_CONCEPTS.has(concept),
    });
  }
  return drafts;
}

function firstDisagreement(reading: EventReading, stated: Stated[]): [Stated, Stated] | null {
  for (let i = 0; i < stated.length; i++) {
    for (let j = i + 1; j < stated.length; j++) {
      const a = stated[i]!;
      const b = stated[j]!;
      if (sameOrigin(reading, a.article, b.article)) continue;
      if (a.count.who && b.count.who && a.count.who !== b.count.who) continue;
      if (a.count.low <= b.count.high && b.count.low <= a.count.high) continue;
      if (a.count.concept.startsWith('word:') && cosine(reading.vectors, a.sentence, b.sentence) < BARE_NOUN_MIN_COSINE) continue;
      return [a, b];
    }
  }
  return null;
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

function aboutOf(count: Count, who: string | null, key: string): string {
  const year = key.includes('@') ? ` (${key.split('@')[1]})` : '';
  const base = count.concept.startsWith('word:') ? `number of ${count.about}` : count.about;
  return `${base}${who && who !== count.concept ? ` (${who})` : ''}${year}`;
}
