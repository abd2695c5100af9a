// The shapes of src/article.ts as zod schemas: they document the API (OpenAPI components) and
// the compiler checks that every route answers with exactly these shapes.
import { z } from '@hono/zod-openapi';

const offset = z.number().int().min(0);
export const SpanSchema = z.object({ start: offset, end: offset });

export const NoteSchema = z
  .object({ stage: z.string(), rule: z.string(), message: z.string(), span: SpanSchema.optional() })
  .openapi('Note');

export const EntityTypeSchema = z.enum(['person', 'organization', 'location', 'other']).openapi('EntityType');

export const ArticleRefSchema = SpanSchema.extend({ article: z.string(), text: z.string() }).openapi('ArticleRef');

export const DuplicateGroupSchema = z
  .object({ origin: z.string().openapi({ description: 'Earliest published member' }), members: z.array(z.string()) })
  .openapi('DuplicateGroup');

export const EventClusterSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    articles: z.array(z.string()),
    start: z.string().nullable(),
    end: z.string().nullable(),
    storyline: z.string(),
  })
  .openapi('EventCluster');

export const StorylineSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    events: z.array(z.string()).openapi({ description: 'Event ids, chronological' }),
  })
  .openapi('Storyline');

export const QuoteSchema = SpanSchema.extend({
  article: z.string(),
  text: z.string(),
  speaker: z.string().nullable().openapi({ description: 'Entity id of the speaker' }),
  speakerName: z.string().nullable(),
  direct: z.boolean(),
  cue: z.string().nullable(),
  group: z.string().nullable().openapi({ description: 'Quotes of the same words across articles share it' }),
}).openapi('Quote');

export const DateRefSchema = SpanSchema.extend({ article: z.string(), text: z.string(), value: z.string() }).openapi('DateRef');

export const ClaimSchema = z
  .object({
    id: z.string(),
    event: z.string(),
    text: z.string(),
    articles: z.array(z.string()),
    origins: z.number().int().openapi({ description: 'Independent origins: reprints count once' }),
    evidence: z.array(ArticleRefSchema),
  })
  .openapi('Claim');

export const ConflictValueSchema = SpanSchema.extend({
  value: z.string(),
  article: z.string(),
  published: z.string().nullable(),
}).openapi('ConflictValue');

export const ConflictSchema = z
  .object({
    id: z.string(),
    event: z.string(),
    about: z.string(),
    kind: z.enum(['number', 'date', 'name', 'place']),
    verdict: z.enum(['contradiction', 'update']),
    values: z.array(ConflictValueSchema),
  })
  .openapi('Conflict');

export const SummarySentenceSchema = SpanSchema.extend({ article: z.string(), text: z.string() }).openapi('SummarySentence');

export const ArticleProblemSchema = z.object({ file: z.string(), message: z.string() }).openapi('ArticleProblem');
