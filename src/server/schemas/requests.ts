// What the API accepts. Validated at the edge: a bad value is a 400 naming the field and why.
import { z } from '@hono/zod-openapi';
import { MAX_PAGE_SIZE } from '../../store/Store.js';
import { EntityTypeSchema } from './model.js';

/** Articles per JSON ingest request: a batch is one transaction, held while it is analysed. */
export const MAX_ARTICLES_PER_REQUEST = 1000;

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2})?)?)?)?$/;

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .optional()
  .openapi({ param: { name: 'limit', in: 'query' }, example: 50 });
const offset = z.coerce.number().int().min(0).optional().openapi({ param: { name: 'offset', in: 'query' }, example: 0 });

const isoDate = (name: string, description: string) =>
  z
    .string()
    .regex(ISO_DATE, 'an ISO date: 2024, 2024-03, 2024-03-05 or 2024-03-05T18:00')
    .optional()
    .openapi({ param: { name, in: 'query' }, description, example: '2023-02' });

const text = (name: string, description: string, max = 200) =>
  z.string().trim().min(1).max(max).optional().openapi({ param: { name, in: 'query' }, description });

export const PageQuerySchema = z.object({ limit, offset });

export const EventQuerySchema = z.object({
  from: isoDate('from', 'Events ending on or after this date'),
  to: isoDate('to', 'Events starting on or before this date'),
  entity: text('entity', 'Entity id (p12) mentioned in the event'),
  place: text('place', 'Place name or alias mentioned in the event'),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'a language code such as fr or en')
    .optional()
    .openapi({ param: { name: 'lang', in: 'query' }, example: 'fr' }),
  text: text('text', 'Full-text query over the articles'),
  limit,
  offset,
});

export const EntityQuerySchema = z.object({
  name: text('name', 'Name or alias; accents and case ignored, word prefixes allowed'),
  type: EntityTypeSchema.optional().openapi({ param: { name: 'type', in: 'query' } }),
  limit,
  offset,
});

export const EntityPageQuerySchema = z.object({
  limit,
  eventsOffset: z.coerce.number().int().min(0).optional().openapi({ param: { name: 'eventsOffset', in: 'query' }, example: 0 }),
  quotesOffset: z.coerce.number().int().min(0).optional().openapi({ param: { name: 'quotesOffset', in: 'query' }, example: 0 }),
});

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'give some words to search for')
    .max(500)
    .openapi({ param: { name: 'q', in: 'query' }, example: 'Lavrov Bamako' }),
  limit,
  offset,
});

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'e1' }),
});

export const ArticleInputSchema = z
  .object({
    id: z.string().trim().min(1).max(200).optional(),
    title: z.string().max(2000).optional(),
    text: z.string().max(10_000_000).optional().openapi({ description: 'Plain text (title and date lines allowed)' }),
    html: z.string().max(10_000_000).optional().openapi({ description: 'A whole page or an article body' }),
    url: z.string().max(4000).optional(),
    published: z.string().max(100).optional().openapi({ description: 'Any date format', example: '2023-02-07T10:00:00Z' }),
    lang: z.string().max(20).optional(),
    outlet: z.string().max(300).optional(),
    author: z.string().max(300).optional(),
  })
  .refine((a) => Boolean(a.text?.trim() || a.html?.trim()), { message: 'an article needs a non-empty text or html', path: ['text'] })
  .openapi('ArticleInput');

export const IngestBodySchema = z
  .union([
    z.object({ articles: z.array(ArticleInputSchema).min(1).max(MAX_ARTICLES_PER_REQUEST) }),
    z.array(ArticleInputSchema).min(1).max(MAX_ARTICLES_PER_REQUEST),
    ArticleInputSchema,
  ], { error: 'expected an article object, an array of them, or {"articles": [...]}' })
  .openapi('IngestBody', { description: 'One article, an array of them, or {articles: [...]}' });

export type ArticleInput = z.infer<typeof ArticleInputSchema>;
export type IngestBody = z.infer<typeof IngestBodySchema>;
