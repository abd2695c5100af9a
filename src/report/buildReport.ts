// The Analysis as the public JSON report (`recoupe analyze --json`), documented by
// docs/report.schema.json. Users' scripts read it: fields are added, never renamed or dropped.
import type {
  ArticleProblem,
  Claim,
  Conflict,
  DateRef,
  DuplicateGroup,
  DuplicateKind,
  Entity,
  Note,
  SummarySentence,
} from '../article.js';
import type { Analysis, AnalyzedArticle } from '../pipeline.js';
import { countOrigins, distinctOutlets, originsOf } from '../crosscheck/countOrigins.js';

export const REPORT_FORMAT = 1;

export interface ReportArticle {
  id: string;
  file: string;
  title: string;
  lang: string;
  published: string | null;
  publishedSource: string | null;
  /** Last modification stated by the page (article:modified_time, JSON-LD dateModified). */
  modified: string | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  /** The news agency the page or text credits ("AFP"), never the author. */
  credit: string | null;
  text: string;
  removed: string[];
  duplicateOf: string | null;
  duplicateKind: DuplicateKind | null;
  event: string;
  notes: Note[];
}

export interface ReportEvent {
  id: string;
  title: string;
  articles: string[];
  start: string | null;
  end: string | null;
  storyline: string;
  /** Articles in the event, duplicates included. */
  sources: number;
  /** Independent origins: reprints of one dispatch and editions of one outlet count once. */
  origins: number;
  outlets: string[];
  summary: SummarySentence[];
  /** Entity ids, most mentioned first. */
  entities: string[];
}

export interface ReportStoryline {
  id: string;
  title: string;
  events: string[];
  timeline: Array<{ event: string; title: string; start: string | null; end: string | null; sources: number; origins: number }>;
}

export interface ReportQuote {
  article: string;
  text: string;
  speaker: string | null;
  /** The speaker's canonical name when resolved to an entity, else as written. */
  speakerName: string | null;
  /** The speaker as the article writes it ("le chef de la diplomatie malienne", "il"). */
  speakerAsWritten: string | null;
  direct: boolean;
  cue: string | null;
  group: string | null;
  event: string;
  start: number;
  end: number;
}

export interface Report {
  recoupe: { format: number; version: string; generated: string; stages: Record<string, string> };
  articles: ReportArticle[];
  events: ReportEvent[];
  storylines: ReportStoryline[];
  entities: Entity[];
  quotes: ReportQuote[];
  dates: DateRef[];
  claims: Claim[];
  conflicts: Conflict[];
  duplicates: DuplicateGroup[];
  problems: ArticleProblem[];
}

export function buildReport(analysis: Analysis, version: string): Report {
  const articlesById = new Map(analysis.articles.map((a) => [a.id, a]));
  const entitiesById = new Map(analysis.entities.map((e) => [e.id, e]));
  const eventOf = (articleId: string) => articlesById.get(articleId)?.event ?? '';

  const events: ReportEvent[] = analysis.events.map((event) => {
    const members = event.articles.map((id) => articlesById.get(id)).filter((a): a is AnalyzedArticle => Boolean(a));
    return {
      id: event.id,
      title: event.title,
      articles: event.articles,
      start: event.start,
      end: event.end,
      storyline: event.storyline,
      sources: members.length,
      origins: countOrigins(
        members.map((a) => a.id),
        originsOf(members, new Map(members.map((a) => [a.id, a.duplicateOf]))),
      ),
      outlets: distinctOutlets(members.map((a) => a.outlet)),
      summary: event.summary,
      entities: mostMentioned(members),
    };
  });
  const eventsById = new Map(events.map((e) => [e.id, e]));

  return {
    recoupe: { format: REPORT_FORMAT, version, generated: new Date().toISOString(), stages: { ...analysis.versions } },
    articles: analysis.articles.map(toReportArticle),
    events,
    storylines: analysis.storylines.map((storyline) => ({
      id: storyline.id,
      title: storyline.title,
      events: storyline.events,
      timeline: storyline.events
        .map((id) => eventsById.get(id))
        .filter((e): e is ReportEvent => Boolean(e))
        .map((e) => ({ event: e.id, title: e.title, start: e.start, end: e.end, sources: e.sources, origins: e.origins })),
    })),
    entities: analysis.entities,
    quotes: analysis.quotes.map((quote) => ({
      article: quote.article,
      text: quote.text,
      speaker: quote.speaker,
      speakerName: (quote.speaker && entitiesById.get(quote.speaker)?.name) || quote.speakerName,
      speakerAsWritten: quote.speakerName,
      direct: quote.direct,
      cue: quote.cue,
      group: quote.group,
      event: eventOf(quote.article),
      start: quote.start,
      end: quote.end,
    })),
    dates: analysis.dates,
    claims: analysis.claims,
    conflicts: analysis.conflicts,
    duplicates: analysis.duplicates,
    problems: analysis.problems,
  };
}

function toReportArticle(a: AnalyzedArticle): ReportArticle {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    lang: a.lang,
    published: a.published,
    publishedSource: a.publishedSource,
    modified: a.modified ?? null,
    url: a.url,
    outlet: a.outlet,
    author: a.author,
    credit: a.credit ?? null,
    text: a.text,
    removed: a.removed,
    duplicateOf: a.duplicateOf,
    duplicateKind: a.duplicateKind,
    event: a.event,
    notes: a.notes,
  };
}

function mostMentioned(members: AnalyzedArticle[]): string[] {
  const counts = new Map<string, number>();
  for (const article of members) {
    for (const mention of article.mentions) {
      if (mention.entity) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}
