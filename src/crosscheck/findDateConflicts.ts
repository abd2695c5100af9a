// Dates of one happening that disagree across sources: fighters "arrivés en 2009" in one article,
// "présents depuis 2021" in another, are two years of one arrival.
import type { ConflictValue } from '../article.js';
import type { DateFact } from './readDates.js';
import { byPublished, type ConflictDraft } from './conflictDraft.js';
import { ALIGN_THRESHOLD } from './alignSentences.js';
import { sameOrigin, type EventReading } from './readEvent.js';

interface Stated {
  date: DateFact;
  sentence: number;
  article: string;
}

// Only dates tied to a predicate are compared, not the dates of any two aligned sentences ("le
// Conseil a voté le 30 juin" / "voted on June 29"): on the ECB+ clusters nearly all such
// disagreements are relative dates ("Monday", "one day after") read against different
// publication days.
export function findDateConflicts(reading: EventReading): ConflictDraft[] {
  const byConcept = new Map<string, Map<string, Stated[]>>();
  reading.sentences.forEach((s, sentence) => {
    if (s.furniture) return;
    for (const date of s.dates) {
      if (!date.concept) continue;
      const perArticle = byConcept.get(date.concept) ?? new Map<string, Stated[]>();
      perArticle.set(s.article, [...(perArticle.get(s.article) ?? []), { date, sentence, article: s.article }]);
      byConcept.set(date.concept, perArticle);
    }
  });

  const drafts: ConflictDraft[] = [];
  for (const [concept, perArticle] of byConcept) {
    // An article that dates the concept twice differently ("arrivés en 2019, d'autres en 2021")
    // speaks of several happenings of that kind.
    const stated = [...perArticle.values()].filter((list) => list.every((x) => sameAtCommonPrecision(x.date.value, list[0]!.date.value))).map((list) => list[0]!);
    if (!hasDisagreement(reading, stated)) continue;
    drafts.push({
      about: `${grainOf(stated)} of ${concept}`,
      topic: { kind: 'date', grain: grainOf(stated), concept },
      kind: 'date',
      values: stated.map((x) => toValue(reading, x)).sort(byPublished),
      cumulative: false,
    });
  }
  return drafts;
}

function sameAtCommonPrecision(a: string, b: string): boolean {
  const precision = Math.min(a.length, b.length);
  return a.slice(0, precision) === b.slice(0, precision);
}

// Two dates disagree when they differ at the precision both state ("2021" and "2021-05" agree)
// and the sentences are about the same subject: a shared name, or enough shared words.
function hasDisagreement(reading: EventReading, stated: Stated[]): boolean {
  for (let i = 0; i < stated.length; i++) {
    for (let j = i + 1; j < stated.length; j++) {
      const a = stated[i]!;
      const b = stated[j]!;
      if (sameOrigin(reading, a.article, b.article)) continue;
      if (sameAtCommonPrecision(a.date.value, b.date.value)) continue;
      const sa = reading.sentences[a.sentence]!;
      const sb = reading.sentences[b.sentence]!;
      const sharedName = [...sa.names].some((n) => sb.names.has(n));
      if (sharedName || reading.score(a.sentence, b.sentence) >= ALIGN_THRESHOLD / 2) return true;
    }
  }
  return false;
}

function grainOf(stated: Stated[]): 'year' | 'date' {
  return stated.every((x) => x.date.value.length === 4) ? 'year' : 'date';
}

function toValue(reading: EventReading, x: Stated): ConflictValue {
  const value = x.date.mod === 'since' ? `since ${x.date.value}` : x.date.value;
  const published = reading.articles.get(x.article)?.published ?? null;
  return { value, article: x.article, start: x.date.start, end: x.date.end, published };
}
