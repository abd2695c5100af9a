// What the API answers: the store's results (src/store/Store.ts) and the views built for the UI.
import { z } from '@hono/zod-openapi';
import {
  ArticleProblemSchema,
  ClaimSchema,
  ConflictSchema,
  DateRefSchema,
  DuplicateGroupSchema,
  EntityTypeSchema,
  EventClusterSchema,
  NoteSchema,
  QuoteSchema,
  SpanSchema,
  StorylineSchema,
  SummarySentenceSchema,
} from './model.js';

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
    .openapi(name);
}

export const EventSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    storyline: z.string(),
    articles: z.number().int().openapi({ description: 'Articles, duplicates included' }),
    origins: z.number().int().openapi({ description: 'Independent origins: reprints of one dispatch and editions of one outlet count once' }),
    outlets: z.array(z.string()),
    langs: z.array(z.string()),
  })
  .openapi('EventSummary');

export const EventEntitySchema = z
  .object({ id: z.string(), name: z.string(), type: EntityTypeSchema, roles: z.array(z.string()), mentions: z.number().int() })
  .openapi('EventEntity');

export const MarkSchema = SpanSchema.extend({
  kind: z.enum(['entity', 'date', 'quote', 'conflict']),
  ref: z.string().nullable().openapi({ description: 'Entity id (entity, quote speaker) or conflict id' }),
  label: z.string().nullable().openapi({ description: 'Resolved name, ISO date value, speaker or conflicting value' }),
  entityType: EntityTypeSchema.optional(),
}).openapi('Mark', { description: 'A span of the article text to highlight' });

export const SourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    credit: z.string().nullable().openapi({ description: "The news agency the article credits ('AFP'), never its author; null when none or not read" }),
    url: z.string().nullable(),
    published: z.string().nullable(),
    lang: z.string(),
    file: z.string(),
    event: z.string(),
    duplicateOf: z.string().nullable(),
    duplicateKind: z.enum(['exact', 'near', 'translation']).nullable(),
    text: z.string().openapi({ description: 'Clean text: every offset points into it' }),
    removed: z.array(z.string()).openapi({ description: 'Boilerplate lines taken out' }),
    notes: z.array(NoteSchema),
    marks: z.array(MarkSchema).openapi({ description: 'Sorted by start, then longest first' }),
  })
  .openapi('Source');

export const EventPageSchema = z
  .object({
    event: EventClusterSchema,
    storyline: StorylineSchema.nullable(),
    sources: z.array(SourceSchema).openapi({ description: 'Every member, earliest first' }),
    duplicateGroups: z.array(DuplicateGroupSchema),
    origins: z.number().int().openapi({ description: 'Independent origins: reprints of one dispatch and editions of one outlet count once' }),
    entities: z.array(EventEntitySchema),
    quotes: z.array(QuoteSchema),
    dates: z.array(DateRefSchema),
    claims: z.array(ClaimSchema),
    conflicts: z.array(ConflictSchema),
    summary: z.array(SummarySentenceSchema),
    versions: z.record(z.string(), z.string()),
  })
  .openapi('EventPage');

export const StorylineDetailSchema = z
  .object({ storyline: StorylineSchema, events: z.array(EventSummarySchema) })
  .openapi('StorylineDetail');

export const EntitySummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
    articles: z.number().int(),
    events: z.number().int(),
  })
  .openapi('EntitySummary');

export const EntityQuoteSchema = QuoteSchema.extend({
  event: z.string().nullable(),
  title: z.string().nullable().openapi({ description: 'Title of the quoting article' }),
}).openapi('EntityQuote');

export const EntityPageSchema = z
  .object({
    entity: EntitySummarySchema,
    events: pageOf(EventSummarySchema, 'EntityEventPage').openapi({ description: 'Its events, newest first' }),
    quotes: pageOf(EntityQuoteSchema, 'EntityQuotePage').openapi({ description: 'Quotes it is the speaker of' }),
  })
  .openapi('EntityPage');

export const ArticleHitSchema = z
  .object({
    article: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    event: z.string().nullable(),
    snippet: z.object({ text: z.string(), marks: z.array(SpanSchema) }),
  })
  .openapi('ArticleHit');

export const SearchResultSchema = z
  .object({ articles: pageOf(ArticleHitSchema, 'ArticleHitPage'), entities: z.array(EntitySummarySchema) })
  .openapi('SearchResult');

export const StatsSchema = z
  .object({
    articles: z.number().int(),
    duplicates: z.number().int(),
    events: z.number().int(),
    storylines: z.number().int(),
    entities: z.number().int(),
    quotes: z.number().int(),
    claims: z.number().int(),
    conflicts: z.number().int(),
    schemaVersion: z.number().int(),
    versions: z.record(z.string(), z.string()),
  })
  .openapi('Stats');

export const IngestReportSchema = z
  .object({
    read: z.number().int().openapi({ description: 'Articles read from the request' }),
    added: z.array(z.string()),
    skipped: z.array(z.object({ id: z.string(), file: z.string(), storedAs: z.string() })),
    failed: z.array(ArticleProblemSchema),
    degraded: z.array(ArticleProblemSchema),
    renamed: z.array(z.object({ from: z.string(), to: z.string() })),
    events: z.array(z.string()),
    problems: z.array(ArticleProblemSchema).openapi({ description: 'Inputs that could not be read as articles' }),
  })
  .openapi('IngestReport');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ field: z.string(), reason: z.string() })).optional(),
    }),
  })
  .openapi('Error');

export type Mark = z.infer<typeof MarkSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type EventPage = z.infer<typeof EventPageSchema>;
export type EntityPage = z.infer<typeof EntityPageSchema>;
export type IngestReport = z.infer<typeof IngestReportSchema>;
