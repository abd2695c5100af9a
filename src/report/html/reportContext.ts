// The Analysis indexed the way the report reads it: per event, per article.
import type { Analysis, AnalyzedArticle } from '../../pipeline.js';
import type { Claim, Conflict, Entity, Quote } from '../../article.js';
import { countOrigins, originsOf } from '../../crosscheck/countOrigins.js';

export interface ReportContext {
  analysis: Analysis;
  articles: Map<string, AnalyzedArticle>;
  claimsOf: Map<string, Claim[]>;
  conflictsOf: Map<string, Conflict[]>;
  quotesOf: Map<string, Quote[]>;
  entities: Map<string, Entity>;
  /** Independent origins of each event's articles. */
  originsOf: Map<string, number>;
}

export function reportContext(analysis: Analysis): ReportContext {
  const articles = new Map(analysis.articles.map((a) => [a.id, a]));
  const eventOfArticle = new Map(analysis.articles.map((a) => [a.id, a.event]));
  const origins = new Map(
    analysis.events.map((e) => {
      const members = e.articles.map((id) => articles.get(id)).filter((a): a is AnalyzedArticle => Boolean(a));
      const keys = originsOf(members, new Map(members.map((a) => [a.id, a.duplicateOf])));
      return [e.id, countOrigins(members.map((a) => a.id), keys)];
    }),
  );
  return {
    analysis,
    articles,
    claimsOf: groupBy(analysis.claims ?? [], (c) => c.event),
    conflictsOf: groupBy(analysis.conflicts ?? [], (c) => c.event),
    quotesOf: groupBy(analysis.quotes ?? [], (q) => eventOfArticle.get(q.article) ?? ''),
    entities: new Map((analysis.entities ?? []).map((e) => [e.id, e])),
    originsOf: origins,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
